import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const headline = (qs: Quote[]) => qs.filter((q) => q.paragraph === 0);

describe('headline `Label: claim` — places and routes are not speakers', () => {
  it('sq: a road between two places gives no speaker', () => {
    const qs = quotes(
      'Autostrada Prishtinë–Nish: tuneli do të hapet vitin e ardhshëm',
      'Ministri i Infrastrukturës, Lulzim Hoxha, tha se punimet po vazhdojnë sipas planit.',
    );
    expect(qs.some((q) => q.speaker === 'Nish' || q.speaker?.includes('Autostrada'))).toBe(false);
    expect(qs.find((q) => q.text.includes('punimet'))?.speaker).toBe('Lulzim Hoxha');
  });
  it('en: a place label the body names after `in` is not a speaker, and its mayor is not the place', () => {
    const qs = quotes(
      'Fushë Kosovë: new water pipes by spring',
      'Residents in Fushë Kosovë have had no running water for a week.',
      'The mayor said the works would finish in March.',
    );
    expect(headline(qs)).toHaveLength(0);
    expect(qs.some((q) => q.speaker === 'Fushë Kosovë')).toBe(false);
  });
  it('sr: a town label the body inflects after `u` is not a speaker', () => {
    const qs = quotes(
      'Gračanica: voda stiže do proleća',
      'Stanovnici u Gračanici već nedelju dana nemaju vodu.',
      'Predsednik opštine je rekao da će radovi biti završeni u martu.',
    );
    expect(headline(qs)).toHaveLength(0);
  });
  it('en and sr: a one-word organisation the body writes keeps the headline claim (`KFOR:`, `Euleks:`)', () => {
    expect(headline(quotes('KFOR: the Ibar bridge stays closed to vehicles', 'KFOR said on Monday that the bridge would remain closed.'))[0]?.speaker).toBe(
      'KFOR',
    );
    expect(headline(quotes('Euleks: pratimo slučaj pažljivo i stalno', 'Euleks je saopštio da prati slučaj.'))[0]?.speaker).toBe('Euleks');
  });
  it('en: a person the body names keeps the headline claim', () => {
    const qs = quotes('Kurti: Serbia must recognise Kosovo first', 'Kosovo Prime Minister Albin Kurti said on Monday that talks would continue.');
    expect(headline(qs)[0]).toMatchObject({ kind: 'indirect', speaker: 'Albin Kurti' });
  });
});

describe('headline role labels resolve to the person the body names with that role, else null', () => {
  it('sr: `Bivši ambasador pri UN:` is the former ambassador the body names', () => {
    const qs = quotes(
      'Bivši ambasador pri UN: Rezolucija 1244 je i dalje na snazi',
      'Bivši ambasador Srbije pri UN Petar Vujošević rekao je da niko nije ukinuo rezoluciju.',
    );
    expect(headline(qs)[0]?.speaker).toBe('Petar Vujošević');
  });
  it('sr: with nobody in the body holding the role, the speaker is null, never the adjective', () => {
    const qs = quotes('Bivši ambasador pri UN: Rezolucija 1244 je i dalje na snazi', 'Skupština je juče raspravljala o rezoluciji.');
    expect(headline(qs)[0]?.speaker ?? null).toBeNull();
  });
  it('sr-Cyrl: `Руски кодиректор центра:` is the co-director the body names', () => {
    const qs = quotes(
      'Руски кодиректор центра: Центар ради по споразуму',
      'Руски кодиректор центра Андреј Калињин рекао је да центар ради по споразуму две владе.',
    );
    expect(headline(qs)[0]?.speaker).toBe('Андреј Калињин');
    const alone = quotes('Руски кодиректор центра: Центар ради по споразуму', 'Центар је отворен 2012. године.');
    expect(headline(alone).every((q) => q.speaker === null)).toBe(true);
  });
});
