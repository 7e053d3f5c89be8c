import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const answers = (qs: Quote[]) => qs.filter((q) => q.kind === 'indirect' && q.paragraph > 1);

describe('interviews: the answers are the interviewee’s, whatever the layout', () => {
  it('sq: definite labels `Pyetja:` / `Përgjigja:`; the label is not part of the answer', () => {
    const qs = quotes(
      'Fermerët: Vjeshta ishte e thatë',
      'Kryetari i shoqatës së fermerëve, Bujar Dema, foli për të korrat.',
      'Pyetja: Sa grurë u korr këtë vit?',
      'Përgjigja: Shumë më pak se vjet. Shiu nuk ra për dy muaj.',
      'Pyetja: Kush do t’ju ndihmojë?',
      'Përgjigja: Komuna ka premtuar fara falas për pranverë.',
    );
    expect(answers(qs).map((q) => q.speaker)).toEqual(['Bujar Dema', 'Bujar Dema']);
    expect(qs.some((q) => q.text.startsWith('Përgjigja'))).toBe(false);
  });

  it('sq: the two people’s names as labels; the one who asks is the interviewer', () => {
    const qs = quotes(
      'Fermerët: Vjeshta ishte e thatë',
      'Gazetari Dritan Kola bisedoi me kryetarin e shoqatës së fermerëve, Bujar Dema.',
      'Kola: Sa grurë u korr këtë vit?',
      'Dema: Shumë më pak se vjet. Shiu nuk ra për dy muaj.',
      'Kola: Kush do t’ju ndihmojë?',
      'Dema: Komuna ka premtuar fara falas për pranverë.',
    );
    const a = answers(qs);
    expect(a.map((q) => q.speaker)).toEqual(['Bujar Dema', 'Bujar Dema']);
    expect(a[0].text.startsWith('Shumë më pak')).toBe(true);
  });

  it('sq: unlabelled, the interviewer named first in the introduction is not the interviewee; a question may quote someone', () => {
    const qs = quotes(
      'Fermerët: Vjeshta ishte e thatë',
      'Gazetari Dritan Kola bisedoi me kryetarin e shoqatës së fermerëve, Bujar Dema.',
      'Sa grurë u korr këtë vit?',
      'Shumë më pak se vjet. Shiu nuk ra për dy muaj.',
      'Ministria thotë se dëmet janë “të vogla”. A pajtoheni?',
      'Aspak. Askush nga ministria nuk ka ardhur në fshat.',
      'Kush do t’ju ndihmojë?',
      'Komuna ka premtuar fara falas për pranverë.',
    );
    expect(
      answers(qs)
        .filter((q) => q.paragraph !== 4)
        .map((q) => q.speaker),
    ).toEqual(['Bujar Dema', 'Bujar Dema', 'Bujar Dema']);
    expect(qs.find((q) => q.text === 'të vogla')?.speaker).not.toBe('Bujar Dema');
  });

  it('sr: a journalist who talks with the guest (`Novinarka … razgovarala je sa …`) is not the interviewee', () => {
    const qs = quotes(
      'Razgovor',
      'Novinarka Vesna Lukić razgovarala je sa predsednikom udruženja ribara Draganom Milosavljevićem.',
      'Koliko ribe ima u reci?',
      'Sve manje. Voda je prošlog leta bila previše topla.',
      'Ko je kriv za to?',
      'Niko posebno, ali niko ništa i ne preduzima.',
      'Šta tražite od opštine?',
      'Da očisti obalu pre proleća.',
    );
    expect(answers(qs).map((q) => q.speaker)).toEqual(['Dragan Milosavljević', 'Dragan Milosavljević', 'Dragan Milosavljević']);
  });

  it('sr: a quote the interviewee introduces with a first-person verb (`Rekao sam mu: „…“`) is the interviewee’s, and `Rekao` is no name', () => {
    const qs = quotes(
      'Razgovor',
      'Novinarka Vesna Lukić razgovarala je sa predsednikom udruženja ribara Draganom Milosavljevićem.',
      'Koliko ribe ima u reci?',
      'Sve manje. Voda je prošlog leta bila previše topla.',
      'Da li ste se žalili ministru?',
      'Jesam. Rekao sam mu tada: „Reka umire pred nama.“ Nije odgovorio.',
      'Šta tražite od opštine?',
      'Da očisti obalu pre proleća.',
    );
    const q = qs.find((x) => x.kind === 'direct' && x.text.includes('Reka umire'));
    expect(q?.speaker).toBe('Dragan Milosavljević');
    expect(qs.map((x) => x.speaker)).not.toContain('Rekao');
  });

  it('sq: the same with `I thashë: “…”`', () => {
    const qs = quotes(
      'Fermerët: Vjeshta ishte e thatë',
      'Gazetari Dritan Kola bisedoi me kryetarin e shoqatës së fermerëve, Bujar Dema.',
      'Sa grurë u korr këtë vit?',
      'Shumë më pak se vjet. Shiu nuk ra për dy muaj.',
      'A u ankuat në ministri?',
      'Po. I thashë ministrit: “Fshati po zbrazet.” Nuk u përgjigj.',
      'Kush do t’ju ndihmojë?',
      'Komuna ka premtuar fara falas për pranverë.',
    );
    expect(qs.find((x) => x.kind === 'direct' && x.text.includes('Fshati po zbrazet'))?.speaker).toBe('Bujar Dema');
  });
});

describe('interviews: an answer is marked as one (`form: answer`), its kind stays `indirect` (ADR 0295)', () => {
  it('en: `Q:` / `A:` answers carry the form; a quote the answer holds in marks and the introduction do not', () => {
    const qs = quotes(
      'Harbour master: The ferries will run all winter',
      'Harbour master Edwin Lowe spoke to us about the new timetable.',
      'Q: Will the ferries stop in January?',
      'A: No, they will run every day. We bought two new boats for the storms.',
      'Q: What do the islanders say?',
      'A: They are relieved. One fisherman told me: “Now I can sell fish in town all year.” I believe him.',
    );
    const a = answers(qs).filter((q) => q.form === 'answer');
    expect(a.map((q) => [q.kind, q.speaker, q.paragraph])).toEqual([
      ['indirect', 'Edwin Lowe', 3],
      ['indirect', 'Edwin Lowe', 5],
      ['indirect', 'Edwin Lowe', 5],
    ]);
    expect(a[0].text).toBe('No, they will run every day. We bought two new boats for the storms.');
    expect(qs.filter((q) => q.kind !== 'indirect').every((q) => q.form === undefined)).toBe(true);
    expect(qs.filter((q) => q.paragraph < 2).every((q) => q.form === undefined)).toBe(true);
  });

  it('en: reported speech outside an interview has no form', () => {
    const qs = quotes(
      'Ferries to run all winter',
      'The harbour master, Edwin Lowe, said on Monday that the ferries would run every day in January.',
      'He added that two new boats had been bought for the storms.',
    );
    expect(qs.some((q) => q.kind === 'indirect')).toBe(true);
    expect(qs.every((q) => !('form' in q))).toBe(true);
  });
});
