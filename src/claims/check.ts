import { similar } from '../analysis/similar.js';
import type { Workspace } from '../analysis/workspace.js';
import type { Registry } from '../countries/registry.js';
import { voteAt } from '../matrix/voteMatrix.js';
import type { Tally, Vote } from '../vote.js';
import { type Article, readArticle } from './article.js';
import { type CountryContext, countryContext, describeContext } from './context.js';
import { type ClaimKind, type FoundClaim, detectClaims } from './detect.js';
import { candidates, namedResolution, sentenceWindow } from './match.js';
import { widenTopics } from './topics.js';

export type Verdict = 'supported' | 'contradicted' | 'partly' | 'unverifiable';

export interface ResolutionRef {
  symbol: string;
  date: string;
  title: string;
  totals: Tally;
  link: string;
}

export interface CheckedClaim {
  sentence: string;
  kind: ClaimKind;
  verdict: Verdict;
  resolutions: ResolutionRef[];
  /** The states the claim names, and their votes on the (first) resolution. */
  countries: { code: string; name: string; vote: Vote | null; claimed?: string }[];
  /** For shifts: the state's votes on earlier similar resolutions, newest first. */
  earlier?: { symbol: string; date: string; vote: Vote }[];
  explanation: string;
}

export interface CheckReport {
  article: { date: string | null; title: string | null; dateUsed: string };
  claims: CheckedClaim[];
  context: (CountryContext & { summary: string })[];
  dataset: { version: string; sha256: string };
}

export interface CheckDeps {
  ga: Workspace;
  /** The Security Council's votes, loaded only if a claim speaks of the Council. */
  sc?: () => Workspace;
  registry: Registry;
}

const VOTE_WORDS: Record<Vote, string> = { Y: 'voted yes', N: 'voted no', A: 'abstained', X: 'did not vote' };
const UN_WORDS = /\b(?:UN|U\.N\.|United Nations|General Assembly|resolution|vote[ds]?|voting|abstain\w*)\b/i;

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

/**
 * Checks an article's claims about UN votes against the record: finds them,
 * matches each to the resolution it most likely describes, gives a verdict
 * with the evidence and one plain sentence, and adds the alignment context
 * of every state a claim names.
 *
 * @example checkText(text, { ga, registry }, '2023-05-01').claims[0].verdict // → 'supported'
 */
export function checkArticle(article: Article, deps: CheckDeps): CheckReport {
  const { ga, registry } = deps;
  const last = ga.matrix.resolutions.at(-1)?.date ?? '1946-01-01';
  const dateUsed = article.date ?? last;
  const name = (code: string) => registry.get(code)?.shortName ?? code;
  const gaColumn = (code: string) => ga.matrix.codes.indexOf(code);

  // The claims, sentence by sentence; "it" refers to the last state named.
  const found: FoundClaim[] = [];
  let lastCountry: string | null = null;
  for (const s of article.sentences) {
    found.push(...detectClaims(registry, s, lastCountry));
    const named = found.filter((f) => f.sentence === s).flatMap((f) => f.votes?.map((v) => v.code) ?? f.alignment?.codes ?? []);
    lastCountry = named[0] ?? lastCountry;
  }
  const unContext = [article.title ?? '', ...article.sentences.filter((s) => UN_WORDS.test(s.text)).map((s) => s.text)].join(' ');

  const checked: CheckedClaim[] = [];
  const named = new Set<string>();
  for (const f of found) {
    const i = f.sentence.index;
    const nearby = article.sentences.slice(Math.max(0, i - 2), i + 1).map((s) => s.text).join(' ');
    if (f.kind === 'alignment') {
      const codes = (f.alignment?.codes ?? []).filter((c) => gaColumn(c) !== -1);
      codes.forEach((c) => named.add(c));
      const main = codes.find((c) => !['USA', 'CHN', 'RUS'].includes(c)) ?? codes[0];
      const ctx = main ? countryContext(ga, main, name(main), Number(dateUsed.slice(0, 4))) : null;
      checked.push({
        sentence: f.sentence.text,
        kind: 'alignment',
        verdict: 'unverifiable',
        resolutions: [],
        countries: codes.map((c) => ({ code: c, name: name(c), vote: null })),
        explanation: ctx
          ? `A statement about alignment, not a single vote: the record gives figures, not a verdict. ${describeContext(ctx)}`
          : 'A statement about alignment, not a single vote; the record has no GA votes of these states for that period.',
      });
      continue;
    }
    // A claim about the Security Council is checked against the Council's votes.
    const ws = f.body === 'sc' && deps.sc ? deps.sc() : ga;
    const bodyName = ws.matrix.body === 'sc' ? 'Security Council' : 'GA';
    const column = (code: string) => ws.matrix.codes.indexOf(code);
    const window = sentenceWindow(f.sentence.text, dateUsed);
    const bySymbol = namedResolution(ws, f.sentence.text);
    const ranked = bySymbol ? [bySymbol] : candidates(ws, widenTopics(`${nearby} ${unContext}`), dateUsed, window);
    const best = ranked[0];
    // Words that meet no title (and no tally or date to go by): the record cannot tell which vote is meant.
    const blind = best !== undefined && best.topic === 0 && !window && f.kind !== 'tally';
    if (!best || blind) {
      checked.push({
        sentence: f.sentence.text, kind: f.kind, verdict: 'unverifiable', resolutions: [], countries: [],
        explanation: blind
          ? 'The sentence does not say enough about the subject to tell which recorded vote it means.'
          : `No ${window ? `${bodyName} vote between ${window.from} and ${window.to}` : `recorded ${bodyName} vote in the three years before the article`} fits this sentence.`,
      });
      continue;
    }
    const second = ranked[1];
    // Two votes of the same day on the same subject both fit.
    const close = second && second.score > 1 && second.days === best.days ? second : undefined;
    const primary = ws.matrix.resolutions[best.row]!;
    const rows = close ? [best.row, close.row] : [best.row];

    if (f.kind === 'tally' && f.tally) {
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
      checked.push({ sentence: f.sentence.text, kind: 'tally', verdict, resolutions: shown.map((r) => ref(ws, r)), countries: [], explanation });
      continue;
    }

    if (f.kind === 'countryVote' && f.votes) {
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
      f.votes.forEach((v) => named.add(v.code));
      const said = first
        .map(({ v, actual }) => `${name(v.code)} ${actual === null ? 'was not a member' : VOTE_WORDS[actual]}`)
        .join('; ');
      checked.push({
        sentence: f.sentence.text,
        kind: 'countryVote',
        verdict,
        resolutions: rows.map((r) => ref(ws, r)),
        countries: first.map(({ v, actual }) => ({ code: v.code, name: name(v.code), vote: actual, claimed: `${v.negated ? 'not ' : ''}${v.vote}` })),
        explanation: `On ${primary.symbol} (${primary.date}): ${said}.${close ? ` ${ws.matrix.resolutions[close.row]!.symbol} fits the sentence as well.` : ''}`,
      });
      continue;
    }

    if (f.kind === 'shift' && f.shift) {
      const code = f.shift.code;
      const c = column(code);
      named.add(code);
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
      checked.push({
        sentence: f.sentence.text,
        kind: 'shift',
        verdict,
        resolutions: [ref(ws, best.row), ...earlier.map((e) => ref(ws, e.row))],
        countries: [{ code, name: name(code), vote: now }],
        earlier: list,
        explanation: why,
      });
    }
  }

  const year = Number(dateUsed.slice(0, 4));
  const context = [...named]
    .filter((c) => !['USA', 'CHN', 'RUS'].includes(c) && gaColumn(c) !== -1)
    .flatMap((c) => {
      const x = countryContext(ga, c, name(c), year);
      return x ? [{ ...x, summary: describeContext(x) }] : [];
    });
  return {
    article: { date: article.date, title: article.title, dateUsed },
    claims: checked,
    context,
    dataset: { version: ga.matrix.dataset.version, sha256: ga.matrix.dataset.sha256 },
  };
}

/** Reads plain text and checks it. */
export function checkText(text: string, deps: CheckDeps, date?: string): CheckReport {
  return checkArticle(readArticle(text, date), deps);
}
