import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { MAX_ARTICLE_BYTES, articleText } from './input.js';

const page = (body: string) =>
  `<!doctype html><html><head><title>Vote</title><meta property="article:published_time" content="2023-02-24T10:00:00Z"></head><body><nav>Home | World</nav>${body}<footer>© News</footer></body></html>`;

describe('articleText', () => {
  it('passes plain text through', async () => {
    expect(await articleText(Buffer.from('Pakistan abstained.'), 'a.txt')).toEqual({ text: 'Pakistan abstained.', title: null });
  });

  it('extracts the story from HTML, keeping its title and date', async () => {
    const story = '<article><h1>UN vote on Ukraine</h1>' + '<p>The General Assembly adopted the resolution by 141 votes to 7, with 32 abstentions. Pakistan abstained, as did India and China, while Brazil voted in favour.</p>'.repeat(3) + '</article>';
    const a = await articleText(Buffer.from(page(story)), 'page.html');
    expect(a.text).toContain('141 votes to 7');
    expect(a.text).toContain('Published 2023-02-24');
    expect(a.text).not.toContain('Home | World');
  });

  it('refuses empty, binary, oversized input and pages without an article, saying which', async () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.alloc(0), /x: the article is empty/],
      [Buffer.from('   \n  '), /x: the article is empty/],
      [Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]), /x: this is not text \(binary data\)/],
      [Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'), /x: the article is 2\.0 MB; at most 2 MB is read/],
      [Buffer.from(page('<div>Subscribe now</div>')), /x: no article text found in this HTML page/],
    ];
    for (const [bytes, message] of cases) {
      await expect(articleText(bytes, 'x')).rejects.toThrow(UsageError);
      await expect(articleText(bytes, 'x')).rejects.toThrow(message);
    }
  });
});
