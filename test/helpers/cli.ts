import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process, capturing what it writes. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), env: { HOME: '/nonexistent', ...env }, errIsTTY: false };
  const code = await run(argv, io);
  return { code, out, err };
}
