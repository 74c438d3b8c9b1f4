import type { Workspace } from '../analysis/workspace.js';
import type { Registry } from '../countries/registry.js';
import type { Body } from '../vote.js';
import { type Article, readArticle } from './article.js';
import { countryContext, describeContext } from './context.js';
import { type DateWindow, sentenceWindow } from './match.js';
import { bodyMention } from './mentions.js';
import { type FoundClaim, readSentence } from './read.js';
import { GAP_REASONS } from './recordGaps.js';
import type { CheckReport, CheckedClaim, CheckedEvent } from './report.js';
import { type Resolved, type Scope, resolveSubject, resolveSymbol, resolveTally } from './resolve.js';
import { widenTopics } from './topics.js';
import { judgeShift, judgeTally, judgeVotes, quoteOf, unverifiable } from './verdicts.js';

export type { CheckReport, CheckedClaim, CheckedEvent, ResolutionRef, Verdict } from './report.js';

// An article about UN votes names the UN or one of its bodies somewhere.
const UN_ARTICLE = /\b(?:UN|U\.N\.|United Nations|General Assembly|Security Council|UNGA|UNSC|[Rr]esolutions?|abstain\w*|vot(?:ed|ing) (?:against|in favou?r|for)|votes? (?:in favou?r|against)|Human Rights Council)\b/;
const UN_WORDS = /\b(?:UN|U\.N\.|United Nations|General Assembly|Security Council|resolution|vote[ds]?|voting|abstain\w*|veto\w*)\b/i;
// "the earlier resolution", "a similar text": a vote before the one the article reports.
const BACK_REFERENCE = /\b(?:earlier|previous|prior|similar|last year's|original)\s+(?:\w+\s+)?(?:resolution|vote|text|measure)\b/i;

export interface CheckDeps {
  ga: Workspace;
  /** The Security Council's votes, loaded only if a claim speaks of the Council. */
  sc?: () => Workspace;
  registry: Registry;
}

/** The dates a passage names for its vote; without the article's date, only those with a year. */
function windowOf(text: string, date: string | null): DateWindow | null {
  if (date) return sentenceWindow(text, date);
  const year = /\b(?:19[4-9]\d|20\d\d)\b/.exec(text);
  return year ? sentenceWindow(text, `${year[0]}-12-31`) : null;
}

/**
 * Checks an article's claims about UN votes against the record. It reads
 * the article once (sentences, clauses, the states named, the figures
 * printed), finds the votes it reports and resolves each against the record
 * once: a tally's figures searched across the whole record, a symbol named,
 * else the latest vote on the subject before the article's date. Every claim
 * is attached to its vote unless its own words (a date, "the earlier
 * resolution") point to another; claims about votes the record lacks
 * (vetoes, amendments, committee votes, elections) are unverifiable, with
 * the reason. An undated article is dated by the vote its figures identify.
 *
 * @example checkText(text, { ga, registry }).claims[0].verdict // → 'supported'
 */
export function checkArticle(article: Article, deps: CheckDeps): CheckReport {
  const { ga, registry } = deps;
  const name = (code: string) => registry.get(code)?.shortName ?? code;
  const wsFor = (body: Body) => (body === 'sc' && deps.sc ? deps.sc() : ga);
  const sentences = article.sentences;

  // Reading: every sentence's claims; "it" is the last state named.
  const found: FoundClaim[] = [];
  // Outside an article about UN votes only statements of alignment are read.
  const aboutVotes = UN_ARTICLE.test(`${article.title ?? ''} ${article.text}`);
  {
    let lastCountry: string | null = null;
    for (const s of sentences) {
      const got: FoundClaim[] = readSentence(registry, s, lastCountry).filter((f) => aboutVotes || f.kind === 'alignment');
      found.push(...got);
      lastCountry = got.flatMap((f) => f.votes?.map((v) => v.code) ?? f.alignment?.codes ?? []).at(0) ?? lastCountry;
    }
  }
  const explicit = found.map((f) => f.body).filter((b): b is Body => b !== null);
  const titleBody = bodyMention(article.title ?? '');
  const articleBody: Body = titleBody ?? (explicit.filter((b) => b === 'sc').length > explicit.length / 2 ? 'sc' : 'ga');
  const bodyOf = (f: FoundClaim): Body => f.body ?? articleBody;
  const unContext = [article.title ?? '', ...sentences.filter((s) => UN_WORDS.test(s.text)).map((s) => s.text)].join(' ');
  const topicOf = (f: FoundClaim) => {
    const i = f.sentence.index;
    const nearby = sentences.slice(Math.max(0, i - 2), i + 1).map((s) => s.text).join(' ');
    return { local: widenTopics(`${f.clause.text} ${f.sentence.text}`), context: widenTopics(`${nearby} ${unContext}`) };
  };

  // Votes, resolved once each.
  const events: CheckedEvent[] = [];
  const eventIndex = new Map<string, number>();
  const eventOf = (body: Body, resolved: Resolved | null, why: string, key?: string): number => {
    const ws = wsFor(body);
    const r = resolved ? ws.matrix.resolutions[resolved.row]! : null;
    const k = r ? `${body}:${resolved!.row}` : (key ?? `${body}:${why}`);
    const known = eventIndex.get(k);
    if (known !== undefined) return known;
    events.push({ symbol: r?.symbol ?? null, date: r?.date ?? null, body, why, link: r?.link ?? null, title: r ? r.title.replace(/\s*:\s*resolution\s*\/.*$/i, '') : null });
    eventIndex.set(k, events.length - 1);
    return events.length - 1;
  };

  // Figures and symbols first: they identify votes, and date an undated article.
  const anchor = (f: FoundClaim, date: string | null): Resolved | null => {
    const ws = wsFor(bodyOf(f));
    const scope: Scope = { window: windowOf(f.clause.text, date), date, topic: topicOf(f) };
    return resolveSymbol(ws, f.sentence.text) ?? (f.tally ? resolveTally(ws, f.tally, scope) : null);
  };
  const anchors = found.filter((f) => f.gap === null && (f.kind === 'tally' || resolveSymbol(wsFor(bodyOf(f)), f.sentence.text)));
  let resolved = new Map(anchors.map((f) => [f, anchor(f, article.date)]));
  let dateUsed = article.date;
  let dateWhy = article.date ? 'the article’s own date' : 'nothing in the article dates it';
  if (!article.date) {
    const first = anchors.find((f) => resolved.get(f)?.firm);
    if (first) {
      const r = wsFor(bodyOf(first)).matrix.resolutions[resolved.get(first)!.row]!;
      dateUsed = r.date;
      dateWhy = `the article has no date; it is dated by the vote its figures identify (${r.symbol}, ${r.date})`;
      resolved = new Map(anchors.map((f) => [f, anchor(f, dateUsed)]));
    }
  }

  // The vote each body's claims are about unless their words say otherwise: the first one identified.
  const main = new Map<Body, Resolved | null>();
  for (const body of ['ga', 'sc'] as Body[]) {
    const first = anchors.find((f) => bodyOf(f) === body && resolved.get(f)?.firm);
    main.set(body, first ? resolved.get(first)! : resolveSubject(wsFor(body), { window: null, date: dateUsed, topic: { local: widenTopics(article.title ?? ''), context: widenTopics(unContext) } }));
  }

  const checked: CheckedClaim[] = [];
  const named = new Set<string>();
  for (const f of found) {
    const body = bodyOf(f);
    const ws = wsFor(body);
    if (f.kind === 'alignment') {
      checked.push(alignmentClaim(f, deps, dateUsed, name));
      f.alignment!.codes.forEach((c) => named.add(c));
      continue;
    }
    f.votes?.forEach((v) => named.add(v.code));
    if (f.shift) named.add(f.shift.code);
    if (f.gap) {
      const e = eventOf(body, null, GAP_REASONS[f.gap], `gap:${f.sentence.index}:${f.gap}`);
      checked.push(unverifiable(f, e, `Not in the record: ${GAP_REASONS[f.gap]}.`, name));
      continue;
    }
    let r: Resolved | null | undefined = resolved.get(f);
    if (r === undefined) {
      const window = windowOf(f.clause.text, dateUsed);
      const m = main.get(body) ?? null;
      const sameSentence = anchors.find((a) => a.sentence === f.sentence && bodyOf(a) === body && resolved.get(a));
      if (window) r = resolveSubject(ws, { window, date: dateUsed, topic: topicOf(f) });
      else if (BACK_REFERENCE.test(f.clause.text) && m && f.kind !== 'shift') {
        r = resolveSubject(ws, { window: null, date: dateUsed, topic: topicOf(f) }, ws.matrix.resolutions[m.row]!.date);
      } else r = sameSentence ? resolved.get(sameSentence)! : m;
    }
    if (!r) {
      const why = !dateUsed
        ? 'The article gives no date, and no figures or symbol to tell which vote it means.'
        : f.tally
          ? `No ${body === 'sc' ? 'Security Council' : 'GA'} vote in the record has these figures, and the passage does not say enough about its subject to tell which vote it means.`
          : 'The passage does not say enough about the subject to tell which recorded vote it means.';
      checked.push(unverifiable(f, null, why, name));
      continue;
    }
    const evidence = { ws, resolved: r, event: eventOf(body, r, r.why), name };
    checked.push(f.kind === 'tally' ? judgeTally(f, evidence) : f.kind === 'shift' ? judgeShift(f, evidence) : judgeVotes(f, evidence));
  }
  for (const c of checked) for (const x of c.countries) x.name = name(x.code);

  const year = Number((dateUsed ?? ga.matrix.resolutions.at(-1)?.date ?? '2025').slice(0, 4));
  const context = [...named]
    .filter((c) => !['USA', 'CHN', 'RUS'].includes(c) && ga.matrix.codes.includes(c))
    .flatMap((c) => {
      const x = countryContext(ga, c, name(c), year);
      return x ? [{ ...x, summary: describeContext(x) }] : [];
    });
  return {
    article: { date: article.date, title: article.title, dateUsed, dateWhy },
    events,
    claims: checked,
    context,
    dataset: { version: ga.matrix.dataset.version, sha256: ga.matrix.dataset.sha256 },
  };
}

function alignmentClaim(f: FoundClaim, deps: CheckDeps, dateUsed: string | null, name: (c: string) => string): CheckedClaim {
  const { ga } = deps;
  const codes = f.alignment!.codes.filter((c) => ga.matrix.codes.includes(c));
  const focus = codes.find((c) => !['USA', 'CHN', 'RUS'].includes(c)) ?? codes[0];
  const year = Number((dateUsed ?? ga.matrix.resolutions.at(-1)?.date ?? '2025').slice(0, 4));
  const ctx = focus ? countryContext(ga, focus, name(focus), year) : null;
  return {
    sentence: f.sentence.text,
    kind: 'alignment',
    verdict: 'unverifiable',
    resolutions: [],
    countries: codes.map((c) => ({ code: c, name: name(c), vote: null })),
    explanation: ctx
      ? `A statement about alignment, not a single vote: the record gives figures, not a verdict. ${describeContext(ctx)}`
      : 'A statement about alignment, not a single vote; the record has no GA votes of these states for that period.',
    span: f.span,
    quote: quoteOf(f),
    event: null,
    says: quoteOf(f),
    record: ctx ? describeContext(ctx) : null,
  };
}

/** Reads plain text and checks it. */
export function checkText(text: string, deps: CheckDeps, date?: string): CheckReport {
  return checkArticle(readArticle(text, date), deps);
}
