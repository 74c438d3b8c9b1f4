import { describe, expect, it } from 'vitest';
import { createRegistry } from '../countries/registry.js';
import { readArticle } from './article.js';
import { findClaims } from './findClaims.js';

const reg = createRegistry();
const shifts = (text: string) =>
  findClaims(reg, readArticle(text))
    .filter((f) => f.kind === 'shift')
    .map((f) => `${f.shift!.code} ${f.shift!.earlierVote}→${f.shift!.now?.vote}`);

describe('yearContrasts', () => {
  it('reads a state told to vote one way last year and another this year as a shift, in one sentence or two', () => {
    expect(shifts('At the UN General Assembly: Last year, China, Laos and Vietnam voted against the resolution, while this year China abstained, and Laos and Vietnam did not participate in the voting.')).toEqual(['CHN N→A', 'LAO N→X', 'VNM N→X']);
    expect(shifts('UN General Assembly. Last year, the tiny Pacific island nation of Palau voted with Israel and the United States against the resolution. This year, Palau abstained.')).toEqual(['PLW N→A']);
    // ... and this year's vote first, last year's in the next sentence ("--" is a dash, not part of a name).
    expect(shifts('At the UN General Assembly, three nuclear-armed states--the United States, Britain and France--voted in favor. Last year, Britain and France abstained from voting.')).toEqual(['GBR A→Y', 'FRA A→Y']);
  });

  it('reads no shift where the votes agree, or where no earlier year is named', () => {
    expect(shifts('At the UN General Assembly, last year China abstained. This year China abstained.')).toEqual([]);
    expect(shifts('At the UN General Assembly, India voted against the resolution. This year China abstained.')).toEqual([]);
  });
});
