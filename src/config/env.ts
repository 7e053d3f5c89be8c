/**
 * `WIREWATCH_…` environment overrides. Every scalar (or list-of-scalars) field of the schema has one:
 * the key path upper-snake-cased, e.g. `polling.perHost` → `WIREWATCH_POLLING_PER_HOST`,
 * `http.port` → `WIREWATCH_HTTP_PORT`. Values are read as YAML flow scalars, so `8080` is a number,
 * `true` a boolean and `[a, b]` a list. Lists of mappings (feeds, topics, subscriptions) have none.
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
    out.push({ name: 'WIREWATCH_' + path.map(upperSnake).join('_'), path });
  };
  walk(configSchema, []);
  return out;
}

/**
 * Applies `WIREWATCH_…` overrides to the raw (pre-validation) config object.
 * @returns the new object and, per dotted key, the variable it came from (for error messages)
 */
export function envOverrides(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): { value: Record<string, unknown>; sources: Map<string, string> } {
  const value = structuredClone(raw);
  const sources = new Map<string, string>();
  for (const { name, path } of envSettings()) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    let parsed: unknown;
    try {
      parsed = parseYaml(text);
    } catch {
      parsed = text;
    }
    let node = value as Record<string, unknown>;
    for (const seg of path.slice(0, -1)) {
      if (typeof node[seg] !== 'object' || node[seg] === null) node[seg] = {};
      node = node[seg] as Record<string, unknown>;
    }
    node[path[path.length - 1]] = parsed;
    sources.set(path.join('.'), name);
  }
  return { value, sources };
}
