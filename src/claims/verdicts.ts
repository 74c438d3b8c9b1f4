import { similar } from '../analysis/similar.js';
import type { Workspace } from '../analysis/workspace.js';
import { voteAt } from '../matrix/voteMatrix.js';
import type { Tally, Vote } from '../vote.js';
import type { ClaimedTally, FoundClaim } from './detect.js';
import type { Candidate } from './match.js';
import type { CheckedClaim, ResolutionRef, Verdict } from './report.js';

/** The resolution(s) a claim was matched to, and the ranking they came from. */
export interface Match {
  ws: Workspace;
  ranked: Candidate[];
  best: Candidate;
  /** A second vote that fits as well (same subject, same day). */
  close: Candidate | undefined;
  /** Rows of `best` and, if any, `close`. */
  rows: number[];
  name: (code: string) => string;
}

const VOTE_WORDS: Record<Vote, string> = { Y: 'voted yes', N: 'voted no', A: 'abstained', X: 'did not vote' };

function ref(ws: Workspace, row: number): ResolutionRef {
  const r = ws.matrix.resolutions[row]!;
  return { symbol: r.symbol, date: r.date, title: r.title.replace(/\s*:\s*resolution\s*\/.*$/i, ''), totals: r.totals, link: r.link };
}

const tallyText = (t: Partial<Tally>) =>
  [t.yes !== undefined && `${t.yes} in favour`, t.no !== undefined && `${t.no} against`, t.abstain !== undefined && `${t.abstain} abstentions`, t.nonVoting !== undefined && `${t.nonVoting} not voting`]
    .filter(Boolean)
    .join(', ');

function tallyFits(claimed: Partial<Tally>, actual: Tally): boolean {
  return (Object.keys(claimed) as (keyof Tally)[]).every((k) => claimed[k] === actual[k]);
}

/** Earlier resolutions like `row` (its thread, its emergency session, similar titles), newest first. */
function earlierSimilar(ws: Workspace, row: number, c: number, limit = 5): number[] {
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
  return [...picks].filter((i) => voteAt(ws.matrix, i, c) !== null).sort((a, b) => b - a).slice(0, limit);
}

/** A tally against the matched vote: supported, contradicted, or partly when the figures are another vote's. */
export function judgeTally(f: FoundClaim & { tally: ClaimedTally }, m: Match): CheckedClaim {
  const { ws, ranked, best, rows } = m;
  const primary = ws.matrix.resolutions[best.row]!;
  const fits = rows.filter((r) => tallyFits(f.tally!, ws.matrix.resolutions[r]!.totals));
  let verdict: Verdict;
  let explanation: string;
  let shown = rows;
  if (fits.length === rows.length) {
    verdict = 'supported';
    explanation = `${primary.symbol} (${primary.date}) was adopted with ${tallyText(primary.totals)}; the sentence's ${tallyText(f.tally)} matches.`;
  } else if (fits.length > 0) {
    verdict = 'partly';
    shown = [...fits, ...rows.filter((r) => !fits.includes(r))];
    explanation = `Two votes fit this sentence; its figures (${tallyText(f.tally)}) match ${ws.matrix.resolutions[fits[0]!]!.symbol}, not ${rows.filter((r) => !fits.includes(r)).map((r) => ws.matrix.resolutions[r]!.symbol).join(', ')}.`;
  } else {
    // Do the figures fit another vote on the same subject? Then say so, but never "supported".
    const other = ranked.find((c) => c.score > 1 && tallyFits(f.tally!, ws.matrix.resolutions[c.row]!.totals));
    if (other) {
      verdict = 'partly';
      shown = [best.row, other.row];
      const o = ws.matrix.resolutions[other.row]!;
      explanation = `The vote this passage most likely describes, ${primary.symbol} (${primary.date}), had ${tallyText(primary.totals)}; the sentence's figures (${tallyText(f.tally)}) are those of ${o.symbol} (${o.date}).`;
    } else {
      verdict = 'contradicted';
      explanation = `${primary.symbol} (${primary.date}) was adopted with ${tallyText(primary.totals)}, not ${tallyText(f.tally)}.`;
    }
  }
  return { sentence: f.sentence.text, kind: 'tally', verdict, resolutions: shown.map((r) => ref(ws, r)), countries: [], explanation };
}

/** The votes a sentence says states cast, against the record. */
export function judgeVotes(f: FoundClaim & { votes: NonNullable<FoundClaim['votes']> }, m: Match): CheckedClaim {
  const { ws, best, close, rows, name } = m;
  const primary = ws.matrix.resolutions[best.row]!;
  const column = (code: string) => ws.matrix.codes.indexOf(code);
  const verdictOn = (row: number) =>
    f.votes!.map((v) => {
      const c = column(v.code);
      const actual = c === -1 ? null : voteAt(ws.matrix, row, c);
      const ok = actual === null ? null : v.negated ? actual !== v.vote : actual === v.vote;
      return { v, actual, ok };
    });
  const results = rows.map(verdictOn);
  const all = results.flat();
  const verdict: Verdict = all.some((x) => x.ok === null)
    ? all.every((x) => x.ok === null) ? 'unverifiable' : 'partly'
    : all.every((x) => x.ok) ? 'supported' : all.every((x) => !x.ok) ? 'contradicted' : 'partly';
  const first = results[0]!;
  const said = first
    .map(({ v, actual }) => `${name(v.code)} ${actual === null ? 'was not a member' : VOTE_WORDS[actual]}`)
    .join('; ');
  return {
    sentence: f.sentence.text,
    kind: 'countryVote',
    verdict,
    resolutions: rows.map((r) => ref(ws, r)),
    countries: first.map(({ v, actual }) => ({ code: v.code, name: name(v.code), vote: actual, claimed: `${v.negated ? 'not ' : ''}${v.vote}` })),
    explanation: `On ${primary.symbol} (${primary.date}): ${said}.${close ? ` ${ws.matrix.resolutions[close.row]!.symbol} fits the sentence as well.` : ''}`,
  };
}

/** A shift or continuity claim: the state's vote against its votes on earlier similar resolutions. */
export function judgeShift(f: FoundClaim & { shift: NonNullable<FoundClaim['shift']> }, m: Match): CheckedClaim {
  const { ws, best, name } = m;
  const primary = ws.matrix.resolutions[best.row]!;
  const column = (code: string) => ws.matrix.codes.indexOf(code);
  const code = f.shift.code;
  const c = column(code);
  const now = c === -1 ? null : voteAt(ws.matrix, best.row, c);
  const earlier = c === -1 ? [] : earlierSimilar(ws, best.row, c).map((r) => ({ row: r, vote: voteAt(ws.matrix, r, c) as Vote }));
  const list = earlier.map((e) => ({ symbol: ws.matrix.resolutions[e.row]!.symbol, date: ws.matrix.resolutions[e.row]!.date, vote: e.vote }));
  let verdict: Verdict = 'unverifiable';
  let why = `${name(code)} has no earlier vote on a similar resolution in the record.`;
  if (earlier.length > 0 && now !== null) {
    const votes = earlier.map((e) => e.vote);
    const cue = f.shift.cue;
    if (cue === 'earlier') {
      const want = f.shift.earlierVote as Vote;
      verdict = votes[0] === want ? 'supported' : votes.includes(want) ? 'partly' : 'contradicted';
    } else if (cue === 'again') {
      // "again abstained": this vote and the one before.
      const want = f.shift.earlierVote as Vote;
      const hits = Number(now === want) + Number(votes[0] === want);
      verdict = hits === 2 ? 'supported' : hits === 1 ? 'partly' : 'contradicted';
    } else if (cue === 'consistent') {
      const same = votes.filter((v) => v === now).length;
      verdict = same === votes.length ? 'supported' : same * 2 > votes.length ? 'partly' : 'contradicted';
    } else if (cue === 'firstTime') {
      verdict = votes.includes(now) ? 'contradicted' : 'supported';
    } else {
      verdict = votes[0] !== now ? 'supported' : 'contradicted';
    }
    why = `${name(code)} ${VOTE_WORDS[now]} on ${primary.symbol} (${primary.date}); on the earlier similar resolutions it ${list.map((e) => `${VOTE_WORDS[e.vote]} on ${e.symbol} (${e.date})`).join(', ')}.`;
  }
  return {
    sentence: f.sentence.text,
    kind: 'shift',
    verdict,
    resolutions: [ref(ws, best.row), ...earlier.map((e) => ref(ws, e.row))],
    countries: [{ code, name: name(code), vote: now }],
    earlier: list,
    explanation: why,
  };
}
