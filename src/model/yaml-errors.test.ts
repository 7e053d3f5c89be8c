import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { yamlErrorAt } from './yaml-errors.js';

const firstError = (text: string) => {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const at = yamlErrorAt(text, doc.errors[0]);
  return { line: counter.linePos(at.offset).line, message: at.message };
};

describe('yamlErrorAt', () => {
  it('puts an unclosed double quote at the line that opens it, not at the end of the file', () => {
    const r = firstError('a: 1\nb:\n  c: "never closed\n  d: 2\n  e: 3\n');
    expect(r.line).toBe(3);
    expect(r.message).toMatch(/Missing closing "quote \(the string opened here is never closed\)/);
  });
  it('skips strings that close, and sees an escaped closing mark as no mark', () => {
    expect(firstError('a: "fine"\nb: \'fine\'\nc: "ends with \\"\nd: 1\n').line).toBe(3);
    expect(firstError("a: 'it''s fine'\nb: 'open\nc: 1\n").line).toBe(2);
  });
  it('leaves other errors where the library put them', () => {
    const r = firstError('a: 1\na: 2\n');
    expect(r.line).toBe(2);
    expect(r.message).not.toMatch(/never closed/);
  });
});
