import { readArticle } from '../claims/article.js';
import { type CheckReport, checkArticle } from '../claims/check.js';
import { articleText } from '../claims/input.js';
import { UsageError } from '../errors.js';
import { parseDate } from '../sources/fields.js';
import { draftsRecord } from './drafts.js';
import type { Session } from './session.js';

/**
 * `straddle check` and `POST /check`: an article's text or HTML (its title
 * taken from the page where it has one), checked against the session's record.
 *
 * @example (await checkView(session, Buffer.from('Pakistan abstained on ES-11/6.'), 'a.txt')).claims[0].verdict
 */
export async function checkView(session: Pick<Session, 'workspace' | 'registry'>, bytes: Buffer, label: string, date?: string): Promise<CheckReport> {
  const input = await articleText(bytes, label);
  const article = readArticle(input.text, date);
  if (input.title) article.title = input.title;
  return checkArticle(article, { ga: session.workspace('ga'), sc: () => session.workspace('sc'), registry: session.registry(), drafts: draftsRecord().drafts });
}

/**
 * An article date as a user gave it (`--date`, `?date=`): a real calendar
 * day or nothing, the same rule in the CLI and the API.
 *
 * @example articleDate('2023-02-30', '--date') // throws: expected a date as YYYY-MM-DD
 */
export function articleDate(raw: string | undefined, param: string): string | undefined {
  if (raw !== undefined && parseDate(raw) === undefined) throw new UsageError(`${param}: expected a date as YYYY-MM-DD, found "${raw}"`);
  return raw;
}
