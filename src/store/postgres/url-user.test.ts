import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parsePgUrl } from './open.js';

describe('parsePgUrl: a URL without a user name', () => {
  it('connects as PGUSER, else as the operating-system user (libpq defaults)', () => {
    expect(parsePgUrl('postgres://127.0.0.1:5432/test', { PGUSER: 'desk' }).connectionString).toBe('postgres://desk@127.0.0.1:5432/test');
    expect(parsePgUrl('postgres://127.0.0.1:5432/test', {}).connectionString).toBe(`postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`);
  });
  it('keeps a user the URL names', () => {
    expect(parsePgUrl('postgres://root@127.0.0.1:5432/test?schema=ww', { PGUSER: 'desk' })).toEqual({
      connectionString: 'postgres://root@127.0.0.1:5432/test',
      schema: 'ww',
      options: '',
    });
  });
});
