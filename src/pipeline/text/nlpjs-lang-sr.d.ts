// Types for the part of @nlpjs/lang-sr wirewatch uses (the package ships none).
declare module '@nlpjs/lang-sr' {
  /** The Snowball Serbian stemmer (Latin and Cyrillic input, diacritics significant). */
  export class StemmerSr {
    constructor(container?: unknown);
    setCurrent(value: string): void;
    getCurrent(): string;
    innerStem(): boolean;
  }
}

// The stemmer's own module (what wirewatch imports: the package's index also loads its sentiment lexicons).
declare module '@nlpjs/lang-sr/src/stemmer-sr.js' {
  import type { StemmerSr } from '@nlpjs/lang-sr';
  const Stemmer: typeof StemmerSr;
  export default Stemmer;
}
