import { describe, expect, it } from 'vitest';
import { hasUrlCredentials, redactUrlCredentials } from './redact.js';

describe('URL credentials', () => {
  it('are replaced wherever a URL stands in the text', () => {
    expect(redactUrlCredentials('http://alice:pw@127.0.0.1:9/feed.xml')).toBe('http://***@127.0.0.1:9/feed.xml');
    expect(redactUrlCredentials('fetch of https://bob@example.test/x failed; see http://c:d@e.test/')).toBe(
      'fetch of https://***@example.test/x failed; see http://***@e.test/',
    );
    expect(redactUrlCredentials('https://example.test/a@b')).toBe('https://example.test/a@b');
  });
  it('are recognised', () => {
    expect(hasUrlCredentials('http://alice:pw@host/')).toBe(true);
    expect(hasUrlCredentials(' https://alice@host/')).toBe(true);
    expect(hasUrlCredentials('https://host/path@x')).toBe(false);
  });
});
