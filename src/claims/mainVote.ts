import type { Body } from '../vote.js';
import { firstReportedWindow } from './anchors.js';
import { type ArticleContext, LEAD_DATE } from './articleContext.js';
import { articleEvidence, refit } from './bestFit.js';
import type { Dating } from './dating.js';
import type { DateWindow } from './match.js';
import { bodyMention } from './mentions.js';
import { seriesOrdinal } from './ordinal.js';
import type { FoundClaim } from './read.js';
import { type Gap, committeeAhead, recordGap } from './recordGaps.js';
import { type ClaimedTally, type Resolved, resolveSubject, tallyFits, tallyText } from './resolve.js';
import { subjectScores } from './subject.js';

// "Last year, ... voted against": in an undated article, another vote than the one its claims together identify.
const RELATIVE_YEAR = /\b(?:last year|a year (?:ago|earlier|before)|the (?:previous|prior) year|the year before)\b/i;
// "up from 185 last year and 184 in 2021": figures of other years' votes, even where the article's date is unknown.
const OTHER_YEARS_FIGURE = /\b\d{1,3}\s+(?:(?:votes?|countries|nations|states)\s+)?(?:last year|the (?:previous|prior) year|the year before|a year (?:ago|earlier|before)|in (?:19|20)\d\d)\b/i;

/** The vote each body's claims are about, and the votes outside the record the article reports. */
export interface Choice extends Dating {
  /** Per body, the vote its claims are about unless their own words say otherwise. */
  main: Map<Body, Resolved | null>;
  /** Per body, the first claim of a vote the record lacks, where the article's first word on the body is one. */
  mainGap: Map<Body, FoundClaim>;
  /** The kinds of vote outside the record that the article reports, per body. */
  articleGaps: Map<Body, Gap>;
}

/**
 * Chooses the vote each body's claims are about: the first one strong figures identify, else the one
 * resolution the article names, else its figures pooled, a mandate's renewal, the vote of the day its
 * first dated report names, or the latest on its subject; then chosen again by what all its claims
 * say (bestFit.ts). Mutates `dating.resolved` and may date an undated article.
 *
 * @example chooseVotes(ctx, dateArticle(ctx)).main.get('ga')?.why // → 'its figures (141 in favour, 5 against, 35 abstentions) match this vote only'
 */
export function chooseVotes(ctx: ArticleContext, dating: Dating): Choice {
  const { article, found, sentences, wsFor, bodyOf, hints, mentioned, headlineTopic, ownWindow, backReference, articleBody, unContext } = ctx;
  const { strong, resolved, pooled, datedBy } = dating;
  const choice: Choice = { ...dating, main: new Map(), mainGap: new Map(), articleGaps: new Map() };
  const { main, mainGap, articleGaps } = choice;
  const ga = wsFor('ga');
  // Each sentence's dates read once for both bodies: chrono-node is the dear part.
  const sentenceDates = new Map<number, DateWindow | null>();
  const { after, era } = hints;
  for (const body of ['ga', 'sc'] as Body[]) {
    // ... else the first vote strong figures reached (a misprinted tally still names the vote it misprints).
    const first = strong.find((f) => bodyOf(f) === body && resolved.get(f)?.firm) ?? strong.find((f) => bodyOf(f) === body && resolved.get(f));
    const topic = headlineTopic(body);
    // ... else the one resolution it names by symbol, else the vote of the day or month the article's first dated report of a vote names ("The Assembly
    // adopted the resolution on 2 March 2022"), else the latest on its subject.
    const reported = firstReportedWindow(sentences, body, choice.dateUsed, sentenceDates);
    const byName: Resolved | null = mentioned.has(body) ? { row: mentioned.get(body)!, why: `the article names ${wsFor(body).matrix.resolutions[mentioned.get(body)!]!.symbol}`, firm: false } : null;
    // The resolution the article names beats figures pooled from its sentences, where its figures fit (all
    // but "unanimously", which may be another vote of the article's: S/RES/2713 and 2714 of 1 December 2023).
    const namedFits = byName && found.every((f) => !f.tally || f.gap || bodyOf(f) !== body || !Object.values(f.tally).some((v) => v > 0) || tallyFits(f.tally, wsFor(body).matrix.resolutions[byName.row]!));
    // Undated, the first report of a renewal names the mandate's new end ("extends the mission ... until March 17,
    // 2023"): the vote of the year before it, before a resolution the article names that its figures do not fit
    // (UNAMA's S/RES/2626 of 2022, not the S/RES/2596 "adopted on September 17" that it names).
    const firstVote = article.date ? undefined : found.find((f) => bodyOf(f) === body && !f.gap && (f.tally || f.votes));
    const mandate = firstVote ? hints.mandateOf(firstVote.sentence.index) : null;
    const renewal = mandate ? resolveSubject(wsFor(body), { window: mandate, date: null, topic }) : null;
    // ... and before figures or a symbol only a later sentence gives, of a vote outside that year ("On September 17,
    // the Security Council unanimously adopted Resolution 2596").
    const firstRow = first ? wsFor(body).matrix.resolutions[resolved.get(first)!.row]! : null;
    const laterOther = first && renewal && firstVote && firstVote.sentence.index < first.sentence.index && mandate && (firstRow!.date < mandate.from || firstRow!.date > mandate.to);
    // (Past its first term, `byName` is one the figures do not fit: the renewal comes before it.)
    const known = first && !laterOther ? resolved.get(first)! : laterOther ? renewal : ((namedFits ? byName : null) ?? pooled.get(body) ?? renewal ?? byName ?? (reported && resolveSubject(wsFor(body), { window: reported, date: choice.dateUsed, topic })));
    let latest = known ? null : resolveSubject(wsFor(body), { window: null, date: choice.dateUsed, topic, ...(!choice.dateUsed && after && { after }), ...(!choice.dateUsed && era && { era }) });
    // An article dated only by the other body's vote ("128 to nine" in the Assembly; "Ukraine supported the same
    // resolution in the Security Council"): its claims on this body are of those weeks, not of the subject's
    // last vote a year before (there, a vetoed draft, which the record lacks).
    if (latest && datedBy && datedBy.body !== body && Date.parse(wsFor(body).matrix.resolutions[latest.row]!.date) < Date.parse(datedBy.date) - 60 * 86_400_000) latest = null;
    main.set(body, known ?? latest);
  }

  // Figures no vote has, in an article whose vote is known and fits all but one of them ("141 out of 193 ...
  // voted for the resolution. India, ... and 29 others abstained" beside "141 in favour, 5 against, 35
  // abstentions"): that vote's, to be judged against it, not the latest on the subject. Asked again once
  // the article's claims together have chosen its vote (116-20-52 in a report of A/RES/69/188's 116-20-53).
  const nearlyMain = () => {
    for (const f of strong) {
      const r = resolved.get(f);
      const m = main.get(bodyOf(f));
      if (!f.tally || !m || (r && (r.firm || r.row === m.row)) || ownWindow(f, choice.dateUsed) || backReference(f)) continue;
      const rows = wsFor(bodyOf(f)).matrix.resolutions;
      const keys = Object.keys(f.tally) as (keyof ClaimedTally)[];
      const hits = keys.filter((k) => f.tally![k] === rows[m.row]!.totals[k]).length;
      if ((!r || !tallyFits(f.tally, rows[r.row]!)) && hits >= 1 && hits >= keys.length - 1) resolved.set(f, { ...m, why: `${m.why}; no vote has all of these figures (${tallyText(f.tally)}), and all but one fit it` });
    }
  };
  nearlyMain();

  // An article whose first word on a body's votes is a veto ("Russia vetoed a draft ...") reports that
  // vote: the body's claims without figures, dates or symbols of their own are about it.
  for (const f of found) if (f.gap && !articleGaps.has(bodyOf(f))) articleGaps.set(bodyOf(f), f.gap);
  // Each sentence's kind of vote outside the record, read once.
  const sentenceGaps = sentences.map((s) => recordGap(s.text));
  for (const s of sentences) {
    const g = sentenceGaps[s.index];
    const b = g === 'veto' ? 'sc' : bodyMention(s.text);
    if (g && b && !articleGaps.has(b)) articleGaps.set(b, g);
  }
  for (const body of ['ga', 'sc'] as Body[]) {
    const first = found.find((f) => f.kind !== 'alignment' && bodyOf(f) === body && (f.gap || resolved.get(f)?.firm));
    if (first?.gap) mainGap.set(body, first);
  }
  // "The resolution will now go to a full General Assembly vote in December": the vote the article reports
  // was a Main Committee's, whose figures and states' votes the record lacks; its first claim on the
  // Assembly with nothing that settles a recorded vote heads them.
  // ... and so does an article whose first word on a vote is a committee's ("A United Nations General Assembly
  // committee has approved a resolution ..."), with figures that settle no recorded vote firmly.
  const firstReport = sentences.find((s) => sentenceGaps[s.index] || found.some((f) => f.sentence.index === s.index && f.kind !== 'alignment'));
  const committeeFirst = !!firstReport && sentenceGaps[firstReport.index] === 'committee' && !found.some((f) => f.sentence.index === firstReport.index && f.kind !== 'alignment') && !found.some((f) => bodyOf(f) === 'ga' && resolved.get(f)?.firm);
  if (!mainGap.has('ga') && (committeeFirst || (!found.some((f) => bodyOf(f) === 'ga' && f.tally && resolved.get(f) && tallyFits(f.tally, ga.matrix.resolutions[resolved.get(f)!.row]!)) && sentences.some((s) => committeeAhead(s.text))))) {
    const head = found.find((f) => f.kind !== 'alignment' && bodyOf(f) === 'ga' && !ownWindow(f, choice.dateUsed));
    if (head) {
      head.gap = 'committee';
      mainGap.set('ga', head);
      articleGaps.set('ga', 'committee');
    }
  }
  // "for the 22nd time": the place in its series of the vote the article reports.
  const ordinal = seriesOrdinal(unContext);
  // The vote each body's claims are about, chosen again by what all the article's claims on it say: the vote on the subject most of its figures
  // and states' votes fit (bestFit.ts). Claims with dates or back-references of their own, and figures that
  // settled another vote, are of other votes.
  for (const body of ['ga', 'sc'] as Body[]) {
    const m = main.get(body) ?? null;
    // (An article about a vote on part of a text or an amendment reports the whole text's vote too.)
    const partial = mainGap.get(body)?.gap === 'paragraph' || mainGap.get(body)?.gap === 'amendment';
    if (mainGap.has(body) && !partial) continue;
    const mine = found.filter((f) => bodyOf(f) === body && !f.gap && (f.kind === 'tally' || f.kind === 'countryVote') && !ownWindow(f, choice.dateUsed) && !backReference(f) && !(f.tally && OTHER_YEARS_FIGURE.test(article.text.slice(f.span.start, f.clause.end))) && !(choice.dateUsed === null && LEAD_DATE.test(f.sentence.text) && RELATIVE_YEAR.test(f.sentence.text.slice(0, 40))) && !(resolved.get(f)?.firm && resolved.get(f)!.row !== m?.row));
    const evidence = articleEvidence(mine, article.text);
    if (evidence.tallies.length + evidence.votes.length < 2) continue;
    // (The Council's record is loaded only for an article with claims on it.)
    const ws = wsFor(body);
    const better = refit(ws, subjectScores(ws.text(), headlineTopic(body)), evidence, m?.row ?? null, article.date, ordinal);
    if (better) {
      main.set(body, { row: better.row, why: better.why, firm: false });
      // An article nothing else dated is dated by the vote all its claims identify: "last year" is the year before it.
      if (!choice.dateUsed && body === articleBody) {
        const r = ws.matrix.resolutions[better.row]!;
        choice.dateUsed = r.date;
        choice.dateWhy = `the article has no date; it is dated by the vote its claims together identify (${r.symbol}, ${r.date})`;
      }
    }
  }
  nearlyMain();
  return choice;
}
