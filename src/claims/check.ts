import type { Workspace } from '../analysis/workspace.js';
import type { Registry } from '../countries/registry.js';
import { type Article, readArticle } from './article.js';
import { countryContext, describeContext } from './context.js';
import { type FoundClaim, detectClaims } from './detect.js';
import { candidates, namedResolution, sentenceWindow } from './match.js';
import type { CheckReport, CheckedClaim } from './report.js';
import { widenTopics } from './topics.js';
import { type Match, judgeShift, judgeTally, judgeVotes } from './verdicts.js';

export type { CheckReport, CheckedClaim, ResolutionRef, Verdict } from './report.js';

const UN_WORDS = /\b(?:UN|U\.N\.|United Nations|General Assembly|resolution|vote[ds]?|voting|abstain\w*)\b/i;

export interface CheckDeps {
  ga: Workspace;
  /** The Security Council's votes, loaded only if a claim speaks of the Council. */
  sc?: () => Workspace;
  registry: Registry;
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
    const match: Match = { ws, ranked, best, close, rows: close ? [best.row, close.row] : [best.row], name };
    if (f.kind === 'tally' && f.tally) checked.push(judgeTally({ ...f, tally: f.tally }, match));
    else if (f.kind === 'countryVote' && f.votes) {
      f.votes.forEach((v) => named.add(v.code));
      checked.push(judgeVotes({ ...f, votes: f.votes }, match));
    } else if (f.kind === 'shift' && f.shift) {
      named.add(f.shift.code);
      checked.push(judgeShift({ ...f, shift: f.shift }, match));
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
