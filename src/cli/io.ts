/** Where a command writes: data to `out`, progress and messages to `err`. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Progress bars only where a person watches. */
  errIsTTY: boolean;
}

export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}
