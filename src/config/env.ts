/**
 * `WIREWATCH_…` environment overrides. Every scalar (or list-of-scalars) field of the schema has one:
 * the key path upper-snake-cased, e.g. `polling.perHost` → `WIREWATCH_POLLING_PER_HOST`,
 * `http.port` → `WIREWATCH_HTTP_PORT`. Values are read as YAML flow scalars, so `8080` is a number,
 * `true` a boolean and `[a, b]` a list; a list setting also takes `a,b` (comma-separated). Lists of
 * mappings (feeds, topics, subscriptions) have none. A few settings have a shorter documented name
 * (`NAMES`), keeping the generated one as an alias: `WIREWATCH_ALLOW_CIDRS` is the name issue 3 and the
 * one-shot commands use for `fetch.allowCidrs`, `WIREWATCH_FETCH_ALLOW_CIDRS` still works.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configSchema } from './schema.js';

/** `perHost` → `PER_HOST`. */
function upperSnake(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

/** One overridable setting. */
export interface EnvSetting {
  /** `WIREWATCH_POLLING_PER_HOST` */
  name: string;
  /** `['polling', 'perHost']` */
  path: string[];
  /** Other names read for the same setting (older or generated ones); `name` is the documented one. */
  aliases: string[];
  /** A list of strings: a value that is not a YAML list is split on commas. */
  list: boolean;
}

/** Documented names that differ from the generated `WIREWATCH_<PATH>` (which stays an alias). */
const NAMES: Record<string, string> = {
  'fetch.allowCidrs': 'WIREWATCH_ALLOW_CIDRS',
  // the name `wirewatch discord register` read before the setting existed
  'discord.restApi': 'WIREWATCH_DISCORD_API',
};

/** An environment variable that could not be applied (two names of one setting disagree). */
export interface EnvProblem {
  name: string;
  key: string;
  message: string;
}

/** Every environment variable the config reads, in schema order. */
export function envSettings(): EnvSetting[] {
  const out: EnvSetting[] = [];
  const walk = (schema: z.ZodType, path: string[]): void => {
    const s = unwrap(schema);
    if (s instanceof z.ZodObject) {
      for (const [k, child] of Object.entries(s.shape as Record<string, z.ZodType>)) walk(child, [...path, k]);
      return;
    }
    // top-level lists (feeds, topics, subscriptions) and lists of mappings are config-file only
    if (s instanceof z.ZodArray && (path.length === 1 || !(unwrap(s.element as z.ZodType) instanceof z.ZodString))) return;
    const generated = 'WIREWATCH_' + path.map(upperSnake).join('_');
    const name = NAMES[path.join('.')] ?? generated;
    out.push({ name, path, aliases: name === generated ? [] : [generated], list: s instanceof z.ZodArray });
  };
  walk(configSchema, []);
  return out;
}

/**
 * Applies `WIREWATCH_…` overrides to the raw (pre-validation) config object. A setting's documented
 * name wins over its aliases; both set to different values is a problem (not a silent choice).
 * @returns the new object; per dotted key, the variable it came from (for error messages); problems
 */
export function envOverrides(
  raw: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
): { value: Record<string, unknown>; sources: Map<string, string>; problems: EnvProblem[] } {
  const value = structuredClone(raw);
  const sources = new Map<string, string>();
  const problems: EnvProblem[] = [];
  for (const { name, path, aliases, list } of envSettings()) {
    const set = [name, ...aliases].filter((n) => env[n] !== undefined && env[n] !== '');
    if (set.length === 0) continue;
    const from = set[0];
    const text = env[from]!;
    const other = set.find((n) => env[n]!.trim() !== text.trim());
    if (other) {
      problems.push({ name: other, key: path.join('.'), message: `both ${from} and ${other} are set, to different values; set only ${name}` });
      continue;
    }
    let parsed: unknown;
    try {
      parsed = parseYaml(text);
    } catch {
      parsed = text;
    }
    if (list && typeof parsed === 'string') parsed = parsed.split(',').map((v) => v.trim()).filter(Boolean);
    let node = value as Record<string, unknown>;
    for (const seg of path.slice(0, -1)) {
      if (typeof node[seg] !== 'object' || node[seg] === null) node[seg] = {};
      node = node[seg] as Record<string, unknown>;
    }
    node[path[path.length - 1]] = parsed;
    sources.set(path.join('.'), from);
  }
  return { value, sources, problems };
}
