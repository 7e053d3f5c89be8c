import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('not-a-feed errors', () => {
  it('names a root element that is a name', async () => {
    await expect(parseFeed(bytes('<opml version="2.0"><body/></opml>'))).rejects.toThrow(/root element <opml> is not RSS, RDF or Atom/);
  });
  it('describes binary data read as XML instead of echoing its bytes', async () => {
    const junk = '<\u0016\u00e2\u2524$+\u2565vAe\u00d0*\u2510\u2321!(\u00a9fD> trailing';
    const err = await parseFeed(bytes(junk)).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/the document is not XML \(binary data or another format\?\)/);
    expect(err?.message).not.toContain('\u2524');
  });
});
