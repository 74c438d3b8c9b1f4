import type { Span } from './document.js';
import { LABEL_CUES, VOTE_CUES } from './voteCues.js';

/** A clause of a sentence: where one subject and its vote usually sit. */
export interface Clause extends Span {
  /** Relative offsets within the sentence. */
  text: string;
  /** ", which had abstained in October,": a clause about the noun just before it. */
  relative: boolean;
  /** "After Russia vetoed ..., the Assembly voted": a leading clause that sets the scene. */
  leading: boolean;
}

// The cues without their g flag: test() on a /g rule would move its lastIndex.
const CUES = [...VOTE_CUES, ...LABEL_CUES].map((c) => new RegExp(c.re.source, 'i')).concat(/\b(?:as|so) did\b/i);
const hasCue = (s: string) => CUES.some((re) => re.test(s));

// Always a boundary: a semicolon; "while", "whereas" and "but" before a new subject.
const HARD = /;|,?\s+(?:while|whereas)\s+|,\s+(?:but|although|though|even though)\s+|\s+[–—]\s+(?=(?:and|while|but)\b)/g;
// A boundary only when a vote is cast on both sides: ", and Russia voted against" (not "Kyrgyzstan, Tajikistan, and Turkmenistan").
const SOFT = /,?\s+and\s+(?!so did\b)|,\s+(?=with\s+[^;.]{0,120}?\b(?:abstain\w*|voting|voted|casting|oppos\w*|against|in favou?r|dissent\w*|support\w*|back\w*)\b)|,\s+(?=as did\b|and so did\b)/g;
// ... and an appositive likening it to another vote (", similar to one Russia and China vetoed in the Council,").
const RELATIVE = /,\s+(?:which|who|having|similar to|like the one|like that|identical to)\s+[^,]{3,120}?,|,\s+having\s+[^,:;]{3,120}?(?=[.!?]?\s*$)/g;
const LEADING = /^(?:After|When|Before|Although|Though|Since|Days after|A day after|Hours after|Weeks after|Just after|Shortly after)\b[^,]{3,160},\s+/i;

/**
 * Cuts a sentence into clauses: at semicolons and "while"; at "and" only
 * where a vote is cast on both sides; relative clauses (", which ... ,") and
 * leading "After ..." clauses apart.
 *
 * @example clauses('Moldova voted in favour, while Kazakhstan abstained.').map((c) => c.text) // → ['Moldova voted in favour', 'Kazakhstan abstained.']
 */
export function clauses(text: string): Clause[] {
  const cuts: { at: number; len: number; soft: boolean }[] = [];
  for (const re of [HARD, SOFT]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) cuts.push({ at: m.index, len: m[0].length, soft: re === SOFT });
  }
  cuts.sort((a, b) => a.at - b.at);
  const pieces: Clause[] = [];
  let start = 0;
  const lead = LEADING.exec(text);
  if (lead) {
    pieces.push({ start: 0, end: lead[0].length - 2, text: text.slice(0, lead[0].length - 2), relative: false, leading: true });
    start = lead[0].length;
  }
  // No "and" cut inside brackets (a semicolon is one): "three abstained (Britain, Togo, and Zaire), and the US alone voted against it".
  // (Counted on as the cuts go forward, which they do in order: a sentence of 256 KB has thousands of cuts.)
  let depth = 0;
  let counted = 0;
  const open = (at: number) => {
    for (; counted < at; counted++) depth += text[counted] === '(' ? 1 : text[counted] === ')' && depth > 0 ? -1 : 0;
    return depth > 0;
  };
  for (let i = 0; i < cuts.length; i++) {
    const c = cuts[i]!;
    if (c.at < start || (c.soft && text.includes('(') && open(c.at))) continue;
    if (c.soft) {
      const next = cuts.find((x, j) => j > i && !x.soft)?.at ?? text.length;
      // ", with the United States abstaining" needs a vote on its own side only.
      const withClause = /^,\s+$/.test(text.slice(c.at, c.at + c.len)) && /^with\b/i.test(text.slice(c.at + c.len));
      if ((!withClause && !hasCue(text.slice(start, c.at))) || !hasCue(text.slice(c.at + c.len, next))) continue;
    }
    pieces.push({ start, end: c.at, text: text.slice(start, c.at), relative: false, leading: false });
    start = c.at + c.len;
  }
  pieces.push({ start, end: text.length, text: text.slice(start), relative: false, leading: false });
  // Relative clauses with a vote of their own come out of the clause that holds them.
  const out: Clause[] = [];
  for (const p of pieces) {
    let from = p.start;
    RELATIVE.lastIndex = 0;
    for (let m = RELATIVE.exec(p.text); m; m = RELATIVE.exec(p.text)) {
      if (!hasCue(m[0])) continue;
      const at = p.start + m.index;
      if (at > from) out.push({ ...p, start: from, end: at, text: text.slice(from, at) });
      const last = m[0].endsWith(',') ? 1 : 0;
      out.push({ start: at + 1, end: at + m[0].length - last, text: text.slice(at + 1, at + m[0].length - last), relative: true, leading: false });
      from = at + m[0].length;
    }
    if (from < p.end) out.push({ ...p, start: from, end: p.end, text: text.slice(from, p.end) });
  }
  return out.filter((c) => !/^\W*$/.test(c.text));
}
