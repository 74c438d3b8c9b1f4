import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/store/importFile.js';
import { openStore } from '../src/store/store.js';
import { ASSEMBLED_GA, GA_RECORDS, SC_CSV, gaCsv, tempDir, writeFixture } from './helpers/fixtures.js';
import { dump, registry } from './helpers/store.js';

const MAIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

describe('an import killed in the middle of its transaction', () => {
  it('leaves a store that opens and holds exactly what it held before', async () => {
    const dir = tempDir();
    const path = join(dir, 'k.db');
    const db = openStore(path, { create: true });
    await importFile(db, registry, writeFixture(dir, 'ga.csv', gaCsv(GA_RECORDS)));
    await importFile(db, registry, writeFixture(dir, 'sc.csv', SC_CSV));
    const before = dump(db);
    db.close();

    // Kill the importer once its transaction has written a few MB to the WAL:
    // the commit has not happened yet (it is one transaction of about 8 MB).
    const child = spawn(process.execPath, [MAIN, '--db', path, 'import', ASSEMBLED_GA], { stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    let killedMidway = false;
    const wal = `${path}-wal`;
    const poll = setInterval(() => {
      if (existsSync(wal) && statSync(wal).size > 2_000_000 && !killedMidway) {
        killedMidway = child.kill('SIGKILL');
      }
    }, 2);
    const code = await exited;
    clearInterval(poll);
    expect(killedMidway).toBe(true);
    expect(code).toBeNull();

    const after = openStore(path);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(dump(after)).toEqual(before);
    after.close();
  });
});
