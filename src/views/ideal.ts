import { IDEAL_DEFAULTS, type IdealFit, fitIdealPoints } from '../analysis/idealPoints.js';
import type { Workspace } from '../analysis/workspace.js';
import { type StoredFit, findIdealFit, saveIdealFit } from '../store/idealStore.js';
import type { Db } from '../store/store.js';

/** The stored ideal-point fit of the workspace's GA dataset with the default options, if one was made. */
export function storedIdealFit(db: Db, ws: Workspace): StoredFit | undefined {
  return findIdealFit(db, ws.matrix.dataset.sha256, JSON.stringify(IDEAL_DEFAULTS));
}

/**
 * Fits the ideal points of the workspace's GA votes (a few seconds) and
 * stores them with the dataset they came from, replacing earlier fits.
 *
 * @example fitAndStoreIdeal(db, ws, new Date()).stored.converged // → true
 */
export function fitAndStoreIdeal(db: Db, ws: Workspace, now: Date): { stored: StoredFit; fit: IdealFit; seconds: number } {
  const started = performance.now();
  const fit = fitIdealPoints(ws.matrix, ws.threads());
  const seconds = (performance.now() - started) / 1000;
  return { stored: saveIdealFit(db, ws.matrix.dataset, fit, seconds, now), fit, seconds };
}
