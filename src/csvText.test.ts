import { describe, expect, it } from 'vitest';
import { csvText } from './csvText.js';

describe('csvText', () => {
  it('keeps formula-like text as text and leaves numbers alone', () => {
    const out = csvText(['title', 'score', 'n'], [['=1+1', -0.25, 3], ['+cmd', null, 0], ['@SUM(A1)', 0.5, 1], ['-x', 1, 1], ['Peace, "now"', 1, 1]]);
    expect(out.split('\n')).toEqual(["title,score,n", "'=1+1,-0.25,3", "'+cmd,,0", "'@SUM(A1),0.5,1", "'-x,1,1", '"Peace, ""now""",1,1', '']);
  });
});
