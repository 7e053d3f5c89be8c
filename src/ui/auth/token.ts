/**
 * The panel's admin token: from `WIREWATCH_UI_TOKEN` or `WIREWATCH_UI_TOKEN_FILE` (a path whose
 * trimmed contents are the token: Docker and Kubernetes secrets, like the platform tokens in
 * config/secrets.ts), else made at the first start and handed back once as `generated`, for the
 * caller to print to standard error. Only its SHA-256 is kept: in memory, and for a generated token
 * in a file beside the database (`<store.path>.ui-token`, mode 0600), so later starts accept the same
 * token without ever showing it again. Delete that file to get a new one. A `:memory:` store keeps
 * nothing: a new token is made (and printed) at every start.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { WirewatchError } from '../../model/errors.js';

/** Shortest token accepted from the environment (a guessable token defeats the panel's sign-in). */
export const MIN_TOKEN_CHARS = 16;

/** What the sign-in checks a typed token against. */
export interface UiToken {
  /** Whether `candidate` is the token (constant time in the token's length). */
  verify(candidate: string): boolean;
  /** Where it came from. */
  source: 'env' | 'file' | 'stored' | 'generated';
  /** The token in clear, only when it was just made (print it once; it is never shown again). */
  generated?: string;
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

function verifier(hash: Buffer): (candidate: string) => boolean {
  return (candidate) => timingSafeEqual(sha256(candidate.trim()), hash);
}

/**
 * Resolves the admin token (see the module comment).
 * @param env the process environment
 * @param storePath `store.path` from the config; the hash file lives beside it (`:memory:`: nowhere)
 * @throws WirewatchError `config` when both variables are set, the file is unreadable or empty, the
 *   token is shorter than {@link MIN_TOKEN_CHARS}, or the stored hash file is not one this module wrote
 */
export async function resolveUiToken(env: NodeJS.ProcessEnv, storePath: string): Promise<UiToken> {
  const direct = env.WIREWATCH_UI_TOKEN;
  const file = env.WIREWATCH_UI_TOKEN_FILE;
  if (direct && file) throw new WirewatchError('config', 'config: both WIREWATCH_UI_TOKEN and WIREWATCH_UI_TOKEN_FILE are set; set only one');
  let given: string | null = null;
  if (direct) given = direct.trim();
  else if (file) {
    try {
      given = (await readFile(file, 'utf8')).trim();
    } catch (e) {
      throw new WirewatchError('config', `config: WIREWATCH_UI_TOKEN_FILE: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (given !== null) {
    if (given.length < MIN_TOKEN_CHARS)
      throw new WirewatchError('config', `config: the panel token (WIREWATCH_UI_TOKEN${file ? '_FILE' : ''}) must have at least ${MIN_TOKEN_CHARS} characters`);
    return { verify: verifier(sha256(given)), source: direct ? 'env' : 'file' };
  }
  const hashFile = storePath === ':memory:' ? null : `${storePath}.ui-token`;
  if (hashFile) {
    const stored = await readFile(hashFile, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw new WirewatchError('config', `config: cannot read the panel token hash ${hashFile}: ${e.code ?? e.message}`);
    });
    if (stored !== null) {
      const m = /^sha256:([0-9a-f]{64})\s*$/.exec(stored);
      if (!m) throw new WirewatchError('config', `config: ${hashFile} is not a panel token hash; delete it to make a new token`);
      return { verify: verifier(Buffer.from(m[1], 'hex')), source: 'stored' };
    }
  }
  const token = randomBytes(24).toString('base64url');
  if (hashFile) await writeFile(hashFile, `sha256:${sha256(token).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return { verify: verifier(sha256(token)), source: 'generated', generated: token };
}
