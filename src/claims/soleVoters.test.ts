import { describe, expect, it } from 'vitest';
import { soleVoters } from './soleVoters.js';

describe('soleVoters', () => {
  it('reads "only" and "the sole ... to" as all who voted so', () => {
    expect(soleVoters('', 'Belarus was the only country to oppose')).toBe(true);
    expect(soleVoters('Only ', 'Belarus voted against')).toBe(true);
    expect(soleVoters('', 'Russia was the only country on Friday to abstain')).toBe(true);
    expect(soleVoters('', 'Russia was the sole member to vote against')).toBe(true);
    expect(soleVoters('', 'Belarus cast the sole negative vote')).toBe(true);
  });
  it('is no count where the states are the only ones of a group', () => {
    expect(soleVoters('Of the Central Asian states, only ', 'Kazakhstan abstained')).toBe(false);
    expect(soleVoters('', 'The US was the only G7 nation not to back')).toBe(false);
    expect(soleVoters('', 'France was the only permanent member to abstain')).toBe(false);
    expect(soleVoters('', 'Israel voted against')).toBe(false);
    expect(soleVoters('', 'India, which was not only a founder, abstained')).toBe(false);
  });
});
