import type { IdealData } from './data.js';
import { logUpper, mass, mills, pdf } from './normal.js';

export interface FitOptions {
  /** Standard deviation of a state's yearly step (ω), on the standardised scale. */
  evolutionSd: number;
  /** Prior standard deviation of a state's first position. */
  initialSd: number;
  maxIterations: number;
  /** Stop when an iteration raises the log-likelihood by less than this share of it. */
  tolerance: number;
  /** Starting position of every unit. */
  start: Float64Array;
  /** A state whose positions are made positive on average (the USA). */
  polarity: number;
  /** Prior standard deviation of item intercepts and slopes. */
  itemPriorSd: number;
}

export interface FitResult {
  /** Posterior mean and variance of every unit's position. */
  x: Float64Array;
  v: Float64Array;
  alpha: Float64Array;
  beta: Float64Array;
  tau: Float64Array;
  /** EM steps taken (each SQUAREM cycle takes three or four). */
  iterations: number;
  /** Observed-data log-likelihood after each plain step, then each SQUAREM cycle. */
  logLik: number[];
  converged: boolean;
}

const TAU_MIN = 0.05;
const TAU_MAX = 10;

/**
 * Fits the dynamic ordinal probit model by variational EM (after Imai, Lo
 * and Olmsted 2016, extended to ordered categories with an item cutpoint):
 *
 *   y*ᵢⱼ = αₖ + βₖ xᵤ + εᵢⱼ,  ε ~ N(0, 1),  k the item of vote j, u the state-year;
 *   yes if y* < 0, abstain if 0 ≤ y* < τₖ, no if y* ≥ τₖ;
 *   xₛ,ₜ = xₛ,ₜ₋₁ + ηₜ,  η ~ N(0, ω²);  xₛ,first ~ N(0, σ₀²).
 *
 * E-step: the mean of each y* given its category (a truncated normal).
 * M-step: αₖ, βₖ by least squares on those means with E[x²] = x̂² + Var x;
 * τₖ by a Newton step on the observed likelihood (ECM); positions by a
 * Kalman filter and Rauch–Tung–Striebel smoother along each state's years.
 * After each iteration the positions are standardised (mean 0, sd 1 over
 * state-years with votes) and oriented, with the items re-expressed so the
 * model is unchanged. Deterministic: no random numbers anywhere.
 */
/** Everything an EM step updates. */
interface State {
  x: Float64Array;
  v: Float64Array;
  alpha: Float64Array;
  beta: Float64Array;
  tau: Float64Array;
}

function copy(s: State): State {
  return { x: s.x.slice(), v: s.v.slice(), alpha: s.alpha.slice(), beta: s.beta.slice(), tau: s.tau.slice() };
}

/** One EM step at a time, with its scratch space allocated once. */
function stepper(d: IdealData, o: FitOptions) {
  const U = d.unitState.length;
  const K = d.items;
  const O = d.obsUnit.length;
  const m = new Float64Array(O);
  const omega2 = o.evolutionSd * o.evolutionSd;
  const itemPrior = 1 / (o.itemPriorSd * o.itemPriorSd);
  const sN = new Float64Array(K), sX = new Float64Array(K), sXX = new Float64Array(K);
  const sM = new Float64Array(K), sMX = new Float64Array(K), gT = new Float64Array(K), hT = new Float64Array(K);
  const P = new Float64Array(U), H = new Float64Array(U);
  const fm = new Float64Array(U), fv = new Float64Array(U);
  /** Updates `s` in place; returns the log-likelihood at the state it was given. */
  return (s: State): number => {
    const { x, v, alpha, beta, tau } = s;
      // E-step: each latent utility's mean given its category; with it the
      // sums the item M-step needs, and the cutpoints' Newton terms (taken at
      // this step's parameters: a generalised EM step).
      sN.fill(0); sX.fill(0); sXX.fill(0); sM.fill(0); sMX.fill(0); gT.fill(0); hT.fill(0);
      let ll = 0;
      for (let j = 0; j < O; j++) {
        const u = d.obsUnit[j] as number;
        const k = d.obsItem[j] as number;
        const c = d.obsCat[j] as number;
        const xu = x[u] as number;
        const mu = (alpha[k] as number) + (beta[k] as number) * xu;
        let mean: number;
        if (c === 0) {
          // y* < 0: P = Q(μ), E[y*] = μ − λ(μ)
          mean = mu - mills(mu);
          ll += logUpper(mu);
        } else {
          const b = (tau[k] as number) - mu;
          if (c === 2) {
            // y* ≥ τ: P = Q(τ − μ), E[y*] = μ + λ(τ − μ)
            const lam = mills(b);
            mean = mu + lam;
            ll += logUpper(b);
            gT[k]! -= lam;
            hT[k]! += b * lam - lam * lam;
          } else {
            // 0 ≤ y* < τ
            const p = mass(-mu, b);
            const fb = pdf(b);
            if (p > 1e-300) {
              mean = mu + (pdf(mu) - fb) / p;
              gT[k]! += fb / p;
              hT[k]! += (-b * fb * p - fb * fb) / (p * p);
            } else {
              mean = mu < 0 ? 0 : (tau[k] as number);
            }
            ll += Math.log(p > 1e-300 ? p : 1e-300);
          }
        }
        m[j] = mean;
        sN[k]! += 1;
        sX[k]! += xu;
        sXX[k]! += xu * xu + (v[u] as number);
        sM[k]! += mean;
        sMX[k]! += mean * xu;
      }
      // M-step: intercepts and slopes (2 x 2 ridge normal equations), cutpoints (one Newton step).
      for (let k = 0; k < K; k++) {
        const a11 = (sN[k] as number) + itemPrior, a12 = sX[k] as number, a22 = (sXX[k] as number) + itemPrior;
        const det = a11 * a22 - a12 * a12;
        alpha[k] = ((sM[k] as number) * a22 - a12 * (sMX[k] as number)) / det;
        beta[k] = (a11 * (sMX[k] as number) - a12 * (sM[k] as number)) / det;
        const h = hT[k] as number;
        if (h < 0) tau[k] = Math.min(TAU_MAX, Math.max(TAU_MIN, (tau[k] as number) - (gT[k] as number) / h));
      }
      // The positions' data terms: precision Σβ² and information Σβ(m − α) per state-year.
      P.fill(0); H.fill(0);
      for (let j = 0; j < O; j++) {
        const u = d.obsUnit[j] as number;
        const k = d.obsItem[j] as number;
        const b = beta[k] as number;
        P[u]! += b * b;
        H[u]! += b * ((m[j] as number) - (alpha[k] as number));
      }
      // Positions: Kalman filter and RTS smoother along each state's years.
      for (let s = 0; s < d.stateFirst.length; s++) {
        const first = d.stateFirst[s] as number;
        const n = d.stateUnits[s] as number;
        for (let t = 0; t < n; t++) {
          const u = first + t;
          const mp = t === 0 ? 0 : (fm[u - 1] as number);
          const vp = t === 0 ? o.initialSd * o.initialSd : (fv[u - 1] as number) + omega2;
          const vu = 1 / (1 / vp + (P[u] as number));
          fv[u] = vu;
          fm[u] = vu * (mp / vp + (H[u] as number));
        }
        for (let t = n - 1; t >= 0; t--) {
          const u = first + t;
          let mu = fm[u] as number;
          let vu = fv[u] as number;
          if (t < n - 1) {
            const vp = vu + omega2;
            const J = vu / vp;
            mu += J * ((x[u + 1] as number) - mu);
            vu += J * J * ((v[u + 1] as number) - vp);
          }
          x[u] = mu;
          v[u] = vu;
        }
      }
      standardise(d, o.polarity, x, v, alpha, beta);
      return ll;
  };
}

/** Parameters that SQUAREM extrapolates (the variances follow from them). */
const MOVING = ['x', 'alpha', 'beta', 'tau'] as const;

export function fitDynamicOrdinal(d: IdealData, o: FitOptions): FitResult {
  const U = d.unitState.length;
  const K = d.items;
  const step = stepper(d, o);
  let s0: State = {
    x: Float64Array.from(o.start),
    v: new Float64Array(U).fill(o.initialSd * o.initialSd),
    alpha: new Float64Array(K),
    beta: new Float64Array(K),
    tau: new Float64Array(K).fill(1),
  };
  const logLik: number[] = [];
  let steps = 0;
  let converged = false;
  const done = (ll: number) => {
    const prev = logLik[logLik.length - 1];
    logLik.push(ll);
    return prev !== undefined && Math.abs(ll - prev) < o.tolerance * Math.abs(ll);
  };
  // A few plain EM steps first: the start has no item parameters yet.
  for (; steps < Math.min(5, o.maxIterations); steps++) done(step(s0));
  // SQUAREM (Varadhan and Roland 2008, scheme S3): two EM steps give a
  // direction and a step length; the extrapolated point is accepted only if
  // it does not lower the likelihood, else the plain second step stands.
  while (steps + 3 <= o.maxIterations) {
    const s1 = copy(s0);
    step(s1);
    const s2 = copy(s1);
    const ll1 = step(s2);
    let rr = 0;
    let vv = 0;
    for (const key of MOVING) {
      const a = s0[key], b = s1[key], c = s2[key];
      for (let i = 0; i < a.length; i++) {
        const r = (b[i] as number) - (a[i] as number);
        const w = (c[i] as number) - 2 * (b[i] as number) + (a[i] as number);
        rr += r * r;
        vv += w * w;
      }
    }
    const alpha = vv === 0 ? -1 : Math.min(-1, -Math.sqrt(rr / vv));
    const sx = copy(s2);
    for (const key of MOVING) {
      const a = s0[key], b = s1[key], c = s2[key], out = sx[key];
      for (let i = 0; i < a.length; i++) {
        const r = (b[i] as number) - (a[i] as number);
        const w = (c[i] as number) - 2 * (b[i] as number) + (a[i] as number);
        out[i] = (a[i] as number) - 2 * alpha * r + alpha * alpha * w;
      }
    }
    for (let k = 0; k < K; k++) sx.tau[k] = Math.min(TAU_MAX, Math.max(TAU_MIN, sx.tau[k] as number));
    const llx = step(sx);
    steps += 3;
    let next = sx;
    let ll = llx;
    if (!(llx >= ll1)) {
      next = s2;
      ll = step(next);
      steps++;
    }
    s0 = next;
    if (done(ll)) {
      converged = true;
      break;
    }
  }
  return { ...s0, iterations: steps, logLik, converged };
}

/**
 * Rescales positions to mean 0 and sd 1 over state-years with votes, turns
 * the scale so the polarity state is positive, and re-expresses the items
 * so that every αₖ + βₖ xᵤ is unchanged.
 */
function standardise(d: IdealData, polarity: number, x: Float64Array, v: Float64Array, alpha: Float64Array, beta: Float64Array): void {
  let n = 0, sum = 0, sq = 0;
  for (let u = 0; u < x.length; u++) {
    if ((d.unitVotes[u] as number) === 0) continue;
    n++;
    sum += x[u] as number;
    sq += (x[u] as number) * (x[u] as number);
  }
  const mean = sum / n;
  const sd = Math.sqrt(Math.max(sq / n - mean * mean, 1e-12));
  let pol = 0;
  const first = d.stateFirst[polarity] as number;
  for (let t = 0; t < (d.stateUnits[polarity] as number); t++) pol += (x[first + t] as number) - mean;
  const sign = pol < 0 ? -1 : 1;
  const scale = sign / sd;
  for (let u = 0; u < x.length; u++) {
    x[u] = ((x[u] as number) - mean) * scale;
    v[u] = (v[u] as number) / (sd * sd);
  }
  // x = mean + x' / scale, so α + βx = (α + β mean) + (β / scale) x'.
  for (let k = 0; k < alpha.length; k++) {
    alpha[k] = (alpha[k] as number) + (beta[k] as number) * mean;
    beta[k] = (beta[k] as number) / scale;
  }
}
