/** Where a command writes: data to `out`, progress and messages to `err`. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Progress bars only where a person watches. */
  errIsTTY: boolean;
}

export function processIo(): Io {
  // `straddle … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}
