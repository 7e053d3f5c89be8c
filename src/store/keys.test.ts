import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentHash, idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH } from './keys.js';

describe('idempotencyKey', () => {
  it('fits Discord nonces for every row id up to 36^10 - 1 and any random part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 36 ** 10 - 1 }), fc.uint8Array({ minLength: 8, maxLength: 8 }), (id, bytes) => {
        const key = idempotencyKey(id, Buffer.from(bytes));
        expect(key.length).toBeLessThanOrEqual(MAX_IDEMPOTENCY_KEY_LENGTH);
        expect(key).toMatch(/^ww[0-9a-z]{13}[0-9a-z]+$/);
        // The row id is recoverable from the key: distinct rows never share a key.
        expect(parseInt(key.slice(15), 36)).toBe(id);
      }),
    );
  });

  it('refuses row ids that would not fit', () => {
    expect(() => idempotencyKey(36 ** 10)).toThrow(RangeError);
  });

  it('differs between two databases for the same row id', () => {
    expect(idempotencyKey(1)).not.toBe(idempotencyKey(1));
  });
});

describe('contentHash', () => {
  it('is stable for the same paragraphs and sees paragraph boundaries', () => {
    expect(contentHash({ paragraphs: ['a', 'b'] })).toBe(contentHash({ paragraphs: ['a', 'b'] }));
    expect(contentHash({ paragraphs: ['a', 'b'] })).not.toBe(contentHash({ paragraphs: ['a b'] }));
  });
});
