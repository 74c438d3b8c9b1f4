/**
 * Called for the header (line 1) and then every data row, with the line on
 * which the row starts (quoted fields may span lines). Throw to stop the
 * pass. For the header it may return the columns whose text can hold line
 * breaks; only those are scanned to keep line numbers true (default: all).
 */
export type RowHandler = (fields: string[], line: number) => number[] | void;

function newlines(fields: string[], columns: number[] | undefined): number {
  let n = 0;
  const count = columns ? columns.length : fields.length;
  for (let k = 0; k < count; k++) {
    const f = fields[columns ? (columns[k] as number) : k];
    if (f === undefined) continue;
    let i = f.indexOf('\n');
    while (i !== -1) {
      n++;
      i = f.indexOf('\n', i + 1);
    }
  }
  return n;
}

/**
 * Walks parsed rows, keeping the physical line of each, and counting data
 * rows and blank lines. One cursor per stream, or per slice of a stream that
 * starts at a known line.
 */
export class RowCursor {
  line: number;
  rows = 0;
  blankLines = 0;
  private header: boolean;

  constructor(
    startLine: number,
    hasHeader: boolean,
    private textColumns?: number[],
  ) {
    this.line = startLine;
    this.header = hasHeader;
  }

  feed(parsed: string[][], onRow: RowHandler): void {
    for (const fields of parsed) {
      if (fields.length === 1 && fields[0] === '') {
        this.blankLines++;
        this.line++;
        continue;
      }
      const multiline = onRow(fields, this.line);
      if (this.header) {
        this.header = false;
        if (multiline) this.textColumns = multiline;
      } else {
        this.rows++;
      }
      this.line += 1 + newlines(fields, this.textColumns);
    }
  }
}
