import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { roleAfterLastName } from './roles.js';

const roleOf = (speaker: string, ...paragraphs: string[]) =>
  extractQuotes(articleFromText(paragraphs.join('\n\n'))).find((q) => q.speaker === speaker)?.speakerRole ?? null;

describe('a role before a name never reaches back over another person and a verb', () => {
  it('English: `Mayor Ines Kaar welcomed UN envoy Tomas Berg` gives Berg the role `UN envoy` only', () => {
    const role = roleOf('Tomas Berg', 'Envoy visits', 'Mayor Ines Kaar welcomed UN envoy Tomas Berg. "The bridge must reopen," Berg said after the talks.');
    expect(role).toBe('UN envoy');
  });

  it('Serbian: the role after a verb and a preposition is the noun phrase before the name', () => {
    expect(roleAfterLastName('Gradonačelnica Ines Kar sastala se sa izaslanikom UN', [[0, 22]])).toBe('izaslanikom UN');
  });

  it('leaves a role with no other person in it as it was', () => {
    expect(roleAfterLastName('the former deputy prime minister', [])).toBe('the former deputy prime minister');
    const role = roleOf('Tomas Berg', 'Envoy visits', 'The UN envoy Tomas Berg said the bridge "must reopen soon".');
    expect(role).toMatch(/UN envoy/);
  });
});

describe('the role keeps its `former`', () => {
  it('`X i bivši ambasador Y` gives Y the role `bivši ambasador`', () => {
    expect(roleAfterLastName('Ambasador Aleksandar Lukić i bivši ambasador', [[10, 27]])).toBe('bivši ambasador');
  });
});
