import { findResolution } from '../../store/lookup.js';
import { similarView } from '../../views/alignment.js';
import type { Context } from '../context.js';
import { bodyOf, positiveInt } from '../flags.js';
import { type FormatFlags, formatOf, truncate, writeCsv, writeJson, writeTable } from '../output.js';

export interface SimilarFlags extends FormatFlags {
  limit?: string;
  body?: string;
}

/** `straddle similar SYMBOL`: its thread first, then by likeness of title and subjects. */
export async function similarCommand(ctx: Context, symbol: string, flags: SimilarFlags): Promise<void> {
  const format = formatOf(flags, true);
  const row = findResolution(ctx.db(), symbol, bodyOf(flags.body));
  const list = similarView(ctx.workspace(row.body), row.id, positiveInt(flags.limit, 'limit', 20));
  if (format === 'json') return writeJson(ctx.io, list);
  if (format === 'csv') {
    return writeCsv(ctx.io, ['symbol', 'date', 'score', 'sameThread', 'sameSession', 'title', 'link'], list.map((s) => [s.symbol, s.date, s.score, String(s.sameThread), String(s.sameSession), s.title, s.link]));
  }
  writeTable(ctx.io, ['symbol', 'date', 'score', 'series', 'title'], list.map((s) => [s.symbol, s.date, s.score.toFixed(3), s.sameThread ? 'thread' : s.sameSession ? 'session' : '', truncate(s.title, 70)]));
}
