// The one-way flow of docs/ARCHITECTURE.md as an allow-list, checked by @boundaries/eslint-plugin
// (ADR 0121). Each folder is an element; an element may import only the elements it lists (plus
// itself), for value and type imports, `export … from` and `import()` alike. A new folder: add one
// line to ELEMENTS (most specific patterns first) and say who may import it; anything not listed is
// an "unknown" file and fails lint until it is placed.

/**
 * [type, patterns (from the repository root), elements it may import].
 * Order matters: the first element whose pattern matches a file is that file's element.
 */
export const ELEMENTS = [
  // Foundations: plain types and the logger port. They import no other element.
  ['model', ['src/model/**'], []],
  ['log', ['src/log/**'], ['model']],

  // Reading: feed → bytes → items → full text.
  ['reader-fetcher', ['src/reader/fetcher/**'], ['model', 'log']],
  ['reader-parser', ['src/reader/parser/**'], ['model', 'log']],
  ['reader-discover', ['src/reader/discover/**'], ['model', 'log', 'reader-fetcher', 'reader-parser']],
  ['reader-article', ['src/reader/article/**'], ['model', 'log', 'reader-fetcher', 'reader-parser']],

  // Analysis: text → matcher / quotes / dedupe → the analyzer that runs them.
  ['pipeline-text', ['src/pipeline/text/**'], ['model']],
  ['pipeline-matcher', ['src/pipeline/matcher/**'], ['model', 'pipeline-text']],
  ['pipeline-quotes', ['src/pipeline/quotes/**'], ['model', 'pipeline-text']],
  ['pipeline-dedupe', ['src/pipeline/dedupe/**'], ['model', 'pipeline-text']],
  // analyze.ts builds an item's teaser article (reader/article/teaser.ts) inside the worker thread.
  ['pipeline-speakers', ['src/pipeline/speakers/**'], ['model', 'pipeline-text']],
  [
    'pipeline',
    ['src/pipeline/*.ts'],
    ['model', 'reader-article', 'pipeline-text', 'pipeline-matcher', 'pipeline-quotes', 'pipeline-dedupe', 'pipeline-speakers'],
  ],

  // Digests: compose (select, cluster, rank) → present → render (payloads are data).
  ['digest-i18n', ['src/digest/i18n/**'], ['model']],
  ['digest-present', ['src/digest/present/**'], ['model', 'digest', 'digest-i18n', 'pipeline-text', 'pipeline-quotes', 'pipeline-dedupe']],
  ['digest-render-discord', ['src/digest/render/discord/**'], ['model', 'digest', 'digest-present', 'digest-i18n', 'digest-render']],
  ['digest-render-slack', ['src/digest/render/slack/**'], ['model', 'digest', 'digest-present', 'digest-i18n', 'digest-render']],
  ['digest-render', ['src/digest/render/**'], ['model', 'digest', 'digest-present', 'digest-i18n', 'digest-render-discord', 'digest-render-slack']],
  ['digest', ['src/digest/*.ts'], ['model', 'digest-present', 'digest-i18n', 'pipeline-text', 'pipeline-quotes', 'pipeline-dedupe', 'reader-parser']],

  // Storage: interfaces, then the implementations behind them.
  ['store-memory', ['src/store/memory/**'], ['model', 'store', 'pipeline-speakers']],
  // The Kysely query code both SQL stores share; each store supplies its StoreDialect (dates, locks, JSON).
  ['store-kysely', ['src/store/kysely/**'], ['model', 'store', 'pipeline-speakers']],
  ['store-sqlite', ['src/store/sqlite/**'], ['model', 'log', 'store', 'store-kysely', 'pipeline-speakers']],
  ['store-postgres', ['src/store/postgres/**'], ['model', 'log', 'store', 'store-kysely', 'pipeline-speakers']],
  // Which store a config names (SQLite path or postgres:// URL), for main.ts and the CLI.
  ['store-open', ['src/store/open-store.ts'], ['model', 'log', 'config', 'store', 'store-sqlite', 'store-postgres']],
  ['store', ['src/store/*.ts'], ['model', 'log', 'reader-parser', 'pipeline-speakers']],

  // Trends: mentions per day, spike tests and their charts (issue 19).
  ['trends', ['src/trends/**'], ['model', 'store', 'digest-i18n', 'digest-render', 'digest-render-discord', 'digest-render-slack']],

  // Running: delivery, commands, notices, scheduling, worker threads, HTTP.
  ['delivery', ['src/delivery/**'], ['model', 'log', 'store']],
  ['notices', ['src/notices/**'], ['model']],
  [
    'commands',
    ['src/commands/**'],
    ['model', 'log', 'store', 'notices', 'digest-i18n', 'digest-render', 'digest-render-discord', 'digest-render-slack', 'pipeline-speakers', 'trends'],
  ],
  [
    'scheduler',
    ['src/scheduler/**'],
    ['model', 'log', 'store', 'reader-fetcher', 'reader-article', 'trends', 'digest-i18n', 'digest-render', 'digest-render-discord', 'digest-render-slack'],
  ],
  ['worker', ['src/worker/**'], ['model', 'log', 'pipeline', 'reader-parser', 'reader-article']],
  ['http', ['src/http/**'], ['model', 'log', 'delivery']],
  ['config', ['src/config/**'], ['model', 'pipeline-matcher', 'digest-i18n']],
  // The web panel (issue 18): reads the store, writes only through commands/.
  [
    'ui',
    ['src/ui/**'],
    [
      'model',
      'log',
      'store',
      'commands',
      'digest',
      'digest-i18n',
      'digest-render',
      'digest-render-discord',
      'digest-render-slack',
      'pipeline-matcher',
      'pipeline-text',
    ],
  ],

  // Chat platforms: the port, then one adapter per platform (each the only user of its SDK).
  ['platform', ['src/platforms/platform.ts'], ['model', 'commands']],
  ['platform-console', ['src/platforms/console/**'], ['model', 'log', 'platform', 'commands', 'digest-render']],
  ['platform-discord', ['src/platforms/discord/**'], ['model', 'log', 'platform', 'commands', 'digest-render', 'digest-render-discord']],
  ['platform-slack', ['src/platforms/slack/**'], ['model', 'log', 'platform', 'commands', 'digest-render', 'digest-render-slack']],

  // The service: stages wired into one tick, given its concrete parts (store, adapters) by its caller.
  [
    'service',
    ['src/service.ts', 'src/service-*.ts', 'src/seed-drift.ts'],
    [
      'model',
      'log',
      'config',
      'reader-fetcher',
      'reader-parser',
      'reader-discover',
      'reader-article',
      'pipeline',
      'pipeline-matcher',
      'digest',
      'digest-render',
      'digest-render-discord',
      'digest-render-slack',
      'digest-i18n',
      'delivery',
      'notices',
      'commands',
      'scheduler',
      'worker',
      'http',
      'platform',
      'store',
      'ui',
      'trends',
    ],
  ],
  // Edges: the composition root (the running service) and the one-shot CLI; the demo's fixture server.
  // Scaling out (issue 17): one process's role on the job queue, wired like main.ts wires the service.
  ['cluster', ['src/cluster/**'], ['model', 'log', 'config', 'store', 'store-postgres', 'service', 'platform', 'delivery', 'scheduler', 'http']],
  ['demo', ['src/demo/**'], ['model', 'log']],
  ['main', ['src/main.ts', 'src/main-*.ts'], ['*', '-cli', '-demo']],
  ['cli', ['src/cli/**'], ['*']],
];

/**
 * npm packages only some elements may import: [package pattern, element types allowed].
 * Every other package is open to every element.
 */
export const LIBRARIES = [
  ['discord.js', ['platform-discord']],
  ['@slack/bolt', ['platform-slack']],
  ['@discordjs/builders', ['digest-render-discord', 'platform-discord']],
  ['@slack/types', ['digest-render-slack', 'platform-slack']],
  ['better-sqlite3', ['store-sqlite']],
  ['kysely', ['store-kysely', 'store-sqlite', 'store-postgres']],
  ['pg', ['store-postgres', 'cluster']],
  ['pg-boss', ['cluster']],
  ['pino', ['log']],
  ['pino-pretty', ['log']],
  ['hono', ['ui']],
  ['echarts', ['trends']],
  ['@resvg/resvg-js', ['trends']],
];

/** The plugin's settings for ELEMENTS. */
export function boundariesSettings() {
  return {
    // A folder element is written `src/x/**`; single files (`src/main.ts`) are file-mode elements.
    'boundaries/elements': ELEMENTS.map(([type, patterns]) =>
      patterns.every((p) => p.endsWith('/**'))
        ? { type, pattern: patterns.map((p) => p.slice(0, -3)), partialMatch: false }
        : { type, pattern: patterns, mode: 'file' },
    ),
    // File-mode elements are deprecated in 7.x but the only way to make one file an element (ADR 0121).
    'boundaries/legacy-warnings': false,
    'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
    'boundaries/include': ['src/**/*.ts'],
    'boundaries/ignore': ['**/*.test.ts', '**/testdata/**'],
    'import/resolver': { typescript: { alwaysTryTypes: true, project: './tsconfig.json' } },
  };
}

/** The `boundaries/dependencies` options: deny by default, allow ELEMENTS' edges, fence LIBRARIES. */
export function boundariesRule() {
  const all = ELEMENTS.map(([type]) => type);
  // `'*'` is every element; `'-x'` then takes x out.
  const expand = (type, allowed) => (allowed.includes('*') ? all.filter((t) => !allowed.includes('-' + t)) : [type, ...allowed]);
  const policies = ELEMENTS.map(([type, , allowed]) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: expand(type, allowed) } } } },
  }));
  // External packages and Node's built-ins are open to every element...
  policies.push({ from: { element: { types: { anyOf: all } } }, allow: { to: { module: { origin: ['external', 'core'] } } } });
  // ...except the ones fenced in LIBRARIES (a later policy overrides an earlier one).
  for (const [source, users] of LIBRARIES) {
    policies.push({
      from: { element: { types: { noneOf: users } } },
      disallow: { to: { module: { origin: 'external', source } } },
      message: `${source} may be imported only by ${users.join(', ')} (docs/ARCHITECTURE.md)`,
    });
  }
  return ['error', { default: 'disallow', checkAllOrigins: true, policies }];
}

/**
 * The allow-list as the Markdown table in docs/ARCHITECTURE.md ("Rules the lint enforces"); a test
 * keeps the two equal, so the doc cannot drift from the rules.
 */
export function allowListTable() {
  const code = (xs) => xs.map((x) => '`' + x + '`').join(', ');
  const rows = ELEMENTS.map(([type, patterns, allowed]) => {
    const may = allowed.includes('*')
      ? 'any element' + (allowed.some((a) => a.startsWith('-')) ? ' except ' + code(allowed.filter((a) => a.startsWith('-')).map((a) => a.slice(1))) : '')
      : allowed.length
        ? code(allowed)
        : '— (nothing inside `src/`)';
    return `| \`${type}\` | ${code(patterns)} | ${may} |`;
  });
  const libs = LIBRARIES.map(([lib, users]) => `| \`${lib}\` | ${code(users)} |`);
  return ['| element | files | may import (besides itself) |', '|---|---|---|', ...rows, '', '| package | only in |', '|---|---|', ...libs].join('\n');
}
