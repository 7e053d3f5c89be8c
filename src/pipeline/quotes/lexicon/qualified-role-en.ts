/**
 * English words that may open a qualified role phrase before its capitalised qualifier
 * (`the Florida senator`, `a former Texas governor`): determiners only; see `qualified-role-en.ts`.
 */
export const QUALIFIED_ROLE_DETERMINERS_EN: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'one', 'another'];
