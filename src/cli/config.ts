/**
 * `wirewatch config check FILE...` (or `--config FILE`, as `run` takes it): validates config files (YAML + schema + env overrides) and prints
 * one JSON line per file (`{file, ok: true}` or `{file, error: {code, message, problems}}`); each
 * problem also goes to stderr as `file:line:column: key: message`. Exit 0 when all are valid, 1 otherwise.
 * `wirewatch config reference` prints the Markdown reference generated from the schema.
 */
import { ConfigError, formatProblem, loadConfig } from '../config/load.js';
import { configReference } from '../config/reference.js';
import { UsageError, type Subcommand } from './io.js';

/** The files to check: positional arguments and `--config FILE` (as `run` takes it), in order. */
function filesToCheck(args: string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--config' || a === '-c') {
      if (args[i + 1] === undefined) throw new UsageError('wirewatch config check: --config needs a file');
      files.push(args[++i]);
    } else if (a.startsWith('--config=')) files.push(a.slice('--config='.length));
    else if (a.startsWith('-') && a !== '-')
      throw new UsageError(`wirewatch config check: unknown option ${a}; usage: wirewatch config check FILE... (or --config FILE)`);
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
  let failed = false;
  for (const file of files) {
    try {
      const config = await loadConfig(file, io.env);
      io.out(JSON.stringify({ file, ok: true, feeds: config.feeds.length, topics: config.topics.length, subscriptions: config.subscriptions.length }));
    } catch (e) {
      failed = true;
      if (e instanceof ConfigError) {
        io.out(JSON.stringify({ file, error: { code: e.code, message: e.message, problems: e.problems } }));
        for (const p of e.problems) io.err(formatProblem(p));
      } else throw e;
    }
  }
  return failed ? 1 : 0;
};
