/**
 * One measured run of the built code (dist/), in a process of its own so peak RSS is this run's alone.
 * Usage: tsx bench/ingestOnce.ts straddle|duckdb FILE
 * Prints one JSON line: { ms, maxRssMB, rows }.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [tool, file] = process.argv.slice(2) as [string, string];

async function straddle(): Promise<number> {
  const { openStore } = await import('../dist/store/store.js');
  const { importFile } = await import('../dist/store/importFile.js');
  const { createRegistry } = await import('../dist/countries/registry.js');
  const path = join(tmpdir(), `straddle-bench-${process.pid}.db`);
  const started = performance.now();
  const db = openStore(path, { create: true });
  const s = await importFile(db, createRegistry(), file);
  db.close();
  const ms = performance.now() - started;
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  if (s.votes === 0) throw new Error('nothing imported');
  return ms;
}

async function duckdb(): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(`CREATE TABLE votes AS SELECT * FROM read_csv('${file.replace(/'/g, "''")}')`);
  const ms = performance.now() - started;
  const rows = await conn.runAndReadAll('SELECT count(*) FROM votes');
  if (Number(rows.getRows()[0]?.[0]) === 0) throw new Error('nothing read');
  return ms;
}

const ms = tool === 'duckdb' ? await duckdb() : await straddle();
process.stdout.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
