/**
 * Schema (zod) issues in a config author's words, shared by the config loader and the watchlist file
 * loader so every file a user writes gets the same wording.
 */
import type { z } from 'zod';

/**
 * The issues a union failure stands for: zod reports `invalid_union` with one issue list per branch;
 * the branch that got deepest into the value is the one the user meant (a feed written as a mapping
 * is the `{url, interval}` branch, so its bad `interval` is named, not "a value of another shape").
 */
export function flattenUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || !Array.isArray(issue.errors) || issue.errors.length === 0) return [issue];
  const depth = (list: z.core.$ZodIssue[]) => Math.max(...list.map((i) => i.path.length + (i.code === 'invalid_union' ? 1 : 0)));
  const branches = issue.errors as z.core.$ZodIssue[][];
  const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  if (depth(best) === 0) return [issue];
  return best.flatMap((sub) => flattenUnion({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue));
}

/**
 * True for a string that looks like a credential: Slack (`xoxb-`, `xoxp-`, `xapp-`…), GitHub (`ghp_`…),
 * a Discord bot token (three base64url parts), a URL with a password, or a long unbroken run of
 * letters, digits and `-_.+/=` (a key pasted into the wrong place). Such a value is never echoed (issue 24).
 */
export function looksLikeSecret(s: string): boolean {
  return (
    /\b(?:xox[abposr]|xapp)-[\w-]{6,}/i.test(s) ||
    /\b(?:gh[pousr]|github_pat|sk|pk|rk)_[\w]{12,}/i.test(s) ||
    /[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}/.test(s) ||
    /\/\/[^/\s:@]*:[^/\s@]+@/.test(s) ||
    /^[\w\-.+/=]{32,}$/.test(s.trim())
  );
}

/** A short description of a value for a message; a secret-looking string is never echoed. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string' && looksLikeSecret(v)) return 'a string that looks like a secret (not shown)';
  const shown = JSON.stringify(v);
  return `${typeof v} ${shown.length > 80 ? `${shown.slice(0, 77)}…"` : shown}`;
}

/**
 * What a schema issue expected, in words a config author reads (never zod's own "Invalid input: …"):
 * `missing; expected string`, `expected number, got string "5m"`, `expected one of "a", "b"`.
 * @param issue one zod issue (after `flattenUnion`)
 * @param reference the doc that describes the valid shapes, named when a union matched no branch
 */
export function issueText(issue: z.core.$ZodIssue, reference: string): string {
  if (issue.code === 'invalid_type') {
    return !('input' in issue) || issue.input === undefined
      ? `missing; expected ${issue.expected}`
      : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_union') return 'expected ' + (issue.message === 'Invalid input' ? `a value of another shape (see ${reference})` : issue.message);
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  // A message the schema wrote itself ("a topic needs at least one term") says it better than a bound.
  if ((issue.code === 'too_small' || issue.code === 'too_big') && !/^Too (?:small|big)\b/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small')
    return `expected ${issue.origin === 'array' ? `at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}` : issue.origin === 'string' ? 'a non-empty value' : '≥ ' + String(issue.minimum)}`;
  if (issue.code === 'too_big')
    return `expected ${issue.origin === 'array' ? `at most ${String(issue.maximum)} ${issue.maximum === 1 ? 'entry' : 'entries'}` : '≤ ' + String(issue.maximum)}`;
  return issue.message.replace(/^Invalid input: /, '');
}
