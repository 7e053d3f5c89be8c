/**
 * Every default the docs state for a config key is the schema's default (issue 20: the docs said
 * "up to two" quotes while the service showed three). Statements are found in the form the docs use,
 * "`section.key` … default VALUE" (durations like `20 s`, `10 minutes`, `24 h`; sizes like `15 MiB`),
 * plus the few stated in words, listed below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { HELP } from '../src/cli/help.js';
import { REPO_ROOT } from './support/shared-corpus.js';

const defaults = defaultConfig() as unknown as Record<string, Record<string, unknown>>;
const DOCS = [
  'README.md',
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md') && f !== 'config-reference.md')
    .map((f) => `docs/${f}`),
];
const read = (f: string) => readFileSync(path.join(REPO_ROOT, f), 'utf8');

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  seconds: 1000,
  min: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
};

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** A stated value in the schema's terms: durations in ms, sizes in bytes, numbers, else the text. */
export function statedValue(text: string): unknown {
  const t = text
    .trim()
    .replace(/^`|`$/g, '')
    .replace(/^(one|two|three|four|five|six|ten|twelve)\b/, (w) => String({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twelve: 12 }[w]));
  let m = /^(\d+(?:\.\d+)?)\s*MiB$/.exec(t);
  if (m) return Number(m[1]) * 1024 * 1024;
  m = /^(\d+(?:\.\d+)?|one|two|three|four|five)[\s-]*([a-z]+)$/.exec(t);
  if (m && UNIT_MS[m[2]] !== undefined) return (WORDS[m[1]] ?? Number(m[1])) * UNIT_MS[m[2]];
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

function schemaDefault(key: string): unknown {
  const [section, ...rest] = key.split('.');
  let v: unknown = defaults[section];
  for (const k of rest) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

const STATEMENT = /`([a-z]+\.[a-zA-Z]+(?::[a-z]+\.[a-zA-Z]+)?)`[^`\n]{0,30}?\bdefault:?\s+(`[^`]+`|[^;,)\n]+)/g;

function statements(): { where: string; key: string; stated: string }[] {
  const out: { where: string; key: string; stated: string }[] = [];
  for (const f of DOCS) {
    const text = read(f);
    for (const m of text.matchAll(STATEMENT)) {
      if (!(m[1].split('.')[0] in defaults)) continue;
      out.push({ where: `${f}:${text.slice(0, m.index).split('\n').length}`, key: m[1], stated: m[2].trim() });
    }
  }
  return out;
}

describe('defaults stated in the docs', () => {
  it('match the schema (`key` … default VALUE)', () => {
    const found = statements();
    expect(found.length).toBeGreaterThanOrEqual(7); // the scan must keep finding the statements
    const wrong = found
      .map((s) => {
        const want = s.key.includes(':')
          ? s.key
              .split(':')
              .map((k) => String(schemaDefault(k)))
              .join(':')
          : schemaDefault(s.key);
        return { ...s, want, got: statedValue(s.stated) };
      })
      .filter((s) => s.want === undefined || String(s.got) !== String(s.want));
    expect(wrong).toEqual([]);
  });

  it('parses the forms the docs use', () => {
    expect(statedValue('20 s')).toBe(20_000);
    expect(statedValue('10 minutes')).toBe(600_000);
    expect(statedValue('24 h')).toBe(86_400_000);
    expect(statedValue('one day')).toBe(86_400_000);
    expect(statedValue('15 MiB')).toBe(15 * 1024 * 1024);
    expect(statedValue('one day')).toBe(86_400_000);
    expect(statedValue('`0.0.0.0:8080`')).toBe('0.0.0.0:8080');
  });

  it('quotes per story: the docs, the README, `wirewatch digest --help` and the schema agree', () => {
    const n = defaults.digests.maxQuotes as number;
    const digests = /Up to (\w+) per entry/.exec(read('docs/digests.md'));
    expect(WORDS[digests![1]]).toBe(n);
    const readme = /its (\w+) best quotes/.exec(read('README.md'));
    expect(WORDS[readme![1]]).toBe(n);
    expect(HELP.digest).toContain(`--max-quotes N     key quotes per story (default: digests.maxQuotes, ${n})`);
  });
});
