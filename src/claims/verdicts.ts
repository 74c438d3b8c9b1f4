import { similar } from '../analysis/similar.js';
import type { Workspace } from '../analysis/workspace.js';
import { EARLIER_SEATS } from '../countries/history.js';
import { voteAt } from '../matrix/voteMatrix.js';
import type { Vote } from '../vote.js';
import type { DateWindow } from './match.js';
import type { FoundClaim } from './read.js';
import type { CheckedClaim, ResolutionRef, Verdict } from './report.js';
import { type Resolved, tallyFits, tallyText } from './resolve.js';

const VOTE_WORDS: Record<Vote, string> = { Y: 'voted yes', N: 'voted no', A: 'abstained', X: 'did not vote' };

/** What a verdict is reached on: the workspace, the resolved vote, names. */
export interface Evidence {
  ws: Workspace;
  resolved: Resolved;
  event: number;
  name: (code: string) => string;
  /** For shifts: the dates the passage gives its earlier vote ("last year"). */
  window?: DateWindow | null;
}

export function ref(ws: Workspace, row: number): ResolutionRef {
  const r = ws.matrix.resolutions[row]!;
  return { symbol: r.symbol, date: r.date, title: r.title.replace(/\s*:\s*resolution\s*\/.*$/i, ''), totals: r.totals, link: r.link };
}

const base = (f: FoundClaim, event: number | null) => ({ sentence: f.sentence.text, kind: f.kind, span: f.span, quote: quoteOf(f), event });

/** The words of the claim's span, from its sentence. */
export const quoteOf = (f: { sentence: { start: number; text: string }; span: { start: number; end: number } }) =>
  f.sentence.text.slice(f.span.start - f.sentence.start, f.span.end - f.sentence.start);
const rowsOf = (r: Resolved) => (r.close === undefined ? [r.row] : [r.row, r.close]);

/** A claim the record cannot settle, with the reason. */
export function unverifiable(f: FoundClaim, event: number | null, explanation: string, name: (code: string) => string): CheckedClaim {
  const countries = (f.votes ?? []).map((v) => ({ code: v.code, name: name(v.code), vote: null, claimed: `${v.negated ? 'not ' : ''}${v.vote}` }));
  return { ...base(f, event), verdict: 'unverifiable', resolutions: [], countries, explanation, says: says(f, name), record: null };
}

const CUE_WORDS = { earlier: 'an earlier vote', again: 'the same vote again', consistent: 'a consistent position', firstTime: 'a first', change: 'a change of vote' };
const NEGATED: Record<Vote, string> = { Y: 'did not vote yes', N: 'did not vote no', A: 'did not abstain', X: 'voted' };

function says(f: FoundClaim, name: (code: string) => string): string {
  if (f.tally) return tallyText(f.tally);
  if (f.votes) return f.votes.map((v) => `${name(v.code)} ${v.negated ? NEGATED[v.vote] : VOTE_WORDS[v.vote]}`).join('; ');
  if (f.shift) return `${name(f.shift.code)}: ${CUE_WORDS[f.shift.cue]}${f.shift.earlierVote ? ` (earlier: ${VOTE_WORDS[f.shift.earlierVote]})` : ''}`;
  return quoteOf(f);
}

/** A tally against the vote its figures (or its subject) point to. */
export function judgeTally(f: FoundClaim, e: Evidence): CheckedClaim {
  const { ws, resolved } = e;
  const rows = rowsOf(resolved);
  const primary = ws.matrix.resolutions[resolved.row]!;
  const claimed = f.tally!;
  const fits = rows.filter((r) => tallyFits(claimed, ws.matrix.resolutions[r]!));
  let verdict: Verdict;
  let explanation: string;
  let shown = rows;
  if (fits.length === rows.length) {
    verdict = 'supported';
    explanation = `${primary.symbol} (${primary.date}) was adopted with ${tallyText(primary.totals)}; the article's ${tallyText(claimed)} matches.`;
  } else if (fits.length > 0) {
    verdict = 'partly';
    shown = [...fits, ...rows.filter((r) => !fits.includes(r))];
    explanation = `Two votes fit this passage; its figures (${tallyText(claimed)}) match ${ws.matrix.resolutions[fits[0]!]!.symbol}, not ${rows.filter((r) => !fits.includes(r)).map((r) => ws.matrix.resolutions[r]!.symbol).join(', ')}.`;
  } else if (resolved.other !== undefined) {
    // The figures are another vote's on the same subject: say so, but never "supported".
    verdict = 'partly';
    shown = [resolved.row, resolved.other];
    const o = ws.matrix.resolutions[resolved.other]!;
    explanation = `The vote this passage most likely describes, ${primary.symbol} (${primary.date}), had ${tallyText(primary.totals)}; the article's figures (${tallyText(claimed)}) are those of ${o.symbol} (${o.date}).`;
  } else {
    verdict = 'contradicted';
    explanation = `${primary.symbol} (${primary.date}) was adopted with ${tallyText(primary.totals)}, not ${tallyText(claimed)}.`;
  }
  return { ...base(f, e.event), verdict, resolutions: shown.map((r) => ref(ws, r)), countries: [], explanation, says: says(f, e.name), record: tallyText(primary.totals) };
}

/** The votes the article says states cast, against the record. */
export function judgeVotes(f: FoundClaim, e: Evidence): CheckedClaim {
  const { ws, resolved, name } = e;
  const rows = rowsOf(resolved);
  const primary = ws.matrix.resolutions[resolved.row]!;
  const column = (code: string) => ws.matrix.codes.indexOf(code);
  // "Yemen" in 1947 is the Yemen Arab Republic's seat (EARLIER_SEATS).
  const seatVote = (row: number, code: string) => {
    for (const k of [code, ...(EARLIER_SEATS[code] ?? [])]) {
      const c = column(k);
      const v = c === -1 ? null : voteAt(ws.matrix, row, c);
      if (v !== null) return v;
    }
    return null;
  };
  const verdictOn = (row: number) =>
    f.votes!.map((v) => {
      const actual = seatVote(row, v.code);
      const ok = actual === null ? null : v.negated ? actual !== v.vote : actual === v.vote;
      return { v, actual, ok };
    });
  const results = rows.map(verdictOn);
  const all = results.flat();
  const verdict: Verdict = all.some((x) => x.ok === null)
    ? all.every((x) => x.ok === null) ? 'unverifiable' : 'partly'
    : all.every((x) => x.ok) ? 'supported' : all.every((x) => !x.ok) ? 'contradicted' : 'partly';
  const first = results[0]!;
  const said = first.map(({ v, actual }) => `${name(v.code)} ${actual === null ? 'was not a member' : VOTE_WORDS[actual]}`).join('; ');
  return {
    ...base(f, e.event),
    verdict,
    resolutions: rows.map((r) => ref(ws, r)),
    countries: first.map(({ v, actual }) => ({ code: v.code, name: name(v.code), vote: actual, claimed: `${v.negated ? 'not ' : ''}${v.vote}` })),
    explanation: `On ${primary.symbol} (${primary.date}): ${said}.${resolved.close !== undefined ? ` ${ws.matrix.resolutions[resolved.close]!.symbol} fits the passage as well.` : ''}`,
    says: says(f, e.name),
    record: said,
  };
}

/** Earlier resolutions like `row` (its thread, its emergency session, similar titles), newest first. */
function earlierSimilar(ws: Workspace, row: number, c: number, window?: DateWindow | null, limit = 5): number[] {
  const r = ws.matrix.resolutions[row]!;
  const picks = new Set<number>();
  if (r.session?.startsWith('ES-')) {
    ws.matrix.resolutions.forEach((x, i) => {
      if (i < row && x.session === r.session) picks.add(i);
    });
  }
  for (const s of similar(ws.text(), ws.threads(), row, 40)) {
    if (s.row < row && (s.sameThread || s.score >= 0.3) && Date.parse(r.date) - Date.parse(ws.matrix.resolutions[s.row]!.date) < 5 * 365 * 86_400_000) picks.add(s.row);
  }
  // A shift compares with a vote before this one, not with another text of the same day; when the
  // passage dates the earlier vote ("having supported the resolution last year"), those come first.
  const inWindow = (i: number) => (window && ws.matrix.resolutions[i]!.date >= window.from && ws.matrix.resolutions[i]!.date <= window.to ? 1 : 0);
  return [...picks]
    .filter((i) => voteAt(ws.matrix, i, c) !== null && ws.matrix.resolutions[i]!.date < r.date)
    .sort((a, b) => inWindow(b) - inWindow(a) || b - a)
    .slice(0, limit);
}

/** A shift or continuity claim: the state's vote against its votes on earlier similar resolutions. */
export function judgeShift(f: FoundClaim, e: Evidence): CheckedClaim {
  const { ws, resolved, name } = e;
  const primary = ws.matrix.resolutions[resolved.row]!;
  const { code, cue, earlierVote } = f.shift!;
  const c = ws.matrix.codes.indexOf(code);
  const now = c === -1 ? null : voteAt(ws.matrix, resolved.row, c);
  const earlier = c === -1 ? [] : earlierSimilar(ws, resolved.row, c, e.window).map((r) => ({ row: r, vote: voteAt(ws.matrix, r, c) as Vote }));
  const list = earlier.map((x) => ({ symbol: ws.matrix.resolutions[x.row]!.symbol, date: ws.matrix.resolutions[x.row]!.date, vote: x.vote }));
  let verdict: Verdict = 'unverifiable';
  let why = `${name(code)} has no earlier vote on a similar resolution in the record.`;
  if (earlier.length > 0 && now !== null) {
    const votes = earlier.map((x) => x.vote);
    if (cue === 'earlier') {
      verdict = votes[0] === earlierVote ? 'supported' : votes.includes(earlierVote!) ? 'partly' : 'contradicted';
      // The present vote the sentence gives must hold too.
      const said = f.shift!.now;
      if (said && (said.negated ? now === said.vote : now !== said.vote)) verdict = 'contradicted';
    }
    else if (cue === 'again') {
      // "again abstained": this vote and the one before.
      const hits = Number(now === earlierVote) + Number(votes[0] === earlierVote);
      verdict = hits === 2 ? 'supported' : hits === 1 ? 'partly' : 'contradicted';
    } else if (cue === 'consistent') {
      const same = votes.filter((v) => v === now).length;
      verdict = same === votes.length ? 'supported' : same * 2 > votes.length ? 'partly' : 'contradicted';
    } else if (cue === 'firstTime') verdict = votes.includes(now) ? 'contradicted' : 'supported';
    else {
      // "switched to voting against": a change, and to that vote.
      const said = f.shift!.now;
      verdict = votes[0] !== now && (!said || said.vote === now) ? 'supported' : 'contradicted';
    }
    why = `${name(code)} ${VOTE_WORDS[now]} on ${primary.symbol} (${primary.date}); on the earlier similar resolutions it ${list.map((x) => `${VOTE_WORDS[x.vote]} on ${x.symbol} (${x.date})`).join(', ')}.`;
  }
  return {
    ...base(f, e.event),
    verdict,
    resolutions: [ref(ws, resolved.row), ...earlier.map((x) => ref(ws, x.row))],
    countries: [{ code, name: name(code), vote: now }],
    earlier: list,
    explanation: why,
    says: says(f, e.name),
    record: why,
  };
}
