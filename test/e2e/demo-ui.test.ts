/**
 * `npm run demo -- --ui` as a user runs it: the built CLI prints the panel's URL and a token made for
 * this run on standard error, the token signs in, the digest still goes to standard output, and
 * Ctrl-C (SIGINT) ends it with exit 0.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

describe('wirewatch demo --ui', () => {
  it('prints the panel URL and token, signs in with that token, stops on SIGINT', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, WIREWATCH_LOG_LEVEL: 'silent', WIREWATCH_DEMO_PORT: '0', WIREWATCH_DEMO_UI_PORT: '0' };
    delete env.WIREWATCH_UI_TOKEN;
    delete env.WIREWATCH_UI_TOKEN_FILE;
    const child = spawn('node', [cli, 'demo', '--ui'], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    const ready = new Promise<{ url: string; token: string }>((resolve, reject) => {
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString();
        const url = /the web panel is at (http:\/\/127\.0\.0\.1:\d+\/ui\/) until Ctrl-C/.exec(stderr)?.[1];
        const token = /sign in with the token (\S+)/.exec(stderr)?.[1];
        if (url && token) resolve({ url, token });
      });
      child.once('exit', (code) => reject(new Error(`demo exited (${code}) before the panel: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const { url, token } = await ready;
      expect(stdout).toMatch(/^wirewatch digest · \d+ stories/);
      const login = await fetch(new URL('login', url), { redirect: 'manual' });
      expect(login.status).toBe(200);
      expect(login.headers.get('content-security-policy')).toContain("default-src 'none'");
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1];
      const signIn = (t: string) =>
        fetch(new URL('login', url), {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: csrf, token: t }),
        });
      expect((await signIn('wrong-token-wrong-token')).status).toBe(401);
      const ok = await signIn(token);
      expect(ok.status).toBe(303);
      expect(ok.headers.getSetCookie().some((c) => c.startsWith('ww_session='))).toBe(true);
      // The token is on standard error only, never with the results.
      expect(stdout).not.toContain(token);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
