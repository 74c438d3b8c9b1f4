#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { processIo } from './io.js';
import { run } from './program.js';

// A short-lived process runs the claim reader's large patterns a few hundred times at most: compiled at
// once, they cost less than V8's default of interpreting them first (150 ms of `check`'s cold start, bench/check.ts).
setFlagsFromString('--no-regexp-tier-up');
process.exitCode = await run(process.argv.slice(2), processIo());
