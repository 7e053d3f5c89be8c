/**
 * Loads `wirewatch.yaml`: YAML (yaml's parseDocument + LineCounter, so every problem has a line),
 * `WIREWATCH_…` environment overrides, then the zod schema. Every problem names the file, line,
 * column and key and says what was expected.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { WirewatchError } from '../model/errors.js';
import { configSchema, type Config } from './schema.js';
import { envOverrides } from './env.js';
import { crossRefProblems } from './cross-refs.js';
import { flattenUnion, issueText } from '../model/schema-issues.js';
import { yamlErrorAt } from '../model/yaml-errors.js';

/** One problem in a config file. `line`/`column` are 1-based; 0 when the problem has no place in the file. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted key path, e.g. `polling.interval` or `subscriptions[0].cron`. */
  key: string;
  message: string;
}

/**
 * Thrown by `loadConfig`/`parseConfig` with every problem found (code `config`). The message is the
 * problem, or `N problems:` and one per line; it carries no `config:` prefix of its own (the CLI adds
 * the code once: `wirewatch run: config: FILE:LINE:COL: KEY: …`).
 */
export class ConfigError extends WirewatchError {
  constructor(readonly problems: ConfigProblem[]) {
    super('config', problems.length === 1 ? formatProblem(problems[0]) : `${problems.length} problems:\n${problems.map((p) => '  ' + formatProblem(p)).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** `file:line:column: key: message` (the form editors and CI annotators understand). */
export function formatProblem(p: ConfigProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${where}: ${p.key || '(top level)'}: ${p.message}`;
}

/** Key names that would be secrets; secrets come from the environment only (see secrets.ts). */
const SECRET_KEY = /token|secret|password|api[-_]?key/i;

/** `a.b[0].c` for a path. */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += (out ? '.' : '') + String(seg);
  }
  return out;
}

function locate(doc: Document, counter: LineCounter, path: readonly PropertyKey[], childKey?: string): { line: number; column: number } {
  // Walk down as far as the document goes; a missing key is reported at its parent.
  let node: unknown = doc.contents;
  let at = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const seg of [...path, ...(childKey === undefined ? [] : [childKey])]) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      at = (seg === childKey ? keyNode.range?.[0] : (pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0]) ?? at;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      at = (node as Node).range?.[0] ?? at;
    } else break;
  }
  const pos = counter.linePos(at);
  return { line: pos.line, column: pos.col };
}

/**
 * The dotted key path of the node at `offset` in the source (a duplicate key names itself, e.g.
 * `digests.cron`), or '' when the offset is outside every mapping (a top-level syntax error).
 */
function keyAt(doc: Document, offset: number): string {
  const inside = (n: unknown) => {
    const r = (n as Node | null)?.range;
    return r != null && offset >= r[0] && offset < Math.max(r[1], r[0] + 1);
  };
  const path: PropertyKey[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => inside(p.key) || inside(p.value));
      if (!pair) break;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
      if (inside(pair.key)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex(inside);
      if (i < 0) break;
      path.push(i);
      node = node.items[i];
    } else break;
  }
  return keyPath(path);
}

/** The top-level section (`store`, `feeds`, …) the source offset falls in: the last one whose key starts at or before it. */
function sectionAt(doc: Document, offset: number): string {
  let section = '';
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const start = (pair.key as Node | null)?.range?.[0];
      if (start !== undefined && start <= offset && isScalar(pair.key)) section = String(pair.key.value);
    }
  }
  return section;
}

/** Finds secret-looking keys (reported, never echoed) and returns their paths so validation can skip them. */
function secretProblems(doc: Document, counter: LineCounter, file: string): ConfigProblem[] & { paths?: PropertyKey[][] } {
  const problems: ConfigProblem[] & { paths?: PropertyKey[][] } = [];
  problems.paths = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (SECRET_KEY.test(key)) {
          problems.paths!.push([...path, key]);
          const pos = counter.linePos((pair.key as Node).range?.[0] ?? 0);
          problems.push({
            file,
            line: pos.line,
            column: pos.col,
            key: keyPath([...path, key]),
            message:
              'secrets are never read from the config file: set DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_APP_TOKEN or SLACK_SIGNING_SECRET in the environment (or NAME_FILE pointing at a file)',
          });
        } else walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(doc.contents, []);
  return problems;
}

/**
 * One report per problem: when two checks (the cross-references and the schema) flag the same key at
 * the same place and one message starts with the other, the fuller one is kept.
 */
function withoutRepeats(problems: ConfigProblem[]): ConfigProblem[] {
  const at = (p: ConfigProblem) => `${p.file}\u0000${p.line}\u0000${p.column}\u0000${p.key}`;
  return problems.filter(
    (p, i) => !problems.some((q, j) => j !== i && at(q) === at(p) && q.message !== p.message && q.message.startsWith(p.message)) &&
      problems.findIndex((q) => at(q) === at(p) && q.message === p.message) === i,
  );
}

/**
 * Parses and validates config text.
 * @param text YAML source
 * @param file the file name, for messages
 * @param env environment for `WIREWATCH_…` overrides (default: none)
 * @returns the validated config (durations in ms, defaults filled)
 * @throws ConfigError listing every problem with file:line:column and key
 */
export function parseConfig(text: string, file: string, env: NodeJS.ProcessEnv = {}): Config {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntax: ConfigProblem[] = doc.errors.map((e) => {
    const at = yamlErrorAt(text, e);
    const pos = counter.linePos(at.offset);
    // A duplicate key names itself, an unclosed quote the key whose value it opens; other syntax
    // errors lie between keys and name none.
    const key = e.code === 'DUPLICATE_KEY' ? keyAt(doc, e.pos[0]) : at.offset !== e.pos[0] ? keyAt(doc, at.offset) : '';
    return { file, line: pos.line, column: pos.col, key, message: `YAML syntax: ${at.message}` };
  });
  // A syntax error does not hide the other problems: the yaml library recovers what it can, and what
  // it read before the first error that breaks the structure (a duplicate key does not), outside the
  // top-level sections such an error is in, is validated too, so one `config check` lists every
  // problem it can find. The rest is left out: there the recovered document is a guess (an unclosed
  // `[` swallows the next lines into a list), and its problems would mostly be echoes of the error.
  // The library notices some errors only where the next section begins, so the section just before the
  // place it reports is counted as broken too.
  const broken = doc.errors.flatMap((e, i) => (e.code === 'DUPLICATE_KEY' ? [] : [{ line: syntax[i].line, offsets: [e.pos[0] - 1, e.pos[0], yamlErrorAt(text, e).offset] }]));
  const trustedBefore = Math.min(Infinity, ...broken.map((b) => b.line));
  const brokenSections = new Set(broken.flatMap((b) => b.offsets.map((o) => sectionAt(doc, o))));
  const trusted = (p: ConfigProblem) => p.line === 0 || (p.line < trustedBefore && !brokenSections.has(p.key.split(/[.[]/)[0]));

  // A secret in the file is reported with every other problem (it must not hide them), and its value
  // is dropped before validation so that nothing echoes it.
  const secrets = secretProblems(doc, counter, file);

  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch {
    throw new ConfigError(syntax); // nothing recoverable to validate
  }
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) {
    throw new ConfigError(
      syntax.length ? syntax : [{ file, line: 1, column: 1, key: '', message: 'expected a mapping of sections (store, http, feeds, topics, ...)' }],
    );
  }
  for (const path of secrets.paths ?? []) {
    let node: unknown = raw;
    for (const seg of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
    if (node && typeof node === 'object') delete (node as Record<PropertyKey, unknown>)[path[path.length - 1]];
  }
  const { value, sources, problems: envProblems } = envOverrides(raw as Record<string, unknown>, env);
  const problems: ConfigProblem[] = [...secrets];
  problems.push(...envProblems.map((p) => ({ file: `environment ${p.name}`, line: 0, column: 0, key: p.key, message: p.message })));
  for (const p of crossRefProblems(value)) {
    const key = keyPath(p.path);
    const envName = sources.get(key);
    problems.push(envName ? { file: `environment ${envName}`, line: 0, column: 0, key, message: p.message } : { file, ...locate(doc, counter, p.path), key, message: p.message });
  }
  // `jitless`: zod would otherwise compile (`new Function`) a parser for each object schema on its first
  // parse — code no code cache keeps, made again by every start for a config parsed once (ADR 0293).
  const result = configSchema.safeParse(value, { reportInput: true, jitless: true });
  if (result.success && problems.length === 0 && syntax.length === 0) return result.data;

  for (const issue of result.success ? [] : result.error.issues.flatMap(flattenUnion)) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        const pos = locate(doc, counter, issue.path, k);
        problems.push({ file, ...pos, key: keyPath([...issue.path, k]), message: 'unknown key (misspelt? see docs/config-reference.md)' });
      }
      continue;
    }
    const key = keyPath(issue.path);
    const envName = sources.get(key);
    if (envName) {
      problems.push({ file: `environment ${envName}`, line: 0, column: 0, key, message: issueText(issue, 'docs/config-reference.md') });
      continue;
    }
    problems.push({ file, ...locate(doc, counter, issue.path), key, message: issueText(issue, 'docs/config-reference.md') });
  }
  const all = [...syntax, ...secrets, ...problems.filter((p) => !secrets.includes(p) && trusted(p))];
  all.sort((a, b) => a.line - b.line || a.column - b.column);
  throw new ConfigError(withoutRepeats(all));
}

/**
 * Reads and validates a config file (see `parseConfig`).
 * @throws ConfigError (code `config`) for an unreadable or invalid file
 */
export async function loadConfig(file: string, env: NodeJS.ProcessEnv = {}): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError([{ file, line: 0, column: 0, key: '', message: `cannot read: ${(e as Error).message}` }]);
  }
  return parseConfig(text, file, env);
}

/** The config with every default and no file: what `wirewatch run` uses without `--config`. */
export function defaultConfig(env: NodeJS.ProcessEnv = {}): Config {
  return parseConfig('{}', '(defaults)', env);
}
