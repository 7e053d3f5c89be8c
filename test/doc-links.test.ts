/**
 * Every relative link in README.md and docs/ (Markdown `[text](path)` or `[text](path#anchor)`) points at
 * a file of the repository, resolved from the file that holds it, as GitHub resolves it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

/** The relative link targets of one Markdown text, code spans and fenced blocks left out. */
export function relativeLinks(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const links: string[] = [];
  for (const m of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1].split('#')[0];
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    links.push(decodeURIComponent(target));
  }
  return links;
}

describe('documentation links', () => {
  it('finds relative links and skips URLs, anchors and code', () => {
    expect(relativeLinks('[a](docs/x.md) [b](https://e.org/y) [c](#top) `[d](no.md)` [e](y.md#s)')).toEqual(['docs/x.md', 'y.md']);
  });
  it('every relative link in README.md and docs/ resolves to a file', () => {
    const files = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))];
    const broken = files.flatMap((file) =>
      relativeLinks(readFileSync(file, 'utf8'))
        .filter((target) => !existsSync(join(dirname(file), target)))
        .map((target) => `${relative(root, file)} → ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
