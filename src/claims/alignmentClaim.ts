import type { CheckDeps } from './articleContext.js';
import { countryContext, describeContext } from './context.js';
import type { FoundClaim } from './read.js';
import type { CheckedClaim } from './report.js';
import { quoteOf } from './verdicts.js';

/**
 * A statement of alignment ("Pakistan's declining support for the US"): no
 * single vote, so no verdict, but the figures that bear on it for the state it
 * is about (its coincidence with the US, China and Russia that year).
 *
 * @example alignmentClaim(found, deps, '2023-05-01', name).verdict // → 'unverifiable'
 */
export function alignmentClaim(f: FoundClaim, deps: CheckDeps, dateUsed: string | null, name: (c: string) => string): CheckedClaim {
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

