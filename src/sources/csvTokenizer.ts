import { DataError } from '../errors.js';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The longest row read, in bytes. Rows of the UN's files are under 500 bytes
 * (GA 494, SC 454, in the assembled files); a row this long is a field that
 * never ends or not a voting file, and holding it would grow without bound.
 */
export const MAX_ROW_BYTES = 4 * 1024 * 1024;

/**
 * One row of a CSV file, valid only during the callback that receives it:
 * its fields are spans of the tokenizer's buffer, decoded only when asked.
 */
export interface CsvRow {
  /** Physical line on which the row starts (1-based). */
  readonly line: number;
  /** Number of fields. */
  readonly length: number;
  /** Field `i` as text: UTF-8 decoded, quotes unescaped. */
  text(i: number): string;
  /** Byte length of field `i` as stored (quotes excluded). */
  byteLength(i: number): number;
  /** Whether field `i` holds exactly these bytes (as stored, quotes excluded). */
  equals(i: number, bytes: Buffer): boolean;
  /** A copy of field `i`'s stored bytes, to compare later rows against. */
  copy(i: number): Buffer;
  /**
   * Field `i`'s bytes as one number when it is 1 to 6 bytes long (else -1),
   * so short values such as codes can be looked up without making a string.
   */
  key(i: number): number;
}

/**
 * An RFC 4180 CSV tokenizer over raw bytes (comma, double quotes doubled
 * inside quoted fields, LF or CRLF line ends, line breaks allowed in quoted
 * fields), written by hand for speed: it makes no string of a field unless
 * the caller asks for one. On the 944,204-row GA file this is what brings
 * the import within twice DuckDB's `read_csv` time, which PapaParse (the
 * fastest library measured) did not (docs/BENCHMARKS.md).
 *
 * @example
 *   const t = new CsvTokenizer('votes.csv', (row) => console.log(row.text(0)));
 *   t.push(chunk); t.end();
 */
export class CsvTokenizer {
  private buf: Buffer = Buffer.alloc(0);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private escaped = new Uint8Array(64);
  private count = 0;
  private line = 1;
  /** Data rows and blank lines seen. */
  rows = 0;
  blankLines = 0;
  private readonly row: CsvRow;

  constructor(
    private readonly label: string,
    private readonly onRow: (row: CsvRow) => void,
  ) {
    const self = this;
    this.row = {
      get line() {
        return self.rowLine;
      },
      get length() {
        return self.count;
      },
      text: (i) => this.text(i),
      byteLength: (i) => (i < this.count ? (this.ends[i] as number) - (this.starts[i] as number) : 0),
      equals: (i, bytes) => {
        const s = this.starts[i] as number;
        const len = (this.ends[i] as number) - s;
        if (len !== bytes.length) return false;
        // A loop, not Buffer.compare: for fields this short the native
        // call's overhead was most of the GA import's comparing time.
        const buf = this.buf;
        for (let k = 0; k < len; k++) if (buf[s + k] !== bytes[k]) return false;
        return true;
      },
      copy: (i) => Buffer.from(this.buf.subarray(this.starts[i], this.ends[i])),
      key: (i) => {
        const s = this.starts[i] as number;
        const e = this.ends[i] as number;
        if (e - s < 1 || e - s > 6) return -1;
        let n = 0;
        for (let k = s; k < e; k++) n = n * 256 + (this.buf[k] as number);
        // The length keeps "A" and "\0A" apart.
        return n * 8 + (e - s);
      },
    };
  }

  private rowLine = 1;

  private text(i: number): string {
    if (i >= this.count) return '';
    const s = this.buf.toString('utf8', this.starts[i], this.ends[i]);
    return this.escaped[i] ? s.replace(/""/g, '"') : s;
  }

  /** Feeds the next bytes of the file. */
  push(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const used = this.scan(false);
    this.buf = this.buf.subarray(used);
    // What is left is one row without its end: bounded, so a file without line ends cannot fill memory.
    if (this.buf.length > MAX_ROW_BYTES) {
      throw new DataError(`${this.label}: line ${this.line}: a row longer than ${MAX_ROW_BYTES / 1024 / 1024} MB (a field that never ends, or not a voting file)`);
    }
  }

  /** Ends the input: a last row without a line break is still a row. */
  end(): void {
    if (this.buf.length > 0) this.scan(true);
    this.buf = Buffer.alloc(0);
  }

  private field(k: number, start: number, end: number, escaped: boolean): void {
    if (k >= this.starts.length) {
      const grow = (a: Int32Array) => Int32Array.from({ length: a.length * 2 }, (_, j) => a[j] ?? 0);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.escaped = Uint8Array.from({ length: this.escaped.length * 2 }, (_, j) => this.escaped[j] ?? 0);
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.escaped[k] = escaped ? 1 : 0;
  }

  /** Emits every whole row in the buffer; returns the bytes consumed. */
  private scan(final: boolean): number {
    const buf = this.buf;
    const n = buf.length;
    let p = 0;
    rows: while (p < n) {
      const rowStart = p;
      let lines = 0;
      let k = 0;
      if (buf[p] === LF || (buf[p] === CR && buf[p + 1] === LF)) {
        p += buf[p] === CR ? 2 : 1;
        this.blankLines++;
        this.line++;
        continue;
      }
      for (;;) {
        let end: number;
        let next: number;
        if (buf[p] === QUOTE) {
          let q = p + 1;
          let escaped = false;
          for (;;) {
            const close = buf.indexOf(QUOTE, q);
            if (close === -1) {
              if (!final) return rowStart;
              throw new DataError(`${this.label}: line ${this.line}: a quoted field is never closed`);
            }
            if (buf[close + 1] === QUOTE) {
              escaped = true;
              q = close + 2;
              continue;
            }
            if (close + 1 === n && !final) return rowStart;
            end = close;
            break;
          }
          for (let i = buf.indexOf(LF, p + 1); i !== -1 && i < end; i = buf.indexOf(LF, i + 1)) lines++;
          this.field(k++, p + 1, end, escaped);
          next = end + 1;
          const c = buf[next];
          if (next < n && c !== COMMA && c !== LF && c !== CR) {
            throw new DataError(
              `${this.label}: line ${this.line + lines}: text after the closing quote of field ${k} (expected a comma or a line end)`,
            );
          }
        } else {
          let i = p;
          while (i < n) {
            const c = buf[i];
            if (c === COMMA || c === LF) break;
            i++;
          }
          if (i === n && !final) return rowStart;
          end = i > p && buf[i - 1] === CR && (i === n || buf[i] === LF) ? i - 1 : i;
          this.field(k++, p, end, false);
          next = i;
        }
        const c = buf[next];
        if (c === COMMA) {
          p = next + 1;
          if (p === n && !final) return rowStart;
          if (p === n) {
            this.field(k++, p, p, false);
            break;
          }
          continue;
        }
        if (c === CR && buf[next + 1] === LF) next++;
        else if (c === CR && next + 1 === n && !final) return rowStart;
        p = next < n ? next + 1 : n;
        break;
      }
      this.count = k;
      this.rowLine = this.line;
      this.line += 1 + lines;
      this.rows++;
      this.onRow(this.row);
      continue rows;
    }
    return p;
  }
}
