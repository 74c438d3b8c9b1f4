import type { CheckedClaim } from './check.js';
import type { ClaimKind } from './read.js';

/** A labelled sentence of the evaluation corpus (test/claims/corpus.json). */
export interface LabelledSentence {
  id: number;
  date: string;
  text: string;
  claims: { kind: ClaimKind; verdict: string }[];
}

export interface CorpusScore {
  expected: number;
  found: number;
  matched: number;
  correct: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Claims labelled false (contradicted or partly) that the check called supported. */
  falseSupported: number;
  mistakes: { id: number; text: string; problem: string }[];
}

/**
 * Scores the check on labelled sentences: a found claim matches a labelled
 * one of the same kind in the same sentence; precision and recall count
 * those matches, accuracy counts matched claims with the labelled verdict.
 */
export function scoreCorpus(items: LabelledSentence[], check: (text: string, date: string) => CheckedClaim[]): CorpusScore {
  let expected = 0, found = 0, matched = 0, correct = 0, falseSupported = 0;
  const mistakes: CorpusScore['mistakes'] = [];
  for (const item of items) {
    const got = check(item.text, item.date);
    expected += item.claims.length;
    found += got.length;
    const left = [...got];
    for (const want of item.claims) {
      const i = left.findIndex((g) => g.kind === want.kind);
      if (i === -1) {
        mistakes.push({ id: item.id, text: item.text, problem: `missed ${want.kind}` });
        continue;
      }
      const [g] = left.splice(i, 1);
      matched++;
      if (g!.verdict === want.verdict) correct++;
      else mistakes.push({ id: item.id, text: item.text, problem: `${want.kind}: ${g!.verdict}, labelled ${want.verdict}` });
      if (g!.verdict === 'supported' && (want.verdict === 'contradicted' || want.verdict === 'partly')) falseSupported++;
    }
    for (const g of left) mistakes.push({ id: item.id, text: item.text, problem: `extra ${g.kind} (${g.verdict})` });
  }
  return {
    expected, found, matched, correct, falseSupported, mistakes,
    precision: found === 0 ? 1 : matched / found,
    recall: expected === 0 ? 1 : matched / expected,
    accuracy: matched === 0 ? 1 : correct / matched,
  };
}

/** A labelled claim of the real-news corpus (test/claims/news/labels.json). */
export interface LabelledClaim {
  kind: ClaimKind;
  /** Offsets of the quote the claim rests on, in the text checked. */
  start: number;
  end: number;
  resolution: string | null;
  verdict: string;
  /** A shift's state, where several shifts rest on one quote. */
  country?: string;
}

export interface NewsScore {
  reports: number;
  labelled: number;
  found: number;
  /** Found claims that meet a labelled one (same kind, overlapping words). */
  matched: number;
  precision: number;
  recall: number;
  /** Labelled claims with the right verdict on the right resolution, of all labelled claims. */
  correct: number;
  accuracy: number;
  /** Of the labelled claims found, those matched to the labelled resolution. */
  rightResolution: number;
  /** Claims called supported that are labelled otherwise. */
  falseSupported: number;
  /** Claims called supported that no label holds (a claim the reader did not mark, or none at all). */
  supportedUnlabelled: number;
  /** Claims found in reports that report no recorded vote. */
  inNoVoteReports: number;
  noVoteReports: number;
  mistakes: { id: string; quote: string; problem: string }[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Scores the check on real news, the three stages apart (after Full Fact's
 * and ClaimBuster's designs): detection (a found claim meets a labelled one
 * of the same kind whose words it overlaps), the match (the resolution it was
 * matched to is the labelled one; null for votes the record lacks) and the
 * verdict. A claim counts as right only with the right verdict on the right
 * resolution.
 */
export function scoreNews(reports: { id: string; text: string; claims: LabelledClaim[] }[], check: (text: string) => CheckedClaim[]): NewsScore {
  const s: NewsScore = { reports: reports.length, labelled: 0, found: 0, matched: 0, precision: 0, recall: 0, correct: 0, accuracy: 0, rightResolution: 0, falseSupported: 0, supportedUnlabelled: 0, inNoVoteReports: 0, noVoteReports: 0, mistakes: [] };
  for (const r of reports) {
    const got = check(r.text);
    s.labelled += r.claims.length;
    s.found += got.length;
    if (r.claims.length === 0) {
      s.noVoteReports++;
      s.inNoVoteReports += got.filter((g) => g.kind !== 'alignment').length;
    }
    const left = [...got];
    for (const want of r.claims) {
      const quote = r.text.slice(want.start, want.end);
      // The found claim of this kind that overlaps the quote most; of shifts, the same state's first.
      let best = -1;
      let most = 0;
      left.forEach((g, i) => {
        const words = overlap(g.span, want);
        const o = words > 0 && want.country && g.countries[0]?.code === want.country ? words + 1e6 : words;
        if (g.kind === want.kind && o > most) [best, most] = [i, o];
      });
      if (best === -1) {
        s.mistakes.push({ id: r.id, quote, problem: `missed ${want.kind} (${want.verdict}${want.resolution ? ` on ${want.resolution}` : ''})` });
        continue;
      }
      const [g] = left.splice(best, 1);
      s.matched++;
      const symbol = g!.verdict === 'unverifiable' && want.resolution === null ? null : (g!.resolutions[0]?.symbol ?? g!.draft?.symbol ?? null);
      const rightRes = symbol === want.resolution || (want.resolution === null && g!.verdict === 'unverifiable');
      if (rightRes) s.rightResolution++;
      if (rightRes && g!.verdict === want.verdict) s.correct++;
      else s.mistakes.push({ id: r.id, quote, problem: `${want.kind}: ${g!.verdict} on ${symbol ?? 'no resolution'}, labelled ${want.verdict} on ${want.resolution ?? 'none (not in the record)'}` });
      if (g!.verdict === 'supported' && want.verdict !== 'supported') s.falseSupported++;
    }
    for (const g of left) {
      s.mistakes.push({ id: r.id, quote: g.quote, problem: `extra ${g.kind} (${g.verdict}${g.resolutions[0] ? ` on ${g.resolutions[0].symbol}` : ''})` });
      if (g.verdict === 'supported') s.supportedUnlabelled++;
    }
  }
  s.precision = s.found === 0 ? 1 : s.matched / s.found;
  s.recall = s.labelled === 0 ? 1 : s.matched / s.labelled;
  s.accuracy = s.labelled === 0 ? 1 : s.correct / s.labelled;
  return s;
}
