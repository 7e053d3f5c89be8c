import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { withStatementCache } from './util.js';

describe('withStatementCache', () => {
  it('prepares each SQL text once, keeps the most recently used `max`, and closes the database', () => {
    const raw = new Database(':memory:');
    const prepare = vi.spyOn(raw, 'prepare');
    const db = withStatementCache(raw, 2);
    const a = db.prepare('SELECT 1 AS n');
    expect(db.prepare('SELECT 1 AS n')).toBe(a);
    expect(prepare).toHaveBeenCalledTimes(1);
    db.prepare('SELECT 2 AS n');
    db.prepare('SELECT 1 AS n'); // used again: now the most recent
    db.prepare('SELECT 3 AS n'); // evicts 'SELECT 2'
    expect(prepare).toHaveBeenCalledTimes(3);
    expect(db.prepare('SELECT 1 AS n')).toBe(a);
    db.prepare('SELECT 2 AS n');
    expect(prepare).toHaveBeenCalledTimes(4);
    expect((a as unknown as Database.Statement).get()).toEqual({ n: 1 });
    db.close();
    expect(raw.open).toBe(false);
  });
});
