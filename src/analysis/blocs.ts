import { agnes } from 'ml-hclust';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { measures } from './measures.js';
import type { RowSet } from './rowSet.js';
import { type VoteBits, table, votesOf } from './voteBits.js';

export interface Bloc {
  id: number;
  /** The three most central members, by mean agreement within the bloc. */
  name: string;
  central: string[];
  members: string[];
}

export interface Blocs {
  method: string;
  k: number;
  blocs: Bloc[];
  /** Classical MDS of the agreement distances, two axes. */
  layout: { code: string; x: number; y: number; bloc: number }[];
}

/**
 * Blocs of states by their voting: average-linkage (UPGMA) hierarchical
 * clustering of the distances 1 − Voeten agreement among the states that
 * cast at least half the votes of the period, cut into `k` groups; and a
 * two-dimensional layout by classical (Torgerson) MDS of the same distances.
 * Deterministic: no random start anywhere.
 *
 * @example blocs(bits, rowsOf2023, 5).blocs[0].name // → 'USA, GBR, FRA'
 */
export function blocs(vb: VoteBits, rows: RowSet, k = 5): Blocs {
  const codes = vb.matrix.codes;
  const members: number[] = [];
  for (let c = 0; c < codes.length; c++) {
    const [y, a, n] = votesOf(vb, c, rows);
    if (2 * (y + a + n) >= rows.size && rows.size > 0) members.push(c);
  }
  const m = members.length;
  const t = new Uint32Array(16);
  const dist = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const agree = measures(table(vb, members[i] as number, members[j] as number, rows, t)).agree;
      const d = agree === null ? 1 : 1 - agree;
      dist[i]![j] = d;
      dist[j]![i] = d;
    }
  }
  const method = 'UPGMA (average linkage) on 1 − Voeten agreement; layout: classical MDS';
  if (m < 2) return { method, k: 0, blocs: [], layout: [] };
  const groups = agnes(dist, { method: 'average', isDistanceMatrix: true })
    .group(Math.min(k, m))
    .children.map((g) => g.indices().sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || (a[0] as number) - (b[0] as number));
  const blocOf = new Array<number>(m);
  const list: Bloc[] = groups.map((g, id) => {
    for (const i of g) blocOf[i] = id;
    const centrality = g.map((i) => ({
      i,
      mean: g.length === 1 ? 1 : g.reduce((s, j) => s + (j === i ? 0 : 1 - (dist[i]![j] as number)), 0) / (g.length - 1),
    }));
    centrality.sort((a, b) => b.mean - a.mean || a.i - b.i);
    const central = centrality.slice(0, 3).map((x) => codes[members[x.i] as number] as string);
    return { id, name: central.join(', '), central, members: g.map((i) => codes[members[i] as number] as string) };
  });
  const xy = classicalMds(dist);
  return {
    method,
    k: list.length,
    blocs: list,
    layout: members.map((c, i) => ({ code: codes[c] as string, x: xy[i]![0] as number, y: xy[i]![1] as number, bloc: blocOf[i] as number })),
  };
}

/**
 * Classical MDS (Torgerson 1952; Gower 1966): the top two eigenvectors of
 * the double-centred matrix of squared distances, scaled by the roots of
 * their eigenvalues. Each axis is turned so its largest coordinate is positive.
 */
export function classicalMds(dist: number[][]): [number, number][] {
  const n = dist.length;
  const d2 = new Matrix(dist.map((row) => row.map((d) => d * d)));
  const rowMeans = d2.mean('row');
  const total = d2.mean();
  const b = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      b.set(i, j, -0.5 * (d2.get(i, j) - (rowMeans[i] as number) - (rowMeans[j] as number) + total));
    }
  }
  const eig = new EigenvalueDecomposition(b, { assumeSymmetric: true });
  const values = eig.realEigenvalues;
  const order = values.map((v, i) => [v, i] as const).sort((p, q) => q[0] - p[0]);
  const axes = order.slice(0, 2).map(([v, i]) => {
    const col = eig.eigenvectorMatrix.getColumn(i).map((x) => x * Math.sqrt(Math.max(v, 0)));
    const big = col.reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
    return big < 0 ? col.map((x) => -x) : col;
  });
  return Array.from({ length: n }, (_, i) => [round(axes[0]?.[i] ?? 0), round(axes[1]?.[i] ?? 0)]);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4 + 0;
