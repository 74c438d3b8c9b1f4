import { describe, expect, it } from 'vitest';
import { DRAFTS_HEADER, listedTally, parseDrafts } from './drafts.js';

// Made-up rows in the shipped file's layout (not UN data).
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    draft: 'S/2030/1', date: '2030-01-02', meeting: 'S/PV.9999', agenda: 'A test item', subject: 'a test draft', outcome: 'vetoed',
    vetoed_by: 'RUS', yes: '13', no: '1', abstain: '1', non_voting: '0', votes_yes: '', votes_no: '', votes_abstain: '',
    votes_non_voting: '', source: 'https://example.org/a', second_source: '', notes: '',
  };
  const r = { ...base, ...over };
  return DRAFTS_HEADER.split(',').map((k) => (/[",]/.test(r[k]!) ? `"${r[k]!.replace(/"/g, '""')}"` : r[k])).join(',');
};
const file = (...rows: string[]) => Buffer.from(`${DRAFTS_HEADER}\n${rows.join('\n')}\n`);

describe('parseDrafts', () => {
  it('reads drafts with their vetoes, counts and member votes, and keys the ones without a symbol', () => {
    const d = parseDrafts(
      file(
        row({ votes_yes: 'ALB;FRA', votes_no: 'RUS', votes_abstain: 'CHN;IND', yes: '2', no: '1', abstain: '2' }),
        row({ draft: '', outcome: 'failed', vetoed_by: '', yes: '4', no: '', abstain: '', non_voting: '', subject: 'a draft, "failed"' }),
        row({ draft: '', outcome: 'failed', vetoed_by: '', subject: 'an amendment to it' }),
      ),
      'd.csv',
    );
    expect(d.map((x) => x.key)).toEqual(['S/2030/1', 'draft of 2030-01-02', 'draft of 2030-01-02#2']);
    expect(d[0]).toMatchObject({ vetoedBy: ['RUS'], outcome: 'vetoed', line: 2, meeting: 'S/PV.9999' });
    expect(listedTally(d[0]!)).toEqual({ yes: 2, no: 1, abstain: 2, nonVoting: 0 });
    expect(d[1]).toMatchObject({ counts: { yes: 4, no: null, abstain: null, nonVoting: null }, votes: [], subject: 'a draft, "failed"' });
    expect(listedTally(d[1]!)).toBeNull();
    expect(d[2]!.amendment).toBe(true);
  });

  it('refuses a file whole at the first bad row, naming the line and what was expected', () => {
    const bad = (over: Partial<Record<string, string>>) => () => parseDrafts(file(row(), row(over)), 'd.csv');
    expect(bad({ date: '2030-02-30' })).toThrow(/d\.csv: line 3: date: expected YYYY-MM-DD, found "2030-02-30"/);
    expect(bad({ vetoed_by: 'IND' })).toThrow(/line 3: vetoed_by: "IND" is not a permanent member/);
    expect(bad({ outcome: 'failed' })).toThrow(/line 3: vetoed_by: a vetoed draft names its vetoing members, a failed one none/);
    expect(bad({ votes_no: 'RUS;CHN' })).toThrow(/line 3: votes_no: 2 members listed, the count says 1/);
    expect(bad({ votes_no: 'CHN' })).toThrow(/line 3: RUS vetoed but is not among the no votes/);
    expect(bad({ draft: 'A/RES/1' })).toThrow(/line 3: draft: expected a symbol such as S\/2022\/720/);
    expect(bad({ yes: 'ten' })).toThrow(/line 3: yes: expected a whole number, found "ten"/);
    expect(() => parseDrafts(Buffer.from('draft,date\nS/1,2020-01-01\n'), 'd.csv')).toThrow(/d\.csv: line 1: expected the header/);
  });
});
