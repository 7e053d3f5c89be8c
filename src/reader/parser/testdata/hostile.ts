/**
 * Generated hostile feed documents (issue 24), built in code so the repo carries no megabyte fixtures.
 * Each mirrors an attack the hardening probes used: entity expansion, deep nesting, huge legal feeds.
 */

const rss = (items: string, prolog = '') =>
  `<?xml version="1.0" encoding="utf-8"?>${prolog}<rss version="2.0"><channel><title>Hostile</title><link>http://127.0.0.1/</link>${items}</channel></rss>`;

/** "Billion laughs": ten levels of entities, each ten references to the one before (10^9 `lol`s if expanded fully). */
export function billionLaughs(): string {
  let dtd = '<!DOCTYPE rss [<!ENTITY lol0 "lol">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  dtd += ']>';
  const refs = '&lol9;'.repeat(1000);
  return rss(`<item><title>laughs</title><link>http://127.0.0.1/a</link><description>${refs}</description></item>`, dtd);
}

/** Quadratic blow-up: one 40 KB entity referenced 9,000 times (a 67 KB document that expands to 360 MB). */
export function quadraticBlowup(): string {
  const dtd = `<!DOCTYPE rss [<!ENTITY a "${'x'.repeat(40_000)}">]>`;
  return rss(`<item><title>blow-up</title><link>http://127.0.0.1/a</link><description>${'&a;'.repeat(9000)}</description></item>`, dtd);
}

/** Elements nested `depth` deep inside one item's description. */
export function deepNesting(depth = 100_000): string {
  return rss(`<item><title>deep</title><link>http://127.0.0.1/a</link><description>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</description></item>`);
}

/** A legal feed of `n` items. */
export function manyItems(n = 100_000): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`<item><title>Story ${i}</title><link>http://127.0.0.1/s/${i}</link><guid>g${i}</guid></item>`);
  return rss(parts.join(''));
}

/** One item whose escaped HTML description nests `depth` deep (a DOM would overflow the stack), next to an ordinary item. */
export function deepEscapedHtml(depth = 100_000): string {
  const html = `${'&lt;b&gt;'.repeat(depth)}Deep words survive${'&lt;/b&gt;'.repeat(depth)}`;
  return rss(
    `<item><title>deep html</title><link>http://127.0.0.1/d</link><description>${html}</description></item>` +
      `<item><title>plain</title><link>http://127.0.0.1/p</link><description>Plain words</description></item>`,
  );
}

/** An ordinary feed using a small internal entity the way real feeds do. */
export function benignEntity(): string {
  return rss(
    `<item><title>ok</title><link>http://127.0.0.1/a</link><guid isPermaLink="false">&id;1</guid></item>`,
    '<!DOCTYPE rss [<!ENTITY id "tag:127.0.0.1,2026:">]>',
  );
}
