import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, helpFor, MAIN_HELP, wantsHelp } from './help.js';
import { optionErrorText, parseOptions } from './options.js';

const repo = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(repo, 'node_modules/tsx/dist/cli.mjs');
const main = path.join(repo, 'src/cli/main.ts');

/** Every command and subcommand the CLI has (main.ts SUBCOMMANDS and each one's actions). */
const COMMANDS = [
  'parse',
  'quotes',
  'match',
  'digest',
  'demo',
  'run',
  'config',
  'config check',
  'config reference',
  'feeds',
  'feeds import',
  'feeds export',
  'db',
  'db backup',
  'db migrate',
  'db prune',
  'db check',
  'discord',
  'discord register',
];

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [tsx, main, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('wirewatch --help', () => {
  it.each(COMMANDS)('%s has help with a usage line and an example', (cmd) => {
    const text = HELP[cmd];
    expect(text).toBeDefined();
    expect(text).toMatch(new RegExp(`^usage: wirewatch ${cmd.split(' ')[0]}`));
    expect(text).toMatch(/\nexamples?:\n {2}\S/);
  });

  it('finds the subcommand help after options and falls back to the command', () => {
    expect(helpFor('feeds', ['--config', 'x.yaml', 'import', '--help'])).toBe(HELP['feeds']); // x.yaml is the first positional
    expect(helpFor('feeds', ['import', '--help'])).toBe(HELP['feeds import']);
    expect(helpFor('db', ['vacuum', '--help'])).toBe(HELP.db);
    expect(wantsHelp(['a', '--', '--help'])).toBe(false);
    expect(wantsHelp(['a', '-h'])).toBe(true);
    expect(MAIN_HELP).toMatch(/--version/);
  });

  it("names the option in parse errors, without node:util's unbalanced quotes", () => {
    expect(() => parseOptions(['--sinc', '3d'], { since: { type: 'string' } })).toThrow("unknown option '--sinc' (options: --since, --help)");
    expect(() => parseOptions(['--since'], { since: { type: 'string' } })).toThrow("option '--since' needs a value");
    expect(() => parseOptions(['--json=1'], { json: { type: 'boolean' } })).toThrow("option '--json' takes no value");
    expect(() => parseOptions(['--since', '-5h'], { since: { type: 'string' } })).toThrow("option '--since' is followed by something starting with '-'");
    expect(optionErrorText('something else', [])).toBe('something else');
  });

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
