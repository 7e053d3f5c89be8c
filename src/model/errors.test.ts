import { describe, expect, it } from 'vitest';
import { asCodedError, isWirewatchErrorCode, UserError, WIREWATCH_ERROR_CODES, WirewatchError } from './errors.js';

describe('asCodedError', () => {
  it('returns a WirewatchError as it is', () => {
    const e = new UserError('That feed is already on the list.', 'invalid_url');
    expect(asCodedError(e)).toBe(e);
  });
  it('keeps a known code that crossed a thread as a plain object, with its message', () => {
    const e = asCodedError({ code: 'not_a_feed', message: 'parser: the page is HTML, not a feed' });
    expect(e).toBeInstanceOf(WirewatchError);
    expect([e.code, e.message]).toEqual(['not_a_feed', 'parser: the page is HTML, not a feed']);
  });
  it('maps system errors: ENOENT is not_found, the others io; an unknown code falls back', () => {
    const missing = Object.assign(new Error('open wirewatch.yaml'), { code: 'ENOENT' });
    expect(asCodedError(missing).code).toBe('not_found');
    expect(asCodedError(missing).cause).toBe(missing);
    expect(asCodedError(Object.assign(new Error('denied'), { code: 'EACCES' })).code).toBe('io');
    expect(asCodedError({ code: 'made_up', message: 'x' }).code).toBe('internal');
    expect(asCodedError(new Error('boom'), 'store').code).toBe('store');
    expect(asCodedError('a bare string').message).toBe('a bare string');
  });
  it('the list has no duplicates and every code is snake_case', () => {
    expect(new Set(WIREWATCH_ERROR_CODES).size).toBe(WIREWATCH_ERROR_CODES.length);
    for (const c of WIREWATCH_ERROR_CODES) expect(c).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(isWirewatchErrorCode('timeout')).toBe(true);
    expect(isWirewatchErrorCode('Timeout')).toBe(false);
  });
});
