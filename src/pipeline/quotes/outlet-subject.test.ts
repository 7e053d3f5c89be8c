import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { subjectPastOutlet } from './outlet-subject.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: a postposed subject behind the outlet the words were given to', () => {
  it('Latin: `kaže za Radio Most Jelena Ilić iz sela Lug` is the woman, not the outlet or the village', () => {
    const got = speakers('Selo bez vode', 'Meštani su bez vode četvrti dan.', '„Vodu nosimo iz reke u kantama“, kaže za Radio Most Jelena Ilić iz sela Lug.');
    expect(got).toEqual(['Jelena Ilić']);
  });

  it('Cyrillic: a one-word outlet before the name', () => {
    const got = speakers('Село без воде', 'Мештани су без воде четврти дан.', '„Воду носимо из реке у кантама“, каже за Мост Јелена Илић.');
    expect(got).toEqual(['Јелена Илић']);
  });

  it('Albanian: `tha për Radion X mjekja e spitalit, Arta Gashi` is the doctor named in the apposition', () => {
    const got = speakers(
      'Fshati pa ujë',
      'Banorët janë pa ujë për të katërtën ditë.',
      '"Fëmijët po sëmuren nga uji i lumit", tha për Radio Lumi mjekja e ambulancës, Arta Gashi.',
    );
    expect(got).toEqual(['Arta Gashi']);
  });

  it('a media noun before the outlet name (`za list Glas`) is part of the outlet', () => {
    expect(subjectPastOutlet('za list Glas Vesna Perić')).toBe('za list Glas '.length);
    expect(subjectPastOutlet('za Radio Most direktor škole')).toBe('za Radio Most '.length);
  });

  it('no outlet: a phrase that does not open with the preposition, or nothing subject-like after it', () => {
    expect(subjectPastOutlet('Vesna Perić')).toBe(0);
    expect(subjectPastOutlet('za Radio Most')).toBe(0);
    expect(subjectPastOutlet('za Radio Most u ponedeljak')).toBe(0);
  });
});

describe('sr: a speech verb before a name that starts like an auxiliary (`kaže Jelena`, `kaže Suzana`)', () => {
  it('the name is the subject, not the tail of `kaže je`', () => {
    expect(speakers('Naslov', 'Radovi kasne.', '„Put neće biti gotov do zime“, kaže Jelena Ilić iz sela Lug.')).toEqual(['Jelena Ilić']);
    expect(speakers('Naslov', 'Radovi kasne.', '„Put neće biti gotov do zime“, kaže Suzana Perić.')).toEqual(['Suzana Perić']);
  });
});
