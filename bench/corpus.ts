/** The texts the text-processing benchmarks share: the annotated corpus when it is beside the project, else the demo pages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromText, type Article } from '../src/model/article.js';
import { extractArticle } from '../src/reader/article/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The benchmark's texts: corpus articles, else the demo pages. */
export function benchTexts(): Article[] {
  const dev = path.resolve(repo, '../shared/corpus/quotes/dev');
  if (existsSync(dev)) {
    return readdirSync(dev)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => articleFromText(readFileSync(path.join(dev, n), 'utf8'), n));
  }
  const pages = path.join(repo, 'config/demo/pages');
  return readdirSync(pages)
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((n) => extractArticle(readFileSync(path.join(pages, n), 'utf8'), null));
}
