/**
 * Labels of the real-news corpus, from the record: pure, so that the test
 * (test/newsCorpus.test.ts) can check that labels.json is what the record
 * gives today. See eval/labelNews.ts for the rules.
 */
import { threadKey } from '../../src/analysis/threads.js';
import { type VoteMatrix, voteAt } from '../../src/matrix/voteMatrix.js';
import type { Draft } from '../../src/sources/drafts.js';
import type { Vote } from '../../src/vote.js';
import type { Annotation, Report } from './corpus.js';

export interface Label {
  kind: Annotation['kind'];
  start: number;
  end: number;
  quote: string;
  resolution: string | null;
  verdict: string;
  record: string;
  /** A shift's state: several shifts may rest on one quote ("Yemen and Zimbabwe switched ..."). */
  country?: string;
}

/** The same recurring title, or the same emergency special session (ES-11/5 before ES-11/6). */
function sameSeries(m: VoteMatrix, i: number, row: number, key: string): boolean {
  const a = m.resolutions[i]!;
  const b = m.resolutions[row]!;
  return a.date < b.date && (threadKey(a.title) === key || (!!b.session?.startsWith('ES-') && a.session === b.session));
}

function lastBefore(m: VoteMatrix, row: number, ok: (i: number) => boolean): number {
  for (let i = row - 1; i >= 0; i--) if (ok(i)) return i;
  return -1;
}

export function labelReports(reports: Report[], matrices: { ga: VoteMatrix; sc: VoteMatrix }, drafts: readonly Draft[] = []): { labels: { id: string; split: string; claims: Label[] }[]; problems: string[] } {
  const problems: string[] = [];
    function rowOf(m: VoteMatrix, symbol: string): number {
    const row = m.resolutions.findIndex((r) => r.symbol === symbol);
    return row;
  }
    function voteOf(m: VoteMatrix, row: number, code: string): Vote | null {
    const c = m.codes.indexOf(code);
    return c === -1 ? null : voteAt(m, row, c);
  }

    function label(id: string, a: Annotation): { verdict: string; record: string } {
    if (a.kind === 'alignment') return { verdict: 'unverifiable', record: 'a statement about alignment, not a vote' };
    if (a.resolution === null && a.draft) return labelOnDraft(id, a, a.draft);
    if (a.resolution === null) return { verdict: 'unverifiable', record: `not in the record: ${a.notInRecord ?? 'other'}` };
    const m = matrices[a.body ?? (a.resolution.startsWith('S/') ? 'sc' : 'ga')];
    const row = rowOf(m, a.resolution);
    if (row === -1) {
      problems.push(`${id}: ${a.resolution} is not in the ${m.body.toUpperCase()} record`);
      return { verdict: 'error', record: '' };
    }
    const r = m.resolutions[row]!;
    if (a.kind === 'tally') {
      const t = a.tally ?? {};
      const keys = Object.keys(t) as (keyof typeof t)[];
      if (keys.length === 0) problems.push(`${id}: a tally claim without figures ("${a.quote}")`);
      const ok = keys.every((k) => t[k] === r.totals[k]);
      return { verdict: ok ? 'supported' : 'contradicted', record: `${r.symbol} ${r.totals.yes}-${r.totals.no}-${r.totals.abstain} (${r.totals.nonVoting} non-voting)` };
    }
    if (a.kind === 'countryVote') {
      const results = (a.votes ?? []).map((v) => {
        const actual = voteOf(m, row, v.country);
        if (actual === null) problems.push(`${id}: ${v.country} has no vote on ${r.symbol}`);
        return actual === null ? null : v.negated ? actual !== v.vote : actual === v.vote;
      });
      if (results.length === 0) problems.push(`${id}: a countryVote claim without votes ("${a.quote}")`);
      const verdict = results.some((x) => x === null)
        ? results.every((x) => x === null) ? 'unverifiable' : 'partly'
        : results.every((x) => x) ? 'supported' : results.every((x) => !x) ? 'contradicted' : 'partly';
      return { verdict, record: (a.votes ?? []).map((v) => `${v.country} ${voteOf(m, row, v.country) ?? 'not a member'}`).join(', ') };
    }
    // shift
    const s = a.shift;
    if (!s) {
      problems.push(`${id}: a shift claim without "shift" ("${a.quote}")`);
      return { verdict: 'error', record: '' };
    }
    const now = voteOf(m, row, s.country);
    // No earlier resolution named ("abstained for the first time in 25 years"): the state's vote on the
    // last earlier resolution of the same title (the same recurring text) in the record.
    const key = threadKey(r.title);
    const earlierRow = s.earlierResolution
      ? rowOf(m, s.earlierResolution)
      : lastBefore(m, row, (i) => sameSeries(m, i, row, key) && voteOf(m, i, s.country) !== null);
    if (s.earlierResolution && earlierRow === -1) problems.push(`${id}: ${s.earlierResolution} is not in the record`);
    const before = earlierRow === -1 ? null : voteOf(m, earlierRow, s.country);
    if (before === null || now === null) return { verdict: 'unverifiable', record: `${s.country}: now ${now ?? '?'}, earlier ${before ?? '?'}` };
    const ok = before === s.earlier && (s.now === undefined || s.now === now);
    return { verdict: ok ? 'supported' : 'contradicted', record: `${s.country}: ${now} on ${r.symbol}, ${before} on ${s.earlierResolution}` };
  }


  // A Council draft not adopted, from data/sc_drafts.csv: figures against its counts, votes against
  // its member votes (a vetoing member voted no; a permanent member that did not veto did not).
  function labelOnDraft(id: string, a: Annotation, key: string): { verdict: string; record: string } {
    const d = drafts.find((x) => x.key === key);
    if (!d) {
      problems.push(`${id}: ${key} is not a draft of data/sc_drafts.csv`);
      return { verdict: 'error', record: '' };
    }
    const record = `${key} ${d.outcome}${d.vetoedBy.length ? ` by ${d.vetoedBy.join('+')}` : ''} ${d.counts.yes ?? '?'}-${d.counts.no ?? '?'}-${d.counts.abstain ?? '?'}`;
    if (a.kind === 'tally') {
      const t = a.tally ?? {};
      const keys = Object.keys(t) as (keyof typeof t)[];
      if (keys.some((k) => d.counts[k] !== null && d.counts[k] !== t[k])) return { verdict: 'contradicted', record };
      return { verdict: keys.every((k) => d.counts[k] !== null) ? 'supported' : 'unverifiable', record };
    }
    if (a.kind === 'countryVote') {
      const P5 = ['CHN', 'FRA', 'GBR', 'RUS', 'SUN', 'USA'];
      const results = (a.votes ?? []).map((v) => {
        const listed = d.votes.find((x) => x.code === v.country)?.vote;
        const vetoed = d.vetoedBy.includes(v.country) || (v.country === 'RUS' && d.vetoedBy.includes('SUN'));
        const actual = listed ?? (vetoed ? 'N' : null);
        if (actual === null) return P5.includes(v.country) && d.outcome === 'vetoed' && !d.amendment && v.vote === 'N' && !v.negated ? false : null;
        return v.negated ? actual !== v.vote : actual === v.vote;
      });
      const verdict = results.some((x) => x === null)
        ? results.every((x) => x === null) ? 'unverifiable' : 'partly'
        : results.every((x) => x) ? 'supported' : results.every((x) => !x) ? 'contradicted' : 'partly';
      return { verdict, record };
    }
    return { verdict: 'unverifiable', record };
  }

  const labels = reports.map((rep) => ({
    id: rep.id,
    split: rep.split,
    claims: rep.claims.map((a) => {
      const start = rep.text.indexOf(a.quote);
      if (start === -1) problems.push(`${rep.id}: quote not in the text: "${a.quote}"`);
      const { verdict, record } = label(rep.id, a);
      return { kind: a.kind, start, end: start + a.quote.length, quote: a.quote, resolution: a.resolution ?? a.draft ?? null, verdict, record, ...(a.shift && { country: a.shift.country }) };
    }),
  }));
  return { labels, problems };
}
