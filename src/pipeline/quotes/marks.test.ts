import { describe, expect, it } from 'vitest';
import { findMarkSpans } from './marks.js';

/** Top-level quoted texts of a paragraph. */
function quoted(s: string): string[] {
  return findMarkSpans(s)
    .filter((x) => x.depth === 0)
    .map((x) => s.slice(x.open + x.openLen, x.close < 0 ? undefined : x.close));
}

describe('findMarkSpans', () => {
  it.each([
    ['„Serbian low-high“, rekao je.', 'Serbian low-high'],
    ['„Mismatched close”, he said.', 'Mismatched close'],
    ['“English curly,” she said.', 'English curly,'],
    ['"Straight marks," he said.', 'Straight marks,'],
    ['«Guillemets», tha ai.', 'Guillemets'],
    ['»Reversed guillemets«, sagte er.', 'Reversed guillemets'],
    ['‘British single,’ she said.', 'British single,'],
    ['‹Single guillemets›, he said.', 'Single guillemets'],
    ["''Two apostrophes,'' Kelmendi said.", 'Two apostrophes,'],
    ["‘'Curly then straight'' opener.", 'Curly then straight'],
    ['‘’Albanian paired‘’ marks', 'Albanian paired'],
    ['”Reversed curly“, theksoi ai.', 'Reversed curly'],
  ])('reads %s', (text, want) => {
    expect(quoted(text)).toEqual([want]);
  });

  it('accepts a space or NBSP before the closing mark', () => {
    expect(quoted('„Full speed. “')).toEqual(['Full speed. ']);
    expect(quoted('« serious\u00a0»')).toEqual([' serious\u00a0']);
    expect(quoted('„Nikoga ne hapsimo ”, kazao je Gaši.')).toEqual(['Nikoga ne hapsimo ']);
  });

  it('keeps a nested quote in another style inside the outer one', () => {
    const s = '„I cannot say it is happening by ‘bypassing’ the Council,“ he said.';
    const spans = findMarkSpans(s);
    expect(spans.filter((x) => x.depth === 0)).toHaveLength(1);
    expect(spans.filter((x) => x.depth === 1).map((x) => s.slice(x.open + 1, x.close))).toEqual(['bypassing']);
  });

  it('does not take apostrophes for marks', () => {
    expect(quoted("Serbia’s position and Kosovo's future don't change; t’u kërkojë")).toEqual([]);
  });

  it('leaves an unclosed opener running to the end of the paragraph', () => {
    const spans = findMarkSpans('“Moscow fully supports the principled position of Belgrade.');
    expect(spans).toHaveLength(1);
    expect(spans[0].close).toBe(-1);
  });

  it('finds several quotes in one paragraph', () => {
    expect(quoted('„I don’t understand,” he remarked. „Why not?!”')).toEqual(['I don’t understand,', 'Why not?!']);
  });
});
