import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { cleanRole } from './role-text.js';
import { isSerbianDativeRole, serbianRoleNominative } from './sr-role-case.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('sr: a role read in an oblique case is shown in the nominative', () => {
  it('puts the head noun and its adjectives in the nominative and keeps the complement', () => {
    expect(serbianRoleNominative('ministra spoljnih poslova')).toBe('ministar spoljnih poslova');
    expect(serbianRoleNominative('bivšeg ministra')).toBe('bivši ministar');
    expect(serbianRoleNominative('ministru odbrane')).toBe('ministar odbrane');
    expect(serbianRoleNominative('predstavnice udruženja stanara')).toBe('predstavnica udruženja stanara');
    expect(serbianRoleNominative('novu direktorku škole')).toBe('nova direktorka škole');
    expect(serbianRoleNominative('tužioca')).toBe('tužilac');
    expect(serbianRoleNominative('Petrovićevog savetnika')).toBe('Petrovićev savetnik');
    expect(serbianRoleNominative('Министра унутрашњих послова')).toBe('Министар унутрашњих послова');
  });

  it('keeps the role as written when the case or the agreement is not certain', () => {
    expect(serbianRoleNominative('Ministar odbrane')).toBe('Ministar odbrane');
    expect(serbianRoleNominative('Direktorka škole')).toBe('Direktorka škole');
    // `predsednici` is also the plural of `predsednik`; `Diplomate` is also a plural.
    expect(serbianRoleNominative('predsednici opština')).toBe('predsednici opština');
    expect(serbianRoleNominative('Diplomate u Beogradu')).toBe('Diplomate u Beogradu');
    // A noun before the role noun is not an adjective agreeing with it.
    expect(serbianRoleNominative('Zamenica gradonačelnika')).toBe('Zamenica gradonačelnika');
  });

  it('a role noun in the dative is an addressee, not a role', () => {
    expect(isSerbianDativeRole('ministru')).toBe(true);
    expect(isSerbianDativeRole('ministra')).toBe(false);
    expect(cleanRole('Rekao sam tada ambasadoru')).toBeNull();
    expect(cleanRole('Novinari su upitali ministra odbrane')).toBe('ministra odbrane');
  });

  it('an article that names the speaker with a role in the genitive shows the nominative', () => {
    const qs = quotes(
      'Pregovori',
      'Novinari su upitali ministra odbrane Gorana Perića o vežbi. On je rekao da je vežba bila uspešna. Perić je dodao da će sledeća biti u maju.',
    );
    expect(qs[0]?.speaker).toBe('Goran Perić');
    expect(qs[0]?.speakerRole).toBe('ministar odbrane');
    const cyr = quotes(
      'Преговори',
      'Новинари су упитали министра одбране Горана Перића о вежби. Он је рекао да је вежба била успешна. Перић је додао да ће следећа бити у мају.',
    );
    expect(cyr[0]?.speakerRole).toBe('министар одбране');
  });
});
