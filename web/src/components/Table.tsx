import type { ReactNode } from 'react';
import { downloadCsv } from '../download.js';

/** A table with a CSV download of exactly what it shows. */
export function Table({ head, rows, name, cells }: {
  head: string[];
  rows: (string | number | null | undefined)[][];
  name: string;
  cells?: (row: number, col: number, value: string | number | null | undefined) => ReactNode;
}) {
  return (
    <div className="table">
      <table>
        <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>{r.map((v, j) => <td key={j}>{cells ? cells(i, j, v) : (v ?? '—')}</td>)}</tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => downloadCsv(head, rows, name)}>CSV</button>
    </div>
  );
}
