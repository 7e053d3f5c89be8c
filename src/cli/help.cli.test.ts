/**
 * The CLI's help and option errors as a user meets them: `wirewatch` run as a process (through tsx),
 * its exit codes and which stream it writes to. In the `slow` project (it spawns the CLI four times);
 * the help texts themselves are checked in help.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from './help.js';

const repo = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(repo, 'node_modules/tsx/dist/cli.mjs');
const main = path.join(repo, 'src/cli/main.ts');

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [tsx, main, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('wirewatch --help', () => {
  it('main: --help on a subcommand exits 0 on stdout; --version; a bad option exits 2 naming it', () => {
    const help = cli(['feeds', 'import', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.trim()).toBe(HELP['feeds import']);
    const v = cli(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const bad = cli(['digest', '--sinc', '3d']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("wirewatch digest: unknown option '--sinc'");
    expect(bad.stderr).toContain("(see 'wirewatch digest --help')");
    expect(execFileSync(process.execPath, [tsx, main, 'help', 'db', 'prune'], { cwd: repo, encoding: 'utf8' }).trim()).toBe(HELP['db prune']);
  }, 60_000);
});
