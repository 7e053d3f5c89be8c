import { describe, expect, it } from 'vitest';
import { displayName, entityFit, foldName, resolveSpeaker, samePerson, sameWord, speakerBucket, spellingStartsWith } from './identity.js';

describe('foldName', () => {
  it('brings every script and orthography of one name to one skeleton', () => {
    for (const s of ['Vučić', 'Вучић', 'Vuçiq', 'Vucic', 'VUČIĆ']) expect(foldName(s)).toBe('vucic');
    expect(foldName('Đurić')).toBe(foldName('Gjuriq'));
    expect(foldName('Džaferi')).toBe(foldName('Xhaferi'));
    expect(foldName('Tači')).toBe(foldName('Thaçi'));
    expect(foldName('Тачи')).toBe('taci');
    expect(foldName('Боцан-Харченко')).toBe(foldName('Botsan-Kharchenko'));
    expect(foldName('Janukovič')).toBe(foldName('Yanukovych'));
    expect(foldName('Šala')).toBe(foldName('Shala'));
  });

  it('keeps letters, single spaces and hyphens only', () => {
    expect(foldName('  Ana   Brnabić, ')).toBe('ana brnabic');
    expect(foldName('Bocan - Harčenko')).toBe('bocan-harcenko');
    expect(foldName('«»!?')).toBe('');
  });
});

describe('sameWord', () => {
  it('takes case endings of Serbian and Albanian for one word', () => {
    expect(sameWord('vucic', 'vucica')).toBe(true);
    expect(sameWord('vucicem', 'vucicu')).toBe(true);
    expect(sameWord('kurti', 'kurtija')).toBe(true);
    expect(sameWord('kurtiju', 'kurtijem')).toBe(true);
    expect(sameWord('vucic', 'vucicit')).toBe(true);
    expect(sameWord('rama', 'rame')).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(sameWord('vulin', 'vucic')).toBe(false);
    expect(sameWord('petkovic', 'petrovic')).toBe(false);
    expect(sameWord('simic', 'simin')).toBe(false);
    expect(sameWord('markovic', 'marko')).toBe(false);
    expect(sameWord('', '')).toBe(false);
  });
});

describe('samePerson', () => {
  it('finds one person under every written form', () => {
    const forms = [
      'Aleksandar Vučić',
      'Vučić',
      'Вучић',
      'Vuçiq',
      'Vučića',
      'Vučićem',
      'Вучићем',
      'Александар Вучић',
      'A. Vučić',
      'Aleksandra Vučića',
      'Vuçiqit',
    ];
    for (const a of forms) for (const b of forms) expect(samePerson(a, b), `${a} / ${b}`).toBe(true);
  });

  it('tells two people with one surname apart when both first names are given', () => {
    expect(samePerson('Aleksandar Vučić', 'Andrej Vučić')).toBe(false);
    expect(samePerson('A. Vučić', 'Andrej Vučić')).toBe(true);
    expect(samePerson('Aleksandar Vučić', 'Ivica Dačić')).toBe(false);
    expect(samePerson('', 'Vučić')).toBe(false);
  });
});

describe('entity resolution', () => {
  const aleksandar = { id: 1, spellings: ['Aleksandar Vučić', 'Vučića'] };
  const andrej = { id: 2, spellings: ['Andrej Vučić'] };
  const kurti = { id: 3, spellings: ['Albin Kurti', 'Курти'] };

  it('puts a spelling with the entity whose full name agrees', () => {
    expect(resolveSpeaker('Andreja Vučića', [aleksandar, andrej, kurti])?.id).toBe(2);
    expect(resolveSpeaker('Александар Вучић', [aleksandar, andrej, kurti])?.id).toBe(1);
    expect(resolveSpeaker('Kurtija', [aleksandar, andrej, kurti])?.id).toBe(3);
  });

  it('gives a bare surname shared by two people to the first listed, and refuses strangers', () => {
    expect(resolveSpeaker('Vučić', [aleksandar, andrej])?.id).toBe(1);
    expect(resolveSpeaker('Ivica Dačić', [aleksandar, andrej, kurti])).toBeNull();
  });

  it('never joins a full name to an entity that already names someone else with that surname', () => {
    const mixed = { spellings: ['Vučić', 'Andrej Vučić'] };
    expect(entityFit('Aleksandar Vučić', mixed.spellings)).toBe(0);
    expect(entityFit('Vučića', mixed.spellings)).toBe(1);
    expect(entityFit('Andreja Vučića', mixed.spellings)).toBe(2);
  });

  it('shows the fullest Latin nominative and buckets every spelling alike', () => {
    expect(displayName(['Вучић', 'Vučića', 'Александар Вучић', 'Aleksandra Vučića', 'Aleksandar Vučić'])).toBe('Aleksandar Vučić');
    expect(displayName(['Курти'])).toBe('Курти');
    const buckets = new Set(['Vučić', 'Вучићем', 'Vuçiqit', 'Aleksandar Vucic'].map(speakerBucket));
    expect([...buckets]).toEqual(['vuc']);
  });

  it('matches typed prefixes in any script', () => {
    expect(spellingStartsWith('Aleksandar Vučić', 'vuc')).toBe(true);
    expect(spellingStartsWith('Aleksandar Vučić', 'Вуч')).toBe(true);
    expect(spellingStartsWith('Aleksandar Vučić', 'al vu')).toBe(true);
    expect(spellingStartsWith('Aleksandar Vučić', 'kur')).toBe(false);
  });
});
