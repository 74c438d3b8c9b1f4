import { type Article, readArticle } from './article.js';
import { alignmentClaim } from './alignmentClaim.js';
import { type CheckDeps, articleContext } from './articleContext.js';
import { countryContext, describeContext } from './context.js';
import { dateArticle } from './dating.js';
import { type DraftMatch, draftFits, draftForClaims, draftsForGaps, judgeOnDraft, otherDraftOfDay } from './drafts.js';
import { gapsOfClaims } from './gapGroups.js';
import { councilSeats } from './councilSeats.js';
import { resolveLoneFigures } from './loneFigures.js';
import { chooseVotes } from './mainVote.js';
import type { FoundClaim } from './read.js';
import { GAP_REASONS, type Gap } from './recordGaps.js';
import type { CheckReport, CheckedClaim, CheckedEvent } from './report.js';
import { type ClaimedTally, type Resolved, resolveSubject, tallyFits, tallyText } from './resolve.js';
import { seriesVoteIn } from './seriesYear.js';
import type { Body } from '../vote.js';
import { judgeShift, judgeTally, judgeVotes, unverifiable } from './verdicts.js';

export type { CheckDeps } from './articleContext.js';
export type { CheckReport, CheckedClaim, CheckedEvent, ResolutionRef, Verdict } from './report.js';

// "voted against that resolution": the vote the sentence before reached by its own words.
const THAT = /\b(?:that|the same|this) (?:resolution|vote|text|measure)\b|\b(?:opposing|backing|supporting|against) it\b/i;

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
  const ctx = articleContext(article, deps);
  const { sentences, found, wsFor, bodyOf, topicOf, ownWindow, backReference } = ctx;
  // The vote each body's claims are about (dating.ts, mainVote.ts), then every tally's (loneFigures.ts).
  const choice = chooseVotes(ctx, dateArticle(ctx));
  resolveLoneFigures(ctx, choice);
  const { resolved, main, mainGap, articleGaps, dateUsed, dateWhy, datedBy } = choice;

  // Votes, resolved once each.
  const events: CheckedEvent[] = [];
  const eventIndex = new Map<string, number>();
  const eventOf = (body: Body, resolved: Resolved | null, why: string, key?: string): number => {
    const ws = wsFor(body);
    const r = resolved ? ws.matrix.resolutions[resolved.row]! : null;
    const k = r ? `${body}:${resolved!.row}` : (key ?? `${body}:${why}`);
    const known = eventIndex.get(k);
    if (known !== undefined) {
      // Figures or a symbol say more for the choice than the subject alone.
      if (resolved && /^the latest vote on the subject/.test(events[known]!.why) && !/^the latest vote on the subject/.test(why)) events[known]!.why = why;
      return known;
    }
    events.push({ symbol: r?.symbol ?? null, date: r?.date ?? null, body, why, link: r?.link ?? null, title: r ? r.title.replace(/\s*:\s*resolution\s*\/.*$/i, '') : null });
    eventIndex.set(k, events.length - 1);
    return events.length - 1;
  };

  const gapEvent = (f: FoundClaim, g: FoundClaim) => eventOf(bodyOf(f), null, GAP_REASONS[g.gap!], `gap:${g.sentence.index}:${g.gap}`);

  // The vote outside the record each claim is about (see gapsOfClaims), and the draft it matches.
  const gapOfClaim = gapsOfClaims(found, {
    bodyOf,
    ownWindow: (f) => ownWindow(f, dateUsed),
    resolved: (f) => resolved.get(f) ?? null,
    mainGap,
    backReference,
  });
  // Drafts are dated by the article's own date; a date inferred from an adopted vote's figures (which may be
  // another year's) is only tried first, as the weeks before that vote (`near`, drafts.ts).
  // Who sat on the Council, read from its record only when a draft is matched (the Council's votes load lazily).
  const sc = deps.sc;
  let seats: ReturnType<typeof councilSeats> | undefined;
  const draftCtx = { ownWindow: (f: FoundClaim) => ownWindow(f, article.date), date: article.date, near: datedBy, bodyOf, title: article.title ?? '', sentence: (i: number) => sentences[i]?.text ?? '', ...(sc && { seated: (code: string, date: string) => (seats ??= councilSeats(sc()))(code, date) }) };
  const draftMatches = draftsForGaps(deps.drafts ?? [], gapOfClaim, draftCtx);
  const draftEvent = (m: DraftMatch): number => {
    const k = `draft:${m.draft.key}`;
    const known = eventIndex.get(k);
    if (known !== undefined) return known;
    events.push({ symbol: m.draft.symbol ?? m.draft.key, date: m.draft.date, body: 'sc', why: m.why, link: m.draft.source, title: m.draft.subject, notAdopted: { outcome: m.draft.outcome, vetoedBy: m.draft.vetoedBy } });
    eventIndex.set(k, events.length - 1);
    return events.length - 1;
  };
  const councilDraft = [...draftMatches.values()].find((m): m is DraftMatch => m !== null);
  // Figures no vote in the record has, in an article that reports a vote the record lacks (a vetoed or failed
  // Council draft, a committee vote): that vote's figures, not a false tally of this one. The sentence's own
  // draft, else the article's if the figures do not contradict it; null when no draft fits; undefined when
  // the figures are a recorded vote's. Read once per tally: the claims of its sentence go with it.
  const figureDrafts = new Map<FoundClaim, { gap: Gap; draft: DraftMatch | null } | undefined>();
  const draftOfFigures = (f: FoundClaim, r: Resolved, body: Body) => {
    if (figureDrafts.has(f)) return figureDrafts.get(f);
    const ws = wsFor(body);
    // ... or figures too few in favour for any Council resolution to pass (Charter Art. 27: nine of fifteen since
    // 1966, seven of eleven before): "the seven members of the Security Council who voted for a deferral".
    const lacking = f.tally && !tallyFits(f.tally, ws.matrix.resolutions[r.row]!) ? (articleGaps.get(body) ?? (body === 'sc' && tooFewToPass(f.tally) ? 'failedDraft' : undefined)) : undefined;
    let out: { gap: Gap; draft: DraftMatch | null } | undefined;
    // (The article's own Council draft, where its figures fit it, whatever adopted text of the years around
    // the vote they reached has them too: "Twelve countries voted in favour ..., while two other countries –
    // Britain and Switzerland – abstained", of the US veto on Palestine of 18 April 2024, not S/RES/1368 of 2001.)
    const article = lacking && body === 'sc' && councilDraft && draftFits(councilDraft.draft, f.tally!) ? councilDraft : null;
    if (lacking && (article || !ws.matrix.resolutions.some((x) => tallyFits(f.tally!, x) && Math.abs(Date.parse(x.date) - Date.parse(ws.matrix.resolutions[r.row]!.date)) < 2 * 365 * 86_400_000))) {
      out = { gap: lacking, draft: body === 'sc' ? (draftForClaims(deps.drafts ?? [], found.filter((a) => a.sentence === f.sentence), draftCtx, lacking) ?? article) : null };
    }
    figureDrafts.set(f, out);
    return out;
  };
  const nearFigures = (f: FoundClaim, body: Body): DraftMatch | null => {
    if (body !== 'sc') return null;
    for (const t of found) {
      const r = t.tally && !gapOfClaim.has(t) && Math.abs(t.sentence.index - f.sentence.index) <= 2 && bodyOf(t) === body ? resolved.get(t) : undefined;
      const d = r ? draftOfFigures(t, r, body)?.draft : undefined;
      if (d) return d;
    }
    return null;
  };

  const checked: CheckedClaim[] = [];
  const named = new Set<string>();
  let aside: { r: Resolved; sentence: number; body: Body } | undefined;
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
    const own = ownWindow(f, dateUsed);
    const gapFor = gapOfClaim.get(f);
    if (gapFor) {
      // No draft from the passage's own words: the draft the figures a sentence or two away name, if any.
      const group = draftMatches.get(gapFor) ?? nearFigures(f, body);
      // ... and figures of its sentence that the other draft of that day has, not this one ("Japan voted no,
      // and 13 other members abstained": Russia's own Mali draft of 30 August 2023, not the vetoed one).
      const figures = f.tally ?? found.find((a) => a.tally && a.sentence === f.sentence && gapOfClaim.get(a) === gapFor)?.tally;
      const m = group && figures ? (otherDraftOfDay(deps.drafts ?? [], group, figures) ?? group) : group;
      if (m) checked.push(judgeOnDraft(f, m.draft, draftEvent(m), name));
      else checked.push(unverifiable(f, gapEvent(f, gapFor), `Not in the record: ${GAP_REASONS[gapFor.gap!]}${bodyOf(gapFor) === 'sc' && deps.drafts && gapFor.gap !== 'election' ? ', and no draft of the UN veto list fits the passage' : ''}.`, name));
      continue;
    }
    let r: Resolved | null | undefined = resolved.get(f);
    const sameSentenceTally = found.find((a) => a.kind === 'tally' && a !== f && a.sentence === f.sentence && bodyOf(a) === body && resolved.get(a));
    const m0 = main.get(body) ?? null;
    if (r === undefined) {
      // A shift's dates are its earlier vote's ("had also voted against it last year").
      const window = f.kind === 'shift' ? null : own;
      const m = main.get(body) ?? null;
      // "voted against that resolution", and the sentence right after one about another vote: that vote.
      // ... and the sentence right after figures that named another vote ("(Resolution 1007 (ES-II)) by a vote
      // of 67 to 0, with 8 abstentions. Poland and Hungary voted in favor").
      const follows = aside && aside.body === body && (THAT.test(f.clause.text) || f.sentence.index === aside.sentence || (aside.r.firm && f.sentence.index === aside.sentence + 1));
      // The sentence's own figures first: they name its vote more surely than its words do.
      if (sameSentenceTally && f.kind !== 'shift') r = resolved.get(sameSentenceTally)!;
      else if (window) r = (m && f.kind !== 'tally' ? seriesVoteIn(ws, m, window) : null) ?? resolveSubject(ws, { window, date: dateUsed, topic: topicOf(f) });
      else if (backReference(f) && m && f.kind !== 'shift') {
        r = resolveSubject(ws, { window: null, date: dateUsed, topic: topicOf(f) }, ws.matrix.resolutions[m.row]!.date);
      } else r = sameSentenceTally ? resolved.get(sameSentenceTally)! : follows ? aside!.r : m;
    }
    // A vote other than the article's, reached by the passage's own words: later sentences may go on about it.
    if (r && m0 && r.row !== m0.row && f.kind !== 'shift') aside = { r, sentence: f.sentence.index, body };
    else if (r && m0 && r.row === m0.row && f.sentence.index !== aside?.sentence) aside = undefined;
    if (!r) {
      const why = !dateUsed
        ? 'The article gives no date, and no figures or symbol to tell which vote it means.'
        : f.tally
          ? `No ${body === 'sc' ? 'Security Council' : 'GA'} vote in the record has these figures, and the passage does not say enough about its subject to tell which vote it means.`
          : 'The passage does not say enough about the subject to tell which recorded vote it means.';
      checked.push(unverifiable(f, null, why, name));
      continue;
    }
    const lacking = f.tally ? draftOfFigures(f, r, body) : sameSentenceTally && f.kind !== 'shift' && resolved.get(sameSentenceTally) === r ? draftOfFigures(sameSentenceTally, r, body) : undefined;
    if (lacking?.draft) {
      checked.push(judgeOnDraft(f, lacking.draft.draft, draftEvent(lacking.draft), name));
      continue;
    }
    if (lacking && f.tally) {
      checked.push(unverifiable(f, eventOf(body, null, GAP_REASONS[lacking.gap], `gap:article:${lacking.gap}`), `No ${body === 'sc' ? 'adopted Council resolution' : 'recorded vote'} has these figures, and the article reports ${GAP_REASONS[lacking.gap].split(':')[0]}: they are most likely that vote's.`, name));
      continue;
    }
    const evidence = { ws, resolved: r, event: eventOf(body, r, r.why), name, window: f.kind === 'shift' ? own : null };
    checked.push(f.kind === 'tally' ? judgeTally(f, evidence) : f.kind === 'shift' ? judgeShift(f, evidence) : judgeVotes(f, evidence));
  }
  // A tally printed over two sentences ("supported by 107 countries. Forty-nine states ... abstained"): found by its
  // figures together, told as each sentence's claim, each judged against the vote they found.
  const merged = new Map(found.filter((f) => f.parts).map((f) => [`${f.span.start}:${f.span.end}`, f]));
  for (let i = checked.length - 1; i >= 0 && merged.size > 0; i--) {
    const c = checked[i]!;
    const f = c.kind === 'tally' ? merged.get(`${c.span.start}:${c.span.end}`) : undefined;
    if (!f) continue;
    checked.splice(i, 1, ...f.parts!.map((p) => tallyPart(c, p)));
  }
  for (const c of checked) c.quote = article.text.slice(c.span.start, c.span.end);

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

/** One sentence's figures of a tally read over two: the same vote, its own verdict where the record tells it. */
function tallyPart(c: CheckedClaim, p: { span: { start: number; end: number }; tally: ClaimedTally }): CheckedClaim {
  const r = c.resolutions[0];
  const out = { ...c, span: p.span, says: tallyText(p.tally) };
  if (!r || c.draft || (c.verdict !== 'supported' && c.verdict !== 'contradicted')) return out;
  const fits = tallyFits(p.tally, r);
  return {
    ...out,
    verdict: fits ? 'supported' : 'contradicted',
    explanation: `${r.symbol} (${r.date}) was adopted with ${tallyText(r.totals)}${fits ? `; the article's ${tallyText(p.tally)} matches.` : `, not ${tallyText(p.tally)}.`}`,
  };
}

/** Reads plain text and checks it. */
export function checkText(text: string, deps: CheckDeps, date?: string): CheckReport {
  return checkArticle(readArticle(text, date), deps);
}

/**
 * Figures no adopted Council resolution can have: fewer than seven in favour, or fewer than nine where the
 * figures count more than the eleven members the Council had before 1966.
 *
 * @example tooFewToPass({ yes: 7, abstain: 8 }) // → true
 */
export function tooFewToPass(t: ClaimedTally): boolean {
  if (t.yes === undefined) return false;
  const total = t.yes + (t.no ?? 0) + (t.abstain ?? 0) + (t.nonVoting ?? 0);
  return t.yes < 7 || (t.yes < 9 && total > 11);
}
