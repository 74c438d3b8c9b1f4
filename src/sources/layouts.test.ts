import { describe, expect, it } from 'vitest';
import { GA_HEADER_2024, GA_HEADER_2026, SC_HEADER } from '../../test/helpers/fixtures.js';
import { DataError, UsageError } from '../errors.js';
import { matchLayout } from './layouts.js';

describe('matchLayout', () => {
  it('detects the body from the header, with or without vote_note', () => {
    expect(matchLayout(GA_HEADER_2026.split(','), 'f').layout.body).toBe('ga');
    expect(matchLayout(GA_HEADER_2024.split(','), 'f').layout.body).toBe('ga');
    expect(matchLayout(SC_HEADER.split(','), 'f').layout.body).toBe('sc');
  });
  it('reads columns by name, in any order', () => {
    const shuffled = GA_HEADER_2026.split(',').reverse();
    expect(matchLayout(shuffled, 'f').columns.get('undl_id')).toBe(shuffled.length - 1);
  });
  it('refuses an unknown header, printing what it found and what it expected', () => {
    const header = GA_HEADER_2026.replace('ms_vote', 'vote').split(',');
    expect(() => matchLayout(header, 'x.csv')).toThrow(DataError);
    try {
      matchLayout(header, 'x.csv');
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('x.csv: line 1: unknown header');
      expect(msg).toContain('found: undl_id,ms_code,ms_name,vote,');
      expect(msg).toContain('ga: undl_id,ms_code,ms_name,ms_vote');
    }
  });
  it('refuses a file of the other body when one is asked for', () => {
    expect(() => matchLayout(SC_HEADER.split(','), 'sc.csv', 'ga')).toThrow(UsageError);
    expect(() => matchLayout(SC_HEADER.split(','), 'sc.csv', 'ga')).toThrow(/SC voting file, but --body ga/);
  });
  it('ignores a byte-order mark and refuses repeated columns', () => {
    expect(matchLayout(`\uFEFF${GA_HEADER_2026}`.split(','), 'f').layout.body).toBe('ga');
    expect(() => matchLayout([...GA_HEADER_2026.split(','), 'title'], 'f')).toThrow(/appears twice/);
  });
});
