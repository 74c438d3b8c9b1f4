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

/** Kappa and pi weights: 1 − d/2 (linear) or 1 − (d/2)² (quadratic), d the ordinal distance. */
export type Weighting = 'linear' | 'quadratic';

export const METRICS = ['coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'] as const;
export type Metric = (typeof METRICS)[number];

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Agreement weight of votes one step apart (yes-abstain, abstain-no); two steps apart weigh 0. */
const HALF: Record<Weighting, number> = { linear: 0.5, quadratic: 0.75 };

/**
 * All measures from one contingency table (scalar arithmetic only: this
 * runs for every pair of states in every year, close to a million times).
 *
 * @example
 *   // two states that voted yes together 3 times and split yes/no once
 *   measures(Uint32Array.of(3,0,1,0, 0,0,0,0, 0,0,0,0, 0,0,0,0)).votesOnly // → 0.75
 */
export function measures(t: ArrayLike<number>, weighting: Weighting = 'linear'): Agreement {
  // Rows: first state's vote Y, A, N (X unused); columns: second's Y, A, N, X.
  const yy = t[0] as number, ya = t[1] as number, yn = t[2] as number, yx = t[3] as number;
  const ay = t[4] as number, aa = t[5] as number, an = t[6] as number, ax = t[7] as number;
  const ny = t[8] as number, na = t[9] as number, nn = t[10] as number, nx = t[11] as number;
  const same = yy + aa + nn;
  const opposite = yn + ny;
  const partial = ya + ay + na + an;
  const absent = yx + ax + nx;
  const n = same + opposite + partial + absent;
  const nVoted = same + opposite + partial;
  const nYesNo = yy + nn + opposite;
  const coincidence = ratio(same + 0.5 * partial + 0.5 * absent, n);
  const votesOnly = ratio(yy + nn, nYesNo);
  let agree: number | null = null;
  let sScore: number | null = null;
  let kappa: number | null = null;
  let pi: number | null = null;
  if (nVoted > 0) {
    const meanDist = (partial + 2 * opposite) / nVoted;
    agree = 1 - meanDist / 2;
    sScore = 1 - meanDist;
    const h = HALF[weighting];
    const po = (same + h * partial) / nVoted;
    // Marginal shares of Y, A, N for each state over the votes both cast.
    const a0 = (yy + ya + yn) / nVoted, a1 = (ay + aa + an) / nVoted, a2 = (ny + na + nn) / nVoted;
    const b0 = (yy + ay + ny) / nVoted, b1 = (ya + aa + na) / nVoted, b2 = (yn + an + nn) / nVoted;
    // Chance agreement Σ p(i) q(j) w(i, j): w = 1 on the diagonal, h one step off, 0 two steps off.
    const ek = a0 * b0 + a1 * b1 + a2 * b2 + h * (a0 * b1 + a1 * b0 + a1 * b2 + a2 * b1);
    const m0 = (a0 + b0) / 2, m1 = (a1 + b1) / 2, m2 = (a2 + b2) / 2;
    const ep = m0 * m0 + m1 * m1 + m2 * m2 + 2 * h * (m0 * m1 + m1 * m2);
    // With nothing for chance to explain (both always voted the same way), these are undefined.
    if (ek < 1 - 1e-12) kappa = (po - ek) / (1 - ek);
    if (ep < 1 - 1e-12) pi = (po - ep) / (1 - ep);
  }
  return { n, same, opposite, partial, absent, nVoted, nYesNo, coincidence, votesOnly, agree, s: sScore, kappa, pi };
}

/** One measure's value and the n it rests on. */
export function score(a: Agreement, metric: Metric): { value: number | null; n: number } {
  const n = metric === 'coincidence' ? a.n : metric === 'votesOnly' ? a.nYesNo : a.nVoted;
  return { value: a[metric], n };
}
