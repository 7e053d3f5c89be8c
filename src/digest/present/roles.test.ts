import { describe, expect, it } from 'vitest';
import { presentRole, presentSpeaker } from './roles.js';

describe('presentRole', () => {
  it('English: lowers a leading run of title words, keeps proper adjectives and abbreviations', () => {
    expect(presentRole("The head of Serbia's Sector for Emergency Management", 'en', [])).toBe("the head of Serbia's Sector for Emergency Management");
    expect(presentRole('Foreign Minister', 'en', [])).toBe('foreign minister');
    expect(presentRole('Minister Delegate for Europe', 'en', [])).toBe('minister delegate for Europe');
    expect(presentRole("The center's Russian co-director", 'en', [])).toBe("the center's Russian co-director");
    expect(presentRole('Italian Major General', 'en', [])).toBe('Italian Major General');
    expect(presentRole("Kosovo's Prime Minister", 'en', [])).toBe("Kosovo's Prime Minister");
    expect(presentRole('UNMIK chief', 'en', [])).toBe('UNMIK chief');
    expect(presentRole('Dutch MEP', 'en', [])).toBe('Dutch MEP');
  });

  it('Serbian (both scripts) and Albanian: the title is lower case unless the article treats the word as a proper noun', () => {
    expect(presentRole('Gradonačelnik Niša', 'sr-Latn', ['Gradonačelnik Niša Marko Ilić rekao je da grad ima plan.'])).toBe('gradonačelnik Niša');
    expect(presentRole('Амбасадор Русије у Србији', 'sr-Cyrl', [])).toBe('амбасадор Русије у Србији');
    expect(presentRole('Ministrja e Punëve të Jashtme e Kosovës', 'sq', [])).toBe('ministrja e Punëve të Jashtme e Kosovës');
    const article = ['Potpredsednik Srpske liste je rekao da će Srpska lista izaći na izbore.'];
    expect(presentRole('Srpska lista', 'sr-Latn', article)).toBe('Srpska lista');
    expect(presentRole('SNS-ov poslanik', 'sr-Latn', [])).toBe('SNS-ov poslanik');
    expect(presentRole('potpredsednik Srpske liste', 'sr-Latn', article)).toBe('potpredsednik Srpske liste');
  });

  it('leaves a missing role missing', () => {
    expect(presentRole(null, 'en', [])).toBeNull();
  });
});

describe('presentSpeaker', () => {
  it('puts a Serbian organisation with a stray genitive head in the nominative', () => {
    expect(presentSpeaker('Srpska napredna stranke', 'sr-Latn', [])).toBe('Srpska napredna stranka');
    expect(presentSpeaker('Српска напредна странке', 'sr-Cyrl', [])).toBe('Српска напредна странка');
  });
  it('puts a genitive name in the nominative only when the article has that form', () => {
    expect(presentSpeaker('Srpske napredne stranke', 'sr-Latn', ['Srpska napredna stranka je saopštila da …'])).toBe('Srpska napredna stranka');
    expect(presentSpeaker('Vlade Srbije', 'sr-Latn', ['Vlada Srbija'])).toBe('Vlade Srbije');
  });
  it('leaves people and other languages alone', () => {
    expect(presentSpeaker('Milica Stanojević', 'sr-Latn', [])).toBe('Milica Stanojević');
    expect(presentSpeaker("Kosovo's Central Election Commission", 'en', [])).toBe("Kosovo's Central Election Commission");
  });
});
