import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ASSEMBLED_GA } from '../../test/helpers/fixtures.js';
import { DataError } from '../errors.js';
import { CsvTokenizer } from './csvTokenizer.js';

/** Tokenizes `text`, fed in chunks of `size` bytes; returns rows with their lines. */
function tokenize(text: string | Buffer, size = 3): { rows: string[][]; lines: number[]; blank: number } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const t = new CsvTokenizer('t.csv', (row) => {
    rows.push(Array.from({ length: row.length }, (_, i) => row.text(i)));
    lines.push(row.line);
  });
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) t.push(bytes.subarray(i, i + size));
  t.end();
  return { rows, lines, blank: t.blankLines };
}

describe('CsvTokenizer', () => {
  const tricky = [
    'a,b,c\n1,2,3\n',
    'a,"b,with comma","c ""quoted"""\n',
    'x,"two\nlines",y\nnext,row,here\n',
    'crlf,rows\r\nare,fine\r\n',
    'empty,,fields,\n,,,\n',
    'no,final,newline',
    '"",""\n',
    'Türkiye,Côte d’Ivoire,"São Tomé, Príncipe"\n',
  ];
  for (const text of tricky) {
    it(`agrees with PapaParse on ${JSON.stringify(text)}, in any chunking`, () => {
      const papa = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), { delimiter: ',' }).data;
      for (const size of [1, 2, 3, 7, 1000]) expect(tokenize(text, size).rows).toEqual(papa);
    });
  }

  it('keeps physical line numbers across quoted line breaks and blank lines', () => {
    const r = tokenize('h1,h2\n"a\nb\nc",1\n\nx,2\n');
    expect(r.lines).toEqual([1, 2, 6]);
    expect(r.blank).toBe(1);
  });

  it('splits multi-byte characters across chunks without harm', () => {
    const text = 'name\n' + 'Ü€😀\n'.repeat(50);
    for (const size of [1, 2, 5]) expect(tokenize(text, size).rows.slice(1).every((r) => r[0] === 'Ü€😀')).toBe(true);
  });

  it('refuses a quoted field that never closes, and text after a closing quote', () => {
    expect(() => tokenize('a,"never closed\n1,2\n')).toThrow(DataError);
    expect(() => tokenize('a,"never closed\n1,2\n')).toThrow(/t\.csv: line 1: a quoted field is never closed/);
    expect(() => tokenize('x\n"a"b,c\n')).toThrow(/t\.csv: line 2: text after the closing quote of field 1/);
  });

  it('reads the assembled GA file exactly as PapaParse does', async () => {
    // Both parsers over the same 944,205 lines, compared field by field through a running digest.
    const { createHash } = await import('node:crypto');
    const ours = createHash('sha256');
    let ourRows = 0;
    const t = new CsvTokenizer('ga', (row) => {
      ourRows++;
      for (let i = 0; i < row.length; i++) ours.update(row.text(i)).update('\u0000');
      ours.update('\n');
    });
    for await (const chunk of createReadStream(ASSEMBLED_GA).pipe(createGunzip())) t.push(chunk as Buffer);
    t.end();

    const theirs = createHash('sha256');
    let theirRows = 0;
    const text = createReadStream(ASSEMBLED_GA).pipe(createGunzip());
    text.setEncoding('utf8');
    await new Promise<void>((resolve, reject) =>
      Papa.parse<string[]>(text as unknown as File, {
        delimiter: ',',
        skipEmptyLines: true,
        step: (r) => {
          theirRows++;
          for (const f of r.data) theirs.update(f).update('\u0000');
          theirs.update('\n');
        },
        complete: () => resolve(),
        error: reject,
      }),
    );
    expect(ourRows).toBe(944_205);
    expect(ourRows).toBe(theirRows);
    expect(ours.digest('hex')).toBe(theirs.digest('hex'));
  });
});
