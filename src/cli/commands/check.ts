import { readFile } from 'node:fs/promises';
import { MAX_ARTICLE_BYTES } from '../../claims/input.js';
import type { CheckReport } from '../../claims/check.js';
import { RemoteError, UsageError } from '../../errors.js';
import { articleDate, checkView } from '../../views/check.js';
import type { Context } from '../context.js';
import { type FormatFlags, formatOf, writeJson } from '../output.js';

export interface CheckFlags extends FormatFlags {
  date?: string;
}

async function fetchArticle(url: string, timeoutMs: number): Promise<Buffer> {
  let res: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    res = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html,text/plain' } });
  } catch (e) {
    const why = signal.aborted ? `no answer in ${timeoutMs / 1000} s` : (e as Error).message;
    throw new RemoteError(`${url}: ${why}`);
  }
  if (!res.ok) throw new RemoteError(`${url} answered ${res.status} ${res.statusText}`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > MAX_ARTICLE_BYTES) throw new UsageError(`${url}: the page is larger than ${MAX_ARTICLE_BYTES / 1e6} MB`);
      chunks.push(Buffer.from(chunk));
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // The time limit covers the whole page: a server that trickles its body is cut off too.
    const why = signal.aborted ? `the page did not arrive whole in ${timeoutMs / 1000} s` : (e as Error).message;
    throw new RemoteError(`${url}: ${why}`);
  }
  return Buffer.concat(chunks);
}

async function readInput(source: string, timeoutMs: number): Promise<Buffer> {
  if (/^https?:\/\//i.test(source)) return fetchArticle(source, timeoutMs);
  if (source === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_ARTICLE_BYTES) throw new UsageError(`standard input: more than ${MAX_ARTICLE_BYTES / 1e6} MB`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(source);
  } catch (e) {
    throw new UsageError(`${source}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

const MARK: Record<string, string> = { supported: '✓ supported', contradicted: '✗ contradicted', partly: '~ partly', unverifiable: '? unverifiable' };
const BODY = { ga: 'General Assembly', sc: 'Security Council' } as const;

/** `straddle check FILE|URL|-`: the article's claims about UN votes, checked against the record. */
export async function checkCommand(ctx: Context, source: string, flags: CheckFlags): Promise<void> {
  const format = formatOf(flags, false);
  const date = articleDate(flags.date, '--date');
  // STRADDLE_FETCH_TIMEOUT_MS: how long to wait for a page (default 15 s).
  const timeoutMs = Number(ctx.io.env.STRADDLE_FETCH_TIMEOUT_MS ?? 15_000);
  const report = await checkView(ctx, await readInput(source, timeoutMs), source === '-' ? 'standard input' : source, date);
  if (format === 'json') return writeJson(ctx.io, report);
  ctx.io.out(describeReport(report));
}

/** The report for people: a verdict summary, then the claims in article order, grouped by the vote they concern. */
export function describeReport(r: CheckReport): string {
  const n = r.claims.length;
  const counts = (['supported', 'contradicted', 'partly', 'unverifiable'] as const)
    .map((v) => [v, r.claims.filter((c) => c.verdict === v).length] as const)
    .filter(([, k]) => k > 0)
    .map(([v, k]) => `${k} ${v}`);
  const lines = [
    `${r.article.title ?? 'Article'}`,
    `Date: ${r.article.dateUsed ?? 'none'} (${r.article.dateWhy})`,
    `${n} claim${n === 1 ? '' : 's'} about UN votes found${counts.length ? `: ${counts.join(', ')}` : ''}`,
  ];
  // Groups in the order their first claim appears; alignment statements and unmatched claims last.
  const groups = new Map<string, typeof r.claims>();
  for (const c of r.claims) {
    const key = c.event !== null ? `e${c.event}` : c.kind === 'alignment' ? 'alignment' : 'none';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const order = [...groups.keys()].sort((a, b) => Number(a[0] !== 'e') - Number(b[0] !== 'e'));
  for (const key of order) {
    const claims = groups.get(key)!;
    const e = key[0] === 'e' ? r.events[Number(key.slice(1))]! : null;
    lines.push('');
    if (e?.notAdopted) {
      const how = e.notAdopted.outcome === 'vetoed' ? `not adopted, vetoed by ${e.notAdopted.vetoedBy.join(' and ')}` : 'not adopted';
      lines.push(`${e.symbol} · Security Council draft · ${e.date} · ${e.title} (${how})`, `  chosen because ${e.why}`, `  source: ${e.link}`);
    } else if (e?.symbol) lines.push(`${e.symbol} · ${BODY[e.body]} · ${e.date} · ${e.title}`, `  chosen because ${e.why}`, `  UN record: ${e.link}`);
    else if (e) lines.push(`Not in the record (${BODY[e.body]}): ${e.why}`);
    else if (key === 'alignment') lines.push('Statements about alignment (no single vote: figures, not verdicts)');
    else lines.push('Claims the record cannot match to a vote');
    for (const c of claims) {
      lines.push(`  ${MARK[c.verdict]} [${c.kind}] “${c.quote}” (characters ${c.span.start}-${c.span.end})`);
      if (c.kind !== 'alignment') lines.push(`      article: ${c.says}${c.record ? `  ·  record: ${c.record}` : ''}`);
      if (c.kind !== 'alignment' && (c.verdict !== 'supported' || c.kind === 'shift') && c.explanation !== c.record) lines.push(`      ${c.explanation}`);
    }
  }
  if (r.context.length > 0) lines.push('', 'Context:', ...r.context.map((x) => `  ${x.summary}`));
  const bodies = new Set(r.events.map((e) => e.body));
  lines.push('', `Record: UN Digital Library ${bodies.has('sc') ? 'GA and SC' : 'GA'} voting data, GA dataset ${r.dataset.version}.`);
  return `${lines.join('\n')}\n`;
}
