import { UsageError } from '../../errors.js';
import { findCountry } from '../../store/lookup.js';
import type { Body } from '../../vote.js';
import { countriesView } from '../../views/countries.js';
import { draftsRecord } from '../../views/drafts.js';
import { type CountryVote, countryVotes } from '../../views/votes.js';
import type { Context } from '../context.js';
import { bodyOf, yearOf } from '../flags.js';
import { type FormatFlags, formatOf, truncate, writeCsv, writeJson, writeTable } from '../output.js';
import type { BodyFlag } from './resolution.js';

export interface VotesFlags extends FormatFlags, BodyFlag {
  from?: string;
  to?: string;
}

/** `straddle votes COUNTRY`: a country's votes, oldest first. */
export async function votesCommand(ctx: Context, country: string, flags: VotesFlags): Promise<void> {
  const format = formatOf(flags, true);
  const from = yearOf(flags.from, 'from');
  const to = yearOf(flags.to, 'to');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const entity = findCountry(ctx.db(), ctx.registry(), country);
  const body = bodyOf(flags.body);
  const votes = countryVotes(ctx.db(), entity, { ...(body && { body }), ...(from && { from }), ...(to && { to }), ...(body === 'sc' && { drafts: draftsRecord() }) });
  if (format === 'json') return writeJson(ctx.io, { code: entity.code, name: entity.shortName, votes });
  const head = ['date', 'body', 'symbol', 'vote', 'title'];
  if (format === 'csv') {
    return writeCsv(ctx.io, [...head, 'link', 'failed'], votes.map((v) => [v.date, v.body, v.symbol, v.vote, v.title, v.link, v.failed ? failedText(v.failed) : '']));
  }
  ctx.io.err(`${entity.shortName} (${entity.code}): ${votes.length} votes\n`);
  if (votes.length === 0) ctx.io.err(`${emptyWhy(ctx, entity.code, body)}\n`);
  writeTable(ctx.io, head, votes.map((v) => [v.date, v.body.toUpperCase(), v.symbol, v.vote, truncate(v.failed ? `[${failedText(v.failed)}] ${v.title}` : v.title, 70)]));
  if (body === 'sc') ctx.io.err('Council drafts not adopted come from the UN veto list and press releases (data/sc_drafts.SOURCES.md), where they name each vote.\n');
}

/** "failed: vetoed by RUS" */
function failedText(f: NonNullable<CountryVote['failed']>): string {
  return f.outcome === 'vetoed' ? `failed: vetoed by ${f.vetoedBy.join(', ')}` : 'failed: too few votes';
}

/** Why a span has no votes: the record's dates, and the state's own recorded span. */
function emptyWhy(ctx: Context, code: string, body: Body | undefined): string {
  const span = ctx.db().prepare(`SELECT min(first_date) AS first, max(last_date) AS last FROM datasets WHERE current = 1${body ? ' AND body = ?' : ''}`).get(...(body ? [body] : [])) as { first: string | null; last: string | null };
  const own = countriesView(ctx.db(), ctx.registry()).find((c) => c.code === code);
  const spans = own ? (['ga', 'sc'] as const).filter((b) => own[b]).map((b) => `${b.toUpperCase()} ${own[b]!.first} to ${own[b]!.last}`) : [];
  return `No votes in that span: the record runs ${span.first} to ${span.last}${spans.length ? `; this state's recorded votes: ${spans.join(', ')}` : ''}.`;
}
