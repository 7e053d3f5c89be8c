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
