import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { StraddleError } from '../errors.js';
import { type Context, createContext } from './context.js';
import type { Io } from './io.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

type Action = (ctx: Context, ...args: never[]) => Promise<void>;

/**
 * Runs the `straddle` CLI on `argv` (without the node and script paths) and
 * returns the exit code: 0 success, 1 usage or not found, 2 bad data. This
 * is the one place where errors become exit codes.
 *
 * @example await run(['--db', 'x.db', 'resolution', 'ES-11/6', '--json'], processIo())
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let ctx: Context | undefined;
  const program = new Command('straddle');
  const context = () => (ctx ??= createContext(io, program.opts<{ db?: string }>().db));
  // Commands load their modules when run, so `straddle resolution` starts fast.
  const lazy =
    <A extends unknown[]>(load: () => Promise<(ctx: Context, ...args: A) => Promise<void>>) =>
    async (...args: unknown[]) => {
      // Commander passes the positional arguments, then the options, then the command.
      const fn = await load();
      await (fn as unknown as Action)(context(), ...(args.slice(0, -1) as never[]));
    };
  const json = new Option('--json', 'print JSON');
  const csv = new Option('--csv', 'print CSV');
  const bodyOpt = () => new Option('--body <body>', 'ga or sc');

  program
    .description('How states align at the United Nations: the GA and SC roll-call record')
    .version(version)
    .option('--db <path>', 'store file (default $STRADDLE_DB, else $XDG_DATA_HOME/straddle/straddle.db)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('import')
    .description('import UN Digital Library bulk voting files (.csv or .csv.gz), each all or nothing')
    .argument('<file...>', 'GA (record 4060887) or SC (record 4055387) bulk file')
    .addOption(bodyOpt().choices(['ga', 'sc']))
    .addOption(json)
    .action(lazy(async () => (await import('./commands/import.js')).importCommand));
  program
    .command('sync')
    .description('download and import the newest official GA and SC files from the UN Digital Library')
    .addOption(new Option('--body <body>', 'ga, sc or all').default('all'))
    .option('--force', 'download even if the newest file is already imported')
    .addOption(json)
    .action(lazy(async () => (await import('./commands/sync.js')).syncCommand));
  program
    .command('info')
    .description('what the store holds, its provenance and the UN citation')
    .addOption(json)
    .action(lazy(async () => (await import('./commands/info.js')).infoCommand));
  program
    .command('resolution')
    .description('one resolution and every member\'s vote (A/RES/ES-11/6, ES-11/6, S/RES/2334, 2334)')
    .argument('<symbol>')
    .addOption(bodyOpt())
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/resolution.js')).resolutionCommand));
  program
    .command('countries')
    .description('every state in the record, with ISO codes and recorded spans')
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/countries.js')).countriesCommand));
  program
    .command('votes')
    .description('a country\'s votes (by code or name: PAK, Pakistan)')
    .argument('<country>')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .addOption(bodyOpt())
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/votes.js')).votesCommand));

  const selection = (c: Command) =>
    c
      .option('--year <year>', 'one calendar year')
      .option('--from <year>', 'first year')
      .option('--to <year>', 'last year')
      .option('--session <session>', 'a GA session: 77, ES-11, S-28')
      .option('--topic <words>', 'words that must appear in the title or subjects')
      .option('--thread <symbol>', 'the recurring resolutions of this one')
      .option('--date-from <date>', 'first date, YYYY-MM-DD')
      .option('--date-to <date>', 'last date, YYYY-MM-DD')
      .option('--symbols <list>', 'these resolutions only, comma-separated')
      .option('--with-drafts', 'with --body sc: add the Council drafts not adopted whose member votes the sources name')
      .addOption(new Option('--body <body>', 'ga or sc').default('ga'));
  const metricOpt = () => new Option('--metric <metric>', 'coincidence, votesOnly, agree, s, kappa or pi');

  selection(
    program
      .command('agreement')
      .description('agreement of two states by every measure (coincidence, votesOnly, agree, s, kappa, pi)')
      .argument('<a>')
      .argument('<b>'),
  )
    .option('--by <period>', 'year, session or all', 'year')
    .option('--weights <weights>', 'kappa and pi weights: linear or quadratic', 'linear')
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/agreement.js')).agreementCommand));
  selection(program.command('align').description("every member's agreement with anchor states (default USA, CHN, RUS)"))
    .option('--with <codes>', 'anchor states, comma-separated', 'USA,CHN,RUS')
    .addOption(metricOpt().default('coincidence'))
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/align.js')).alignCommand));
  program
    .command('profile')
    .description('a state by year: agreement with the anchors, side-taking when they split, shifts, allies')
    .argument('<country>')
    .option('--with <codes>', 'anchor states, comma-separated', 'USA,CHN,RUS')
    .addOption(metricOpt().default('coincidence'))
    .option('--from <year>', 'first year shown')
    .option('--to <year>', 'last year shown')
    .addOption(json)
    .action(lazy(async () => (await import('./commands/profile.js')).profileCommand));
  program
    .command('shifts')
    .description("where a state's vote changed against the previous resolution of the same thread or session")
    .argument('<country>')
    .option('--since <year>', 'only votes from this year on')
    .option('--all', 'list unchanged votes too')
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/shifts.js')).shiftsCommand));
  program
    .command('similar')
    .description('resolutions like this one: its thread first, then by title and subjects')
    .argument('<symbol>')
    .option('--limit <n>', 'how many', '20')
    .addOption(bodyOpt())
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/similar.js')).similarCommand));
  selection(program.command('blocs').description('blocs of states by agreement, with a 2-D layout'))
    .option('--k <n>', 'number of blocs', '5')
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/blocs.js')).blocsCommand));
  program
    .command('movers')
    .description('states whose agreement with an anchor changed most against the year before')
    .option('--year <year>', 'the year')
    .option('--with <code>', 'the anchor', 'USA')
    .addOption(metricOpt().default('coincidence'))
    .option('--limit <n>', 'how many', '20')
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/movers.js')).moversCommand));

  program
    .command('ideal')
    .description('dynamic ideal points by state and year (fitted once per dataset; --fit refits)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--countries <codes>', 'states, comma-separated (codes or names)')
    .option('--fit', 'refit now and print the time it took')
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/ideal.js')).idealCommand));
  program
    .command('vetoes')
    .description('Council drafts not adopted: vetoes per permanent member, joint vetoes (the UN veto list)')
    .option('--by <member>', 'vetoed by USA, RUS (with the USSR), CHN, FRA or GBR')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--topic <words>', 'words in the subject or agenda item')
    .addOption(json)
    .addOption(csv)
    .action(lazy(async () => (await import('./commands/vetoes.js')).vetoesCommand));
  program
    .command('export')
    .description('a tidy table for R, pandas and DuckDB (Parquet, CSV or JSON Lines), with provenance and citation')
    .argument('<out>', 'file to write (its extension gives the format when --format is not given)')
    .addOption(bodyOpt())
    .option('--format <format>', 'parquet (default), csv or jsonl')
    .option('--table <table>', 'votes (default), resolutions, countries, agreement or ideal')
    .addOption(json)
    .action(lazy(async () => {
      const { exportCommand } = await import('./commands/export.js');
      return (ctx: Context, out: string, flags: Parameters<typeof exportCommand>[2]) => exportCommand(ctx, out, flags, version);
    }));

  program
    .command('check')
    .description('find the claims about UN votes in a news article and check them against the record')
    .argument('<source>', 'a file (text or HTML), a URL, or - for standard input')
    .option('--date <date>', "the article's date, YYYY-MM-DD (else found in the text)")
    .addOption(json)
    .action(lazy(async () => (await import('./commands/check.js')).checkCommand));

  program
    .command('serve')
    .description('serve the HTTP API (read-only) on this machine')
    .option('--port <port>', 'port (0 for any free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(lazy(async () => (await import('./commands/serve.js')).serveCommand));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    if (e instanceof StraddleError) {
      io.err(`straddle: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`straddle: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  } finally {
    ctx?.close();
  }
}
