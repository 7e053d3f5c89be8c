import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { roleFromEvidence } from './role-evidence.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a role given by the words before a name (`u režiji X`, `novi film X`) is found by a later bare role noun', () => {
  it('Latin: `u režiji Vesne Ilić` … `Rediteljka kaže` is Vesna Ilić, not the actress named since', () => {
    const got = speakers(
      'Premijera',
      'Predstava „Zimski vrt“ u režiji Vesne Ilić biće izvedena u petak. Glavnu ulogu igra Marija Perić.',
      'Rediteljka kaže da je komad postavljala dve godine.',
    );
    expect(got).toEqual(['Vesna Ilić']);
  });

  it('Cyrillic: `нови филм Марка Перића` … `рекао је редитељ`', () => {
    const got = speakers('Фестивал', 'Нови филм Марка Перића отвара фестивал у суботу.', '„Снимали смо четири године“, рекао је редитељ.');
    expect(got).toEqual(['Марко Перић']);
  });

  it('Albanian: `me regji të Arta Gashit` … `regjisorja tha`', () => {
    expect(roleFromEvidence('Shfaqja me regji të ', 'sq')?.head).toBe('film director');
  });

  it('no evidence: a name after other words gets no role', () => {
    expect(roleFromEvidence('Predstava po tekstu ', 'sr')).toBeNull();
    expect(roleFromEvidence('u filmskoj ', 'sr')).toBeNull();
  });
});
