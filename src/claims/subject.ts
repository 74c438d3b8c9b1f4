import { type TextIndex, terms } from '../analysis/similar.js';

/** The words a passage gives for its vote's subject: its own, and the article's around it. */
export interface Subject {
  /** The clause and sentence of the claim. */
  local: string;
  /** The sentences just before it. */
  context: string;
  /** The headline and the article's passages on UN votes: the same for every claim of an article. */
  article?: string;
  /**
   * Coverage already computed, by text: an article's passages are scored once, not once per claim.
   * A memo belongs to one article (one `article` text), which its keys therefore leave out.
   */
  memo?: SubjectMemo;
}

/** Scores already computed for one article's passages, by text (see {@link Subject.memo}). */
export type SubjectMemo = Map<string, Scores>;

// Words of any report of a vote, in their six-letter stems: they say nothing of its subject
// ("32 countries abstained" is not about "least developed countries").
const GENERIC = new Set(
  ('countr states nation member voted votes voting abstai absten favour favor agains resolu measur draft decisi among adopte passed ' +
    'includ others other suppor backed oppose approv reject vetoed thursd friday monday tuesda wednes saturd sunday week year ' +
    'month day today yester said says callin called demand urged urging ambass envoy presid minist govern ' +
    // English function words (titles rarely hold them, so they would weigh as rare words)
    'when where which while that this these those there their they was were has have had been being but not also after ' +
    'before over under than then them its our your who whom what will would could should may might can did does done just ' +
    'only more most some such very about again all any both each few how own same too out off once here why becaus until ' +
    'betwee throug during above below down furthe accord follow amid despit within withou toward across around behind beyond')
    .split(' '),
);

const stems = new WeakMap<TextIndex, Map<string, string[]>>();
function longerStems(index: TextIndex): Map<string, string[]> {
  let m = stems.get(index);
  if (!m) {
    m = new Map();
    for (const t of index.postings.keys()) if (t.length === 6) m.set(t.slice(0, 5), [...(m.get(t.slice(0, 5)) ?? []), t]);
    stems.set(index, m);
  }
  return m;
}

// Sums by row in a typed array, rows kept in the order first met (the order a Map would give, which ties
// downstream depend on): a passage's common words meet thousands of titles, and a Map per posting was the
// check's dearest step.
class Sums {
  private readonly vals: Float64Array;
  private readonly seen: Uint8Array;
  private readonly order: number[] = [];
  constructor(n: number) {
    this.vals = new Float64Array(n);
    this.seen = new Uint8Array(n);
  }
  add(row: number, v: number): void {
    if (!this.seen[row]) {
      this.seen[row] = 1;
      this.order.push(row);
    }
    this.vals[row]! += v;
  }
  /** The sums read as a map, without building one: thousands of rows, asked of a few. */
  scores(): Scores {
    return new Scores(this.vals, this.seen, this.order);
  }
}

/** Each row's share of a passage's subject, by row, in the order the rows were first met. */
export class Scores implements ReadonlyMap<number, number> {
  constructor(
    private readonly vals: Float64Array,
    private readonly seen: Uint8Array,
    private readonly order: readonly number[],
  ) {}
  private top: number | undefined;
  get size(): number {
    return this.order.length;
  }
  /** The highest score (0 for none), found once: asked for every claim's candidates. */
  max(): number {
    if (this.top === undefined) {
      let t = 0;
      for (const r of this.order) if (this.vals[r]! > t) t = this.vals[r]!;
      this.top = t;
    }
    return this.top;
  }
  get(row: number): number | undefined {
    return this.seen[row] ? this.vals[row] : undefined;
  }
  has(row: number): boolean {
    return this.seen[row] === 1;
  }
  *entries(): MapIterator<[number, number]> {
    for (const r of this.order) yield [r, this.vals[r]!];
  }
  *keys(): MapIterator<number> {
    yield* this.order;
  }
  *values(): MapIterator<number> {
    for (const r of this.order) yield this.vals[r]!;
  }
  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
  forEach(f: (value: number, key: number, map: ReadonlyMap<number, number>) => void): void {
    for (const r of this.order) f(this.vals[r]!, r, this);
  }
  /** Adds these scores, times a weight, to running sums: a plain loop, not the iterator (thousands of rows per claim). */
  addTo(into: Sums, weight: number): void {
    const { order, vals } = this;
    for (let i = 0; i < order.length; i++) into.add(order[i]!, weight * vals[order[i]!]!);
  }
}

function coverage(index: TextIndex, text: string, into: Sums, weight: number, memo?: SubjectMemo): void {
  if (memo) {
    let done = memo.get(text);
    if (!done) {
      const own = new Sums(index.vectors.length);
      coverage(index, text, own, 1);
      done = own.scores();
      memo.set(text, done);
    }
    done.addTo(into, weight);
    return;
  }
  const N = index.vectors.length;
  // A five-letter word meets the six-letter stems it begins ("Libya" the "Libyan Arab Jamahiriya",
  // "Syria" the "Syrian Arab Republic"): the stems are cut at six letters, names are often five.
  const longer = longerStems(index);
  const words = [...new Set(terms(text).flatMap((t) => (t.length === 5 ? [t, ...(longer.get(t) ?? [])] : [t])))].filter((t) => index.postings.has(t) && !GENERIC.has(t));
  const idf = new Map(words.map((t) => [t, Math.log(N / index.postings.get(t)!.length)]));
  const total = [...idf.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return;
  for (const t of words) {
    const w = (weight * idf.get(t)!) / total;
    for (const row of index.postings.get(t)!) into.add(row, w);
  }
}

/**
 * How much of a passage's subject each resolution's title and subjects
 * cover: the share of the passage's words (weighted by rarity, idf) found in
 * the title, the claim's own words, the sentences before them and (where given) the article's words
 * weighing alike. Unlike the
 * cosine of {@link textScores}, a short title ("Aggression against Ukraine")
 * does not outrank a longer one that carries more of the passage's words
 * ("... lasting peace in Ukraine" for "the resolution on peace in Ukraine").
 *
 * @example subjectScores(index, { local: 'peace in Ukraine', context: 'peace in Ukraine' }).get(row) // → 1 when the title has both words
 */
export function subjectScores(index: TextIndex, s: Subject): ReadonlyMap<number, number> {
  // The same passage is scored for several candidate votes: once per check.
  // Not the article's text in the key: the same for the whole memo, and long (a string built per call).
  const key = `\u0000${s.local}\u0000${s.context}\u0000${s.article === undefined ? 0 : 1}`;
  const known = s.memo?.get(key);
  if (known) return known;
  const sums = new Sums(index.vectors.length);
  // Each part weighs alike: an article's headline and passages name the subject ("UN Security Council renews
  // Lebanon peacekeeping mission") that its sentences about the vote often leave out ("The Council voted 13-0 to
  // reauthorise the mission"). The claim's words weighed 2/3 until the ninth session; equal parts gained ten
  // development claims net.
  if (s.article === undefined) {
    coverage(index, s.local, sums, 1 / 2);
    coverage(index, s.context, sums, 1 / 2);
  } else {
    coverage(index, s.local, sums, 1 / 3);
    coverage(index, s.context, sums, 1 / 3, s.memo);
    coverage(index, s.article, sums, 1 / 3, s.memo);
  }
  const out = sums.scores();
  s.memo?.set(key, out);
  return out;
}

/** The highest score of a passage's subject scores (0 for none). */
export function topScore(m: ReadonlyMap<number, number>): number {
  if (m instanceof Scores) return m.max();
  let top = 0;
  for (const v of m.values()) if (v > top) top = v;
  return top;
}
