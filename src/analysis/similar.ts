import type { VoteMatrix } from '../matrix/voteMatrix.js';
import { type Threads, threadKey } from './threads.js';

// Words too common in UN titles to tell resolutions apart.
const STOP = new Set(
  ('a an and as at by for from in into its of on or the to with united nations general assembly resolution ' +
    'adopted international question report committee')
    .split(' '),
);

/**
 * The words of a title or sentence that count for similarity, cut to their
 * first six letters: a crude stemmer (truncation) that lets "suspension"
 * meet "suspending" and "Russian" meet "Russia".
 */
export function terms(text: string): string[] {
  return threadKey(text)
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w))
    .map((w) => w.slice(0, 6));
}

/** TF-IDF vectors of every resolution's title and subjects, with an inverted index. */
export interface TextIndex {
  /** Per row: term → weight, L2-normalised. */
  vectors: Map<string, number>[];
  /** Term → rows that contain it. */
  postings: Map<string, number[]>;
}

/**
 * Cosine similarity of a free text (a sentence and its context) with every
 * resolution that shares a word with it, by the index's weights.
 */
export function textScores(index: TextIndex, text: string): Map<number, number> {
  const tf = new Map<string, number>();
  for (const t of terms(text)) if (index.postings.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  const N = index.vectors.length;
  const q = new Map<string, number>();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = f * Math.log(N / (index.postings.get(t) as number[]).length);
    q.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  const scores = new Map<number, number>();
  if (norm === 0) return scores;
  for (const [t, w] of q) {
    for (const i of index.postings.get(t) as number[]) {
      scores.set(i, (scores.get(i) ?? 0) + (w / norm) * ((index.vectors[i] as Map<string, number>).get(t) as number));
    }
  }
  return scores;
}

/** Builds the TF-IDF index (Salton and Buckley 1988: tf × log(N / df), cosine-normalised). */
export function buildTextIndex(m: VoteMatrix): TextIndex {
  const docs = m.resolutions.map((r) => terms(`${r.title} ${r.subjects.replace(/--/g, ' ')}`));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const N = docs.length;
  const postings = new Map<string, number[]>();
  const vectors = docs.map((d, i) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    let norm = 0;
    const v = new Map<string, number>();
    for (const [t, f] of tf) {
      const w = f * Math.log(N / (df.get(t) as number));
      if (w <= 0) continue;
      v.set(t, w);
      norm += w * w;
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
    norm = Math.sqrt(norm);
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  return { vectors, postings };
}

/** A resolution ranked by likeness to another. */
export interface SimilarRow {
  row: number;
  /** Cosine similarity of title and subjects, 0 to 1. */
  score: number;
  sameThread: boolean;
  /** Of the same emergency special session (ES-11/4 for ES-11/6): one series, whatever the titles. */
  sameSession: boolean;
}

/**
 * Resolutions like row `r`: those of its thread first (newest first), then,
 * given the sessions, the other votes of its emergency special session
 * (newest first), then the rest by cosine similarity of their TF-IDF vectors.
 *
 * @example similar(index, threads, row, 10)[0] // → { row: …, score: 1, sameThread: true }
 */
export function similar(index: TextIndex, threads: Threads, r: number, limit = 20, sessions?: readonly (string | null)[]): SimilarRow[] {
  const target = index.vectors[r] as Map<string, number>;
  const scores = new Map<number, number>();
  for (const [t, w] of target) {
    for (const i of index.postings.get(t) ?? []) {
      if (i === r) continue;
      scores.set(i, (scores.get(i) ?? 0) + w * ((index.vectors[i] as Map<string, number>).get(t) as number));
    }
  }
  const thread = threads.threadOf[r];
  const rows: SimilarRow[] = [];
  for (const i of threads.rows[thread as number] ?? []) {
    if (i !== r) rows.push({ row: i, score: round(scores.get(i) ?? 0), sameThread: true, sameSession: false });
  }
  rows.sort((a, b) => b.row - a.row);
  // An emergency special session is one series though its titles change: its other votes come next, newest first.
  const session = sessions?.[r];
  const series = session?.startsWith('ES-')
    ? sessions!.flatMap((x, i) => (x === session && i !== r && threads.threadOf[i] !== thread ? [i] : [])).sort((a, b) => b - a)
    : [];
  const inSeries = new Set(series);
  const others = [...scores]
    .filter(([i]) => threads.threadOf[i] !== thread && !inSeries.has(i))
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .map(([i, s]) => ({ row: i, score: round(s), sameThread: false, sameSession: false }));
  const sessionRows = series.map((i) => ({ row: i, score: round(scores.get(i) ?? 0), sameThread: false, sameSession: true }));
  return [...rows, ...sessionRows, ...others].slice(0, limit);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
