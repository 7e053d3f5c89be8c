import { describe, expect, it } from 'vitest';
import { HELP, helpFor, MAIN_HELP, wantsHelp } from './help.js';
import { optionErrorText, parseOptions } from './options.js';

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
});
