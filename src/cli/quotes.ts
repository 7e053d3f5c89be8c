/**
 * `wirewatch quotes --json FILE...`: extracts quotes from articles. FILE is a corpus-format `.txt`
 * (headline, blank line, paragraphs) or an `.html` page (full text via the reader's article extractor).
 * Prints one JSON object per file: `{"file", "quotes": [{kind, text, speaker, speakerRole, paragraph,
 * start, end, confidence, salience}]}`.
 */
import { readFile } from 'node:fs/promises';
import { articleFromText, type Article } from '../model/article.js';
import { extractQuotes } from '../pipeline/quotes/index.js';
import { forEachInput, UsageError, type Subcommand } from './io.js';
import { parseOptions } from './options.js';

async function loadArticle(file: string): Promise<Article> {
  const text = await readFile(file, 'utf8');
  if (/\.html?$/i.test(file)) {
    const { extractArticle } = await import('../reader/article/index.js');
    return extractArticle(text, null);
  }
  return articleFromText(text, file);
}

/** The `quotes` subcommand. Exit code 0 when every file was read, 1 otherwise, 2 on bad usage. */
export const quotesCommand: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out('usage: wirewatch quotes --json FILE...');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('quotes: give at least one FILE (.txt or .html)');
  return forEachInput(positionals, io, async (file) => {
    const article = await loadArticle(file);
    const quotes = extractQuotes(article);
    if (!values.json) for (const q of quotes) io.err(`${file}: [${q.paragraph}] ${q.kind} ${q.speaker ?? '—'}: ${q.text.slice(0, 80)}`);
    return { quotes };
  });
};
