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
