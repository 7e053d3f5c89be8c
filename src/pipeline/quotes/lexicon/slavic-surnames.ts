/**
 * Surname endings of the Serbian/Croatian/Bosnian naming system (folded to Latin, lower case). Before
 * such a surname a first name in `-e`/`-i` is a declined `-a` name (`Ane Jović` → `Ana Jović`); before a
 * foreign surname it may be a nominative of its own (`Анке Конрад`, `Heike Berg`) and is kept.
 */
export const SLAVIC_SURNAME_ENDINGS: string[] = ['ic', 'ić', 'ич', 'ић', 'ski', 'ska', 'ska', 'ски', 'ска', 'ov', 'ova', 'ев', 'ов', 'ev', 'eva', 'in', 'ин'];
/** First-name case endings that a foreign nominative can also end in (`Anke`, `Mari`). */
export const AMBIGUOUS_FEMININE_ENDINGS: string[] = ['e', 'i', 'е', 'и'];
