import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeContract } from '../contract.js';
import { openSqliteStore } from './open.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite', async (clock) => {
  const file = join(dir, `contract-${++n}.db`);
  const store = await openSqliteStore(file, { clock });
  return { store, close: () => store.close() };
});

describe('sqlite store basics', () => {
  it('opens a new file in WAL mode at the current schema version', async () => {
    const store = await openSqliteStore(join(dir, 'basic.db'));
    expect(store.schemaVersion()).toBeGreaterThan(0);
    expect(await store.integrityCheck()).toEqual(['ok']);
    await store.close();
  });
});
