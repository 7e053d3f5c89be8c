/**
 * Watchlist files: YAML with a `topics` list (see /work/shared/corpus/watchlist.yaml and
 * docs/term-syntax.md), validated with zod; errors name the file, line and key
 * (`watchlist.yaml:12: topics[1].terms[0]: invalid term "NEAR/4 Niš": ...`).
 */
import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { WirewatchError } from '../../model/errors.js';
import type { Topic } from '../../model/watchlist.js';
import { validateTerm } from './term.js';
import { flattenUnion, issueText } from '../../model/schema-issues.js';
import { yamlErrorAt } from '../../model/yaml-errors.js';

/** A term: a string in the term syntax (checked with `validateTerm`). */
export const termSchema = z.string().superRefine((term, ctx) => {
  try {
    validateTerm(term);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message.replace(/^matcher: /, '') });
  }
});

/** One topic as written in YAML; `exclude`, `priority` and `workspace` are optional. */
export const topicSchema = z
  .object({
    id: z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$/u, 'a topic id is letters, digits, and - _ . : inside'),
    name: z.string().trim().min(1),
    terms: z.array(termSchema).min(1, 'a topic needs at least one term'),
    exclude: z.array(termSchema).default([]),
    priority: z.enum(['digest', 'instant']).default('digest'),
    workspace: z.string().min(1).nullable().default(null),
  })
  .strict();

/** A list of topics with distinct ids (for the config loader to embed). */
export const topicsSchema = z.array(topicSchema).superRefine((topics, ctx) => {
  const seen = new Set<string>();
  topics.forEach((t, i) => {
    if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate topic id "${t.id}"` });
    seen.add(t.id);
  });
});

/** A watchlist file: `{ topics: [...] }`. */
export const watchlistFileSchema = z.object({ topics: topicsSchema }).strict();

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out;
}

/**
 * Parses and validates a watchlist.
 * @param yamlText the file's text
 * @param file the file's name, for messages
 * @returns the topics (`exclude` defaults to [], `priority` to `digest`, `workspace` to null)
 * @throws WirewatchError `invalid_watchlist` whose message lists each problem as
 *   `FILE:LINE: KEY.PATH: what is wrong` (YAML syntax errors as `FILE:LINE: ...`)
 */
export function parseWatchlist(yamlText: string, file: string): Topic[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const at = yamlErrorAt(yamlText, e);
      return `${file}:${lineCounter.linePos(at.offset).line}: ${at.message}`;
    });
    throw new WirewatchError('invalid_watchlist', lines.join('\n'));
  }
  const data: unknown = doc.toJS();
  // A bare list of topics, or one topic at the top: say what the file should look like.
  if (Array.isArray(data) || (data !== null && typeof data === 'object' && !('topics' in data))) {
    throw new WirewatchError(
      'invalid_watchlist',
      `${file}:1: a watchlist file is a mapping with a "topics" list ("topics:" then "  - id: kosovo", "    name: Kosovo", "    terms: [Kosovo]"); this file has ${Array.isArray(data) ? 'a bare list' : 'no "topics" key'}`,
    );
  }
  // `jitless`: a file parsed once gains nothing from zod compiling a parser per object schema (ADR 0293).
  const result = watchlistFileSchema.safeParse(data, { reportInput: true, jitless: true });
  if (result.success) return result.data.topics;
  const lines = result.error.issues
    .flatMap(flattenUnion)
    .slice(0, 10)
    .map((raw) => {
      // An unknown key is reported at the key itself.
      const issue = raw.code === 'unrecognized_keys' && raw.keys.length > 0 ? { ...raw, path: [...raw.path, raw.keys[0]] } : raw;
      let line = 1;
      // The deepest YAML node that exists on the issue's path gives the line.
      for (let n = issue.path.length; n >= 0; n--) {
        const at = n === 0 ? doc.contents : doc.getIn(issue.path.slice(0, n) as (string | number)[], true);
        if (isNode(at) && at.range) {
          line = lineCounter.linePos(at.range[0]).line;
          break;
        }
      }
      const where = pathText(issue.path);
      const message = raw.code === 'unrecognized_keys' ? 'unknown key (misspelt? see docs/term-syntax.md)' : issueText(issue, 'docs/term-syntax.md');
      return `${file}:${line}: ${where ? where + ': ' : ''}${message}`;
    });
  throw new WirewatchError('invalid_watchlist', lines.join('\n'));
}

/**
 * Reads and validates a watchlist file.
 * @param path the YAML file
 * @throws WirewatchError `invalid_watchlist` (see `parseWatchlist`); `not_found` when it cannot be read
 */
export async function loadWatchlist(path: string): Promise<Topic[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new WirewatchError('not_found', `watchlist: cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
  return parseWatchlist(text, path);
}
