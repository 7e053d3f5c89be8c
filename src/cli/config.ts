/**
 * `wirewatch config check [--strict] FILE...` (or `--config FILE`, as `run` takes it): validates config files (YAML + schema + env overrides) and prints
 * one JSON line per file (`{file, ok: true, …, warnings?}` or `{file, error: {code, message, problems}}`); each
 * problem also goes to stderr as `file:line:column: key: message`, each warning as `file: warning: …`.
 * Exit 0 when all are valid (warnings included, unless `--strict`), 1 otherwise.
 * `wirewatch config reference` prints the Markdown reference generated from the schema.
 */
import { readFile } from 'node:fs/promises';
import { isMap, parseDocument } from 'yaml';
import { ConfigError, formatProblem, loadConfig } from '../config/load.js';
import { configReference } from '../config/reference.js';
import type { Config } from '../config/schema.js';
import { UsageError, type Subcommand } from './io.js';

const ADD_FEEDS = 'list them under `feeds:`, or add them to the store with `wirewatch feeds import`, `/feed add` (Discord) or `/wirewatch feed add` (Slack)';

/**
 * What is valid but probably not meant: a file with no settings at all (valid YAML, every setting its
 * default) and a config with no feeds (a service with nothing to poll, unless the store already holds
 * feeds added by chat or `feeds import`).
 */
export function configWarnings(text: string, config: Config): string[] {
  const contents = parseDocument(text).contents;
  if (contents === null || (isMap(contents) && contents.items.length === 0)) {
    return [`the file is empty: every setting takes its default and there are no feeds, so the service has nothing to poll (${ADD_FEEDS})`];
  }
  if (config.feeds.length === 0) return [`no feeds: the service has nothing to poll until feeds are added (${ADD_FEEDS})`];
  return [];
}

/** The files to check: positional arguments and `--config FILE` (as `run` takes it), in order. */
function filesToCheck(args: string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--strict') continue;
    if (a === '--config' || a === '-c') {
      if (args[i + 1] === undefined) throw new UsageError('wirewatch config check: --config needs a file');
      files.push(args[++i]);
    } else if (a.startsWith('--config=')) files.push(a.slice('--config='.length));
    else if (a.startsWith('-') && a !== '-')
      throw new UsageError(`wirewatch config check: unknown option ${a}; usage: wirewatch config check [--strict] FILE... (or --config FILE)`);
    else files.push(a);
  }
  return files;
}

export const configCommand: Subcommand = async (argv, io) => {
  const [action, ...rest] = argv;
  const files = action === 'check' ? filesToCheck(rest) : rest;
  if (action === 'reference') {
    io.out(configReference());
    return 0;
  }
  if (action !== 'check' || files.length === 0) throw new UsageError('usage: wirewatch config check FILE... | wirewatch config reference');
  const strict = rest.includes('--strict');
  let failed = false;
  let warned = false;
  for (const file of files) {
    try {
      const config = await loadConfig(file, io.env);
      const warnings = configWarnings(await readFile(file, 'utf8'), config);
      const counts = { feeds: config.feeds.length, topics: config.topics.length, subscriptions: config.subscriptions.length };
      io.out(JSON.stringify({ file, ok: true, ...counts, ...(warnings.length ? { warnings } : {}) }));
      for (const w of warnings) io.err(`${file}: warning: ${w}`);
      warned ||= warnings.length > 0;
    } catch (e) {
      failed = true;
      if (e instanceof ConfigError) {
        io.out(JSON.stringify({ file, error: { code: e.code, message: e.message, problems: e.problems } }));
        for (const p of e.problems) io.err(formatProblem(p));
      } else throw e;
    }
  }
  return failed || (strict && warned) ? 1 : 0;
};
