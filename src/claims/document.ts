import winkNLP, { type ItemSentence, type ItemToken, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The document every stage of the article check reads: the text once, cut
 * into sentences and tokens by wink-nlp (its English light model: tokens,
 * sentence boundaries, parts of speech), each with its character offsets in
 * the text, so every finding points back to the words it rests on. See
 * docs/METHODS.md ("The article check") for why wink-nlp and not compromise.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink's model (NOUN, PROPN, VERB, NUM, ADP, ...). */
  pos: string;
}

export interface Sentence {
  /** Index of the sentence in the article. */
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/** A stretch of the article's text: offsets into it, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

let nlp: WinkMethods | undefined;
// Loading the model takes about 50 ms: once per process, on first use.
const engine = () => (nlp ??= winkNLP(model, ['sbd', 'pos']));

const ABBREVIATION_END = /(?:[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Amb|Lt|Col)\.$/;
const UN_BODY_NEXT = /^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Main|Special|Disarmament) (?:Political )?Committee|Committee|Disarmament|Trusteeship|Economic and Social|Conference|Commission|Charter|Secretariat|Mission|Envoy|Permanent|Deputy|Special)\b/;
const MONTH_END = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$/i;
// Lines are paragraphs, headlines or list items in pasted news; a bullet starts a new one.
const LINE = /[^\n]+/g;
const BULLET = /^\s*[•·*▪–-]\s+/;

/**
 * The sentences of `text`, with their tokens and offsets.
 *
 * @example sentences('Pakistan abstained. India did too.').map((s) => s.text) // → ['Pakistan abstained.', 'India did too.']
 */
export function sentences(text: string): Sentence[] {
  const { readDoc, its } = engine();
  const out: Sentence[] = [];
  for (const line of text.matchAll(LINE)) {
    const lead = BULLET.exec(line[0])?.[0].length ?? 0;
    const body = line[0].slice(lead);
    if (body.trim() === '') continue;
    const base = line.index + lead;
    const doc = readDoc(body);
    const tokens: Token[] = [];
    let at = 0;
    doc.tokens().each((t: ItemToken) => {
      at += (t.out(its.precedingSpaces) as string).length;
      const value = t.out(its.value) as string;
      tokens.push({ start: base + at, end: base + at + value.length, text: value, pos: t.out(its.pos) as string });
      at += value.length;
    });
    let prev: Sentence | undefined;
    doc.sentences().each((s: ItemSentence) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      const toks = tokens.slice(first, last + 1);
      if (toks.length === 0) return;
      const start = toks[0]!.start;
      const end = toks.at(-1)!.end;
      // "a pro-U.S. president": an abbreviation's full stop before a lower-case word ends no sentence.
      const next = text.slice(start, end);
      const joins =
        (ABBREVIATION_END.test(prev?.text ?? '') && /^[a-z]/.test(next)) ||
        (/\b[A-Z]\.$/.test(prev?.text ?? '') && /^(?:[A-Z]\.)+\s+[a-z]/.test(next)) ||
        // "AUG. 9: ...", "Feb. 24": a month's abbreviation before its day.
        (MONTH_END.test(prev?.text ?? '') && /^\d/.test(next)) ||
        // "at the U.N. First Committee": the body the abbreviation qualifies.
        (/\bU\.[NSK]\.$/.test(prev?.text ?? '') && UN_BODY_NEXT.test(next));
      if (prev && joins) {
        prev.end = end;
        prev.text = text.slice(prev.start, end);
        prev.tokens.push(...toks);
        return;
      }
      prev = { index: out.length, start, end, text: text.slice(start, end), tokens: toks };
      out.push(prev);
    });
  }
  return out.flatMap(split).map((x, index) => ({ ...x, index }));
}

// No sentence of news is this long: a run of text with no full stop (a pasted table, hostile input)
// is cut at a space near every MAX characters, which keeps the reading of each claim bounded. A list
// of all 193 members, in favour, runs to about 2,500.
const MAX = 4000;
function split(s: Sentence): Sentence[] {
  if (s.text.length <= MAX) return [s];
  const out: Sentence[] = [];
  let from = 0;
  while (from < s.text.length) {
    let to = Math.min(s.text.length, from + MAX);
    if (to < s.text.length) {
      const space = s.text.lastIndexOf(' ', to);
      if (space > from + MAX / 2) to = space;
    }
    const start = s.start + from;
    const end = s.start + to;
    out.push({ index: 0, start, end, text: s.text.slice(from, to), tokens: s.tokens.filter((t) => t.start >= start && t.end <= end) });
    from = to;
  }
  return out;
}
