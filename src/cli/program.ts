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
