import { UsageError } from '../errors.js';

/** Most a pasted or fetched article may weigh: long reports are a few hundred KB. */
export const MAX_ARTICLE_BYTES = 2_000_000;

/** Plain text of an article, and its title where the HTML gave one. */
export interface ArticleText {
  text: string;
  title: string | null;
}

const looksLikeHtml = (s: string) => /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(s) || /<\/(?:p|div|article)>/i.test(s.slice(0, 20_000));

/**
 * Turns what the user gave (plain text or HTML) into the article's text,
 * refusing what is empty, binary or too large with a message that says so.
 * HTML goes through Mozilla's Readability (the Firefox Reader View) on a
 * linkedom document, which keeps the story and drops the page furniture.
 *
 * @example (await articleText(Buffer.from('<html>…</html>'), 'page.html')).title
 */
export async function articleText(bytes: Buffer, label: string): Promise<ArticleText> {
  if (bytes.length === 0) throw new UsageError(`${label}: the article is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new UsageError(`${label}: the article is ${(bytes.length / 1e6).toFixed(1)} MB; at most ${MAX_ARTICLE_BYTES / 1e6} MB is read`);
  }
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13)) control++;
  if (control > sample.length / 100) throw new UsageError(`${label}: this is not text (binary data); give an article as text or HTML`);
  const raw = bytes.toString('utf8');
  if (!looksLikeHtml(raw)) {
    if (raw.trim() === '') throw new UsageError(`${label}: the article is empty`);
    return { text: raw, title: null };
  }
  // Loaded only for HTML: they are most of a cold start's module loading.
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const { document } = parseHTML(raw);
  const article = new Readability(document as unknown as Document).parse();
  const text = article?.textContent?.trim() ?? '';
  if (text.length < 200) throw new UsageError(`${label}: no article text found in this HTML page`);
  // Readability drops the dateline with the page furniture; keep what the page says of its date.
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const head = [article?.title, published ? `Published ${published.slice(0, 10)}` : null].filter(Boolean).join('\n');
  return { text: `${head}\n\n${text}`, title: article?.title ?? null };
}
