/**
 * npm run bench:api — starts `straddle serve` on loopback over the assembled
 * files and drives the profile and resolution endpoints with autocannon:
 * 50 connections for 20 seconds each (BENCH_SECONDS to change), beside a
 * baseline endpoint that does no work (/api/v1/openapi.json is cached by
 * Fastify's swagger plugin).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ASSEMBLED_GA, ASSEMBLED_SC, tempDir } from '../test/helpers/fixtures.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const main = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const db = join(tempDir(), 'bench.db');
execFileSync(process.execPath, [main, '--db', db, 'import', ASSEMBLED_GA, ASSEMBLED_SC], { stdio: 'ignore' });
const server = spawn(process.execPath, [main, '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve));
// Warm the matrix, bitsets and indexes, as a running server has them.
await fetch(`${base}/api/v1/countries/PAK/profile`);

console.log(`server ${base}; ${SECONDS} s per endpoint, 50 connections`);
console.log('endpoint                                   req/s    p50 ms   p99 ms   errors  non-2xx');
for (const path of ['/api/v1/openapi.json', '/api/v1/countries/PAK/profile', '/api/v1/resolutions/A%2FRES%2FES-11%2F6']) {
  const r = await autocannon({ url: `${base}${path}`, connections: 50, duration: SECONDS });
  console.log(
    `${path.padEnd(40)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p99).padStart(8)} ${String(r.errors + r.timeouts).padStart(8)} ${String(r.non2xx).padStart(8)}`,
  );
}
server.kill('SIGTERM');

// What a browser downloads on first load: the built dashboard's scripts, gzipped.
const assets = join(import.meta.dirname, '..', 'dist', 'web', 'assets');
let gz = 0;
for (const f of readdirSync(assets).filter((f) => f.endsWith('.js'))) gz += gzipSync(readFileSync(join(assets, f))).length;
console.log(`\ndashboard JavaScript on first load: ${(gz / 1024).toFixed(0)} KB gzipped   (target at most 400 KB)`);
