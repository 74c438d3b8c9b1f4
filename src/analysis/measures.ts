/**
 * Agreement measures between two states, each computed from the 4 x 4
 * contingency table of their votes (rows: the first state's vote, columns:
 * the second's; order Y, A, N, X). Formulas and sources: docs/METHODS.md.
 * A measure whose base is empty is `null`, never NaN.
 */

/** The counts behind every measure. */
export interface AgreementCounts {
  /** Base of `coincidence`: votes where the first state voted (Y, A or N) and both were members. */
  n: number;
  /** Both cast the same vote (Y-Y, A-A, N-N). */
  same: number;
  /** One yes, one no. */
  opposite: number;
  /** One abstained, the other voted yes or no. */
  partial: number;
  /** The first voted; the second did not (X). */
  absent: number;
  /** Base of `agree`, `s`, `kappa`, `pi`: both voted Y, A or N. */
  nVoted: number;
  /** Base of `votesOnly`: both voted yes or no. */
  nYesNo: number;
}

export interface AgreementScores {
  /** US State Department coincidence: (same + ½ partial + ½ absent) / n. */
  coincidence: number | null;
  /** The State Department's older figure: same / (same + opposite), yes and no votes only. */
  votesOnly: number | null;
  /** Voeten's agreement: mean of 1 − |vi − vj| / 2, yes = 1, abstain = 2, no = 3. */
  agree: number | null;
  /** Signorino and Ritter's S with the linear metric: 1 − mean |vi − vj| (range −1 to 1). */
  s: number | null;
  /** Cohen's kappa, weighted (Häge 2011). */
  kappa: number | null;
  /** Scott's pi, weighted (Häge 2011). */
  pi: number | null;
}

export type Agreement = AgreementCounts & AgreementScores;

export type Weighting = 'linear' | 'quadratic';

export const METRICS = ['coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'] as const;
export type Metric = (typeof METRICS)[number];

const Y = 0;
const A = 1;
const N = 2;
const X = 3;
const at = (t: ArrayLike<number>, a: number, b: number) => t[a * 4 + b] as number;

/** Agreement weight of two ordinal votes (0, 1, 2): 1 when equal, 0 for yes against no. */
function weight(i: number, j: number, w: Weighting): number {
  const d = Math.abs(i - j) / 2;
  return w === 'linear' ? 1 - d : 1 - d * d;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/**
 * All measures from one contingency table.
 *
 * @example
 *   // two states that voted yes together 3 times and split yes/no once
 *   measures(Uint32Array.of(3,0,1,0, 0,0,0,0, 0,0,0,0, 0,0,0,0)).votesOnly // → 0.75
 */
export function measures(t: ArrayLike<number>, weighting: Weighting = 'linear'): Agreement {
  const same = at(t, Y, Y) + at(t, A, A) + at(t, N, N);
  const opposite = at(t, Y, N) + at(t, N, Y);
  const partial = at(t, Y, A) + at(t, A, Y) + at(t, N, A) + at(t, A, N);
  const absent = at(t, Y, X) + at(t, A, X) + at(t, N, X);
  const n = same + opposite + partial + absent;
  const nVoted = same + opposite + partial;
  const nYesNo = at(t, Y, Y) + at(t, N, N) + opposite;

  // Observed and chance agreement over the votes both cast.
  let observed = 0;
  let dist = 0;
  const pa = [0, 0, 0];
  const pb = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const c = at(t, i, j);
      observed += c * weight(i, j, weighting);
      dist += c * Math.abs(i - j);
      pa[i] = (pa[i] as number) + c;
      pb[j] = (pb[j] as number) + c;
    }
  }
  let kappa: number | null = null;
  let pi: number | null = null;
  if (nVoted > 0) {
    const po = observed / nVoted;
    let ek = 0;
    let ep = 0;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const w = weight(i, j, weighting);
        ek += ((pa[i] as number) / nVoted) * ((pb[j] as number) / nVoted) * w;
        const mi = ((pa[i] as number) + (pb[i] as number)) / (2 * nVoted);
        const mj = ((pa[j] as number) + (pb[j] as number)) / (2 * nVoted);
        ep += mi * mj * w;
      }
    }
    // With no variation to chance-correct (both always voted the same way), these are undefined.
    kappa = ek < 1 ? (po - ek) / (1 - ek) : null;
    pi = ep < 1 ? (po - ep) / (1 - ep) : null;
  }
  const meanDist = nVoted === 0 ? null : dist / nVoted;
  return {
    n,
    same,
    opposite,
    partial,
    absent,
    nVoted,
    nYesNo,
    coincidence: ratio(same + 0.5 * partial + 0.5 * absent, n),
    votesOnly: ratio(at(t, Y, Y) + at(t, N, N), nYesNo),
    agree: meanDist === null ? null : 1 - meanDist / 2,
    s: meanDist === null ? null : 1 - meanDist,
    kappa,
    pi,
  };
}

/** One measure's value and the n it rests on. */
export function score(a: Agreement, metric: Metric): { value: number | null; n: number } {
  const n = metric === 'coincidence' ? a.n : metric === 'votesOnly' ? a.nYesNo : a.nVoted;
  return { value: a[metric], n };
}
