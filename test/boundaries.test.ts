/**
 * The boundary rules bite: each forbidden edge of docs/ARCHITECTURE.md, written as a small snippet at a
 * path inside the folder it would come from, is linted with the repository's real ESLint config
 * (eslint.config.js → eslint/boundaries.js) and must be reported; a few allowed edges must not be.
 * The snippets import real files, so a rename that breaks a case shows up as a failure here too.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/shared-corpus.js';

/** Rules that speak for the architecture (other lint findings in a snippet are ignored). */
const BOUNDARY_RULES = new Set(['boundaries/dependencies', 'boundaries/no-unknown-files', 'boundaries/no-unknown-dependencies', 'no-restricted-syntax']);

let eslint: ESLint;

/** The boundary findings for `code` as if it were the file `file` (relative to the repository). */
async function boundaryFindings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return result.messages.filter((m) => m.ruleId && BOUNDARY_RULES.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

/** [what, file the snippet stands in, the snippet]. */
const FORBIDDEN: [string, string, string][] = [
  // The stages know nothing of the stages after them.
  ['pipeline → delivery', 'src/pipeline/probe.ts', "import { Dispatcher } from '../delivery/dispatcher.js';\nexport { Dispatcher };"],
  ['pipeline → commands', 'src/pipeline/matcher/probe.ts', "import type { Command } from '../../commands/command.js';\nexport type X = Command;"],
  ['pipeline → service.ts', 'src/pipeline/quotes/probe.ts', "import { Service } from '../../service.js';\nexport { Service };"],
  ['pipeline → platforms', 'src/pipeline/probe.ts', "import type { ChatPlatform } from '../platforms/platform.js';\nexport type X = ChatPlatform;"],
  [
    'pipeline/matcher → store (a type import)',
    'src/pipeline/matcher/probe.ts',
    "import type { ItemStore } from '../../store/store.js';\nexport type X = ItemStore;",
  ],
  [
    'pipeline/text → pipeline/matcher (upstream → downstream)',
    'src/pipeline/text/probe.ts',
    "import { compileWatchlist } from '../matcher/compile.js';\nexport { compileWatchlist };",
  ],
  ['reader → pipeline', 'src/reader/article/probe.ts', "import { tokenize } from '../../pipeline/text/tokens.js';\nexport { tokenize };"],
  ['digest → scheduler', 'src/digest/probe.ts', "import { DigestScheduler } from '../scheduler/digest-scheduler.js';\nexport { DigestScheduler };"],
  ['digest → store', 'src/digest/present/probe.ts', "import type { ItemStore } from '../../store/store.js';\nexport type X = ItemStore;"],
  ['delivery → scheduler', 'src/delivery/probe.ts', "import { DigestScheduler } from '../scheduler/digest-scheduler.js';\nexport { DigestScheduler };"],
  ['notices → commands', 'src/notices/probe.ts', "import type { Command } from '../commands/command.js';\nexport type X = Command;"],
  ['commands → platforms', 'src/commands/probe.ts', "import { DiscordPlatform } from '../platforms/discord/discord-platform.js';\nexport { DiscordPlatform };"],
  ['config → service.ts', 'src/config/probe.ts', "import { Service } from '../service.js';\nexport { Service };"],
  ['config → store', 'src/config/probe.ts', "import type { Store } from '../store/store.js';\nexport type X = Store;"],
  ['worker → service.ts', 'src/worker/probe.ts', "import { Service } from '../service.js';\nexport { Service };"],
  // Foundations import nothing above them.
  ['model → reader', 'src/model/probe.ts', "import { canonicalUrl } from '../reader/parser/urls.js';\nexport { canonicalUrl };"],
  ['model → pipeline', 'src/model/probe.ts', "import type { Matcher } from '../pipeline/matcher/compile.js';\nexport type X = Matcher;"],
  ['model → store, through `export … from`', 'src/model/probe.ts', "export type { Store } from '../store/store.js';"],
  ['log → store/sqlite', 'src/log/probe.ts', "import { openSqliteStore } from '../store/sqlite/open.js';\nexport { openSqliteStore };"],
  // Interfaces never reach for an implementation; the service is given its concrete parts.
  ['store interfaces → store/sqlite', 'src/store/probe.ts', "import { openSqliteStore } from './sqlite/open.js';\nexport { openSqliteStore };"],
  ['service.ts → store/sqlite', 'src/service-probe.ts', "import { openSqliteStore } from './store/sqlite/open.js';\nexport { openSqliteStore };"],
  [
    'service.ts → platforms/discord',
    'src/service.ts',
    "import { DiscordPlatform } from './platforms/discord/discord-platform.js';\nexport { DiscordPlatform };",
  ],
  ['main.ts → cli', 'src/main.ts', "import { runCli } from './cli/main.js';\nexport { runCli };"],
  // Platform adapters: each alone with its SDK, none importing another.
  [
    'platforms/slack → platforms/discord',
    'src/platforms/slack/probe.ts',
    "import { DiscordPlatform } from '../discord/discord-platform.js';\nexport { DiscordPlatform };",
  ],
  ['platforms/console → discord.js', 'src/platforms/console/probe.ts', "import { Client } from 'discord.js';\nexport { Client };"],
  ['platforms/discord → @slack/bolt', 'src/platforms/discord/probe.ts', "import { App } from '@slack/bolt';\nexport { App };"],
  [
    'digest/render/slack → @discordjs/builders',
    'src/digest/render/slack/probe.ts',
    "import { EmbedBuilder } from '@discordjs/builders';\nexport { EmbedBuilder };",
  ],
  ['pipeline → pino (the logger is log/)', 'src/pipeline/probe.ts', "import pino from 'pino';\nexport { pino };"],
  ['delivery → better-sqlite3', 'src/delivery/probe.ts', "import Database from 'better-sqlite3';\nexport { Database };"],
  // Dynamic import() is checked like a static one, and must be checkable.
  ['dynamic import(): pipeline → platforms/discord', 'src/pipeline/probe.ts', "export const load = () => import('../platforms/discord/register.js');"],
  ['dynamic import(): delivery → discord.js', 'src/delivery/probe.ts', "export const load = () => import('discord.js');"],
  ['a computed import()', 'src/reader/fetcher/probe.ts', 'export const load = (name: string) => import(`../../platforms/${name}/index.js`);'],
  // A folder nobody placed in the flow fails until it is.
  ['a new folder not in eslint/boundaries.js', 'src/newstage/probe.ts', 'export const x = 1;'],
];

/** Edges the flow allows (a rule that bites everything would pass the cases above). */
const ALLOWED: [string, string, string][] = [
  ['pipeline/matcher → pipeline/text', 'src/pipeline/matcher/probe.ts', "import { tokenize } from '../text/tokens.js';\nexport { tokenize };"],
  ['delivery → model (window subjects)', 'src/delivery/probe.ts', "import { parseWindowSubject } from '../model/delivery.js';\nexport { parseWindowSubject };"],
  ['platforms/discord → discord.js', 'src/platforms/discord/probe.ts', "import { Client } from 'discord.js';\nexport { Client };"],
  [
    'main.ts → store/sqlite and platforms/discord',
    'src/main.ts',
    "import { openSqliteStore } from './store/sqlite/open.js';\nimport { DiscordPlatform } from './platforms/discord/discord-platform.js';\nexport { openSqliteStore, DiscordPlatform };",
  ],
  ['cli → main.ts, dynamically', 'src/cli/probe.ts', "export const load = () => import('../main.js');"],
  ['scheduler → reader/fetcher', 'src/scheduler/probe.ts', "import { Fetcher } from '../reader/fetcher/fetcher.js';\nexport { Fetcher };"],
];

describe('boundary rules (eslint/boundaries.js)', () => {
  for (const [what, file, code] of FORBIDDEN) {
    it(`forbids ${what}`, async () => {
      expect(await boundaryFindings(file, code)).not.toEqual([]);
    });
  }
  for (const [what, file, code] of ALLOWED) {
    it(`allows ${what}`, async () => {
      expect(await boundaryFindings(file, code)).toEqual([]);
    });
  }
});

describe('docs/ARCHITECTURE.md', () => {
  it('shows the allow-list and package fences exactly as eslint/boundaries.js has them', async () => {
    const { readFileSync } = await import('node:fs');
    // @ts-expect-error: a plain .js module without types (the lint config's data)
    const { allowListTable } = (await import('../eslint/boundaries.js')) as { allowListTable: () => string };
    const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');
    const table = allowListTable();
    expect(doc.includes(table), `docs/ARCHITECTURE.md is out of step with eslint/boundaries.js; paste this table:\n${table}`).toBe(true);
  });
});
