import type { Registry } from '../countries/registry.js';
import type { Body } from '../vote.js';
import type { Article } from './article.js';
import { countryMentions } from './mentions.js';
import type { FoundClaim } from './read.js';
import type { Subject, SubjectMemo } from './subject.js';
import { widenTopics } from './topics.js';

const ENVOY_TITLE = /\b(?:(?:permanent|deputy|alternate)\s+)?(?:representatives?|ambassadors?|envoys?|delegates?)\b/gi;
const SPEAKER_BEFORE = /\b(?:representative|ambassador|envoy|delegate|delegation|minister|spokes\w+|mission)\s+(?:of|to|for|from)\s+(?:the\s+)?$/i;
const SPEAKER_AFTER = /^(?:['’]s)?\s+(?:(?:UN|U\.N\.|permanent|deputy|foreign|prime)\s+)*(?:ambassador|envoy|representative|delegate|delegation|mission|minister|spokes\w+)\b/i;

/**
 * The words a claim's vote is sought by: its clause and sentence (without
 * the states that vote, with the official names of the states it is about),
 * the sentences just before it, and the article's passages on UN votes; the
 * article's part and every passage are scored once per check (the memo).
 *
 * @example passageTopics(reg, article, found, unContext, bodyOf)(claim).local // → 'with opposed ... Syrian Arab'
 */
export function passageTopics(registry: Registry, article: Article, found: FoundClaim[], unContext: string, bodyOf: (f: FoundClaim) => Body): (f: FoundClaim) => Subject {
  const sentences = article.sentences;
  const articleTopic = widenTopics(unContext);
  const memos = new Map<Body, SubjectMemo>();
  const memoFor = (b: Body) => memos.get(b) ?? memos.set(b, new Map()).get(b)!;
  // The states that vote are not the subject ("with the United States and Israel opposed" is not about Israel).
  const voters = new Map<number, Set<string>>();
  for (const f of found) for (const v of f.votes ?? []) voters.set(f.sentence.index, (voters.get(f.sentence.index) ?? new Set()).add(v.code));
  // ... and the states it is about are named in UN titles by their official names ("the Syrian Arab
  // Republic", "the Libyan Arab Jamahiriya"), which "Syria" and "Libya" do not meet word for word.
  const withoutVoters = (text: string, i: number) => {
    const codes = voters.get(i) ?? new Set<string>();
    let out = text;
    const official: string[] = [];
    for (const m of countryMentions(registry, text).reverse()) {
      // ... nor do the states whose envoys speak ("the Permanent Representative of Egypt stated ...").
      const speaker = SPEAKER_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || SPEAKER_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 40));
      if (codes.has(m.code) || speaker) out = `${out.slice(0, m.index)} ${out.slice(m.index + m.text.length)}`;
      else official.push(...officialNames(m.code));
    }
    // An envoy's title is no subject either ("Permanent Representative" meets "Permanent sovereignty ...").
    out = out.replace(ENVOY_TITLE, ' ');
    return official.length > 0 ? `${out} ${[...new Set(official)].join(' ')}` : out;
  };
  const officialNames = (code: string) => {
    const e = registry.get(code);
    // Only the words that tell the state apart: "Republic" or "Kingdom" are in hundreds of titles.
    const names = e ? [e.officialName, ...e.aliases.filter((a) => /\b(?:Republic|Federation|Kingdom|Jamahiriya|State)\b/.test(a))] : [];
    return names.map((n) => n.replace(/\b(?:Republic|Democratic|People['’]?s|States?|Kingdom|Federation|Federal|United|Islamic|of|the|and)\b/gi, ' '));
  };
  // Per sentence and clause: a long article has thousands of claims.
  const localMemo = new Map<string, string>();
  const localOf = (f: FoundClaim) => {
    const key = `${f.sentence.index}\u0000${f.clause.text}`;
    let v = localMemo.get(key);
    if (v === undefined) localMemo.set(key, (v = widenTopics(withoutVoters(`${f.clause.text} ${f.sentence.text}`, f.sentence.index))));
    return v;
  };
  return (f: FoundClaim): Subject => {
    const i = f.sentence.index;
    const nearby = sentences.slice(Math.max(0, i - 2), i + 1).map((s) => s.text).join(' ');
    return { local: localOf(f), context: widenTopics(nearby), article: articleTopic, memo: memoFor(bodyOf(f)) };
  };
}
