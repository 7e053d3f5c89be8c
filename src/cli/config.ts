/**
 * `wirewatch config check FILE...`: validates config files (YAML + schema + env overrides) and prints
 * one JSON line per file (`{file, ok: true}` or `{file, error: {code, message, problems}}`); each
 * problem also goes to stderr as `file:line:column: key: message`. Exit 0 when all are valid, 1 otherwise.
 * `wirewatch config reference` prints the Markdown reference generated from the schema.
 */
import { ConfigError, formatProblem, loadConfig } from '../config/load.js';
import { configReference } from '../config/reference.js';
import { UsageError, type Subcommand } from './io.js';

export const configCommand: Subcommand = async (argv, io) => {
  const [action, ...files] = argv;
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
