/**
 * English: last words of a capitalised name that make it a body, a place or an event, never a person who
 * could be `he` or `she` (`the Harbour Coalition`, `Southern Fleet Command`, `the Falklands War`), folded. Read only for
 * a candidate nothing else shows to be a person (no gender, role, listed first name). Issue 15.
 */
export const nonPersonNameHeads: readonly string[] = [
  'coalition', 'command', 'congress', 'convention', 'committee', 'council', 'party', 'house', 'senate', 'state', 'states',
  'war', 'union', 'association', 'institute', 'university', 'college', 'school', 'foundation', 'church', 'center', 'centre',
  'department', 'agency', 'administration', 'campaign', 'network', 'news', 'times', 'post', 'journal', 'magazine', 'group',
  'county', 'city', 'valley', 'island', 'islands', 'river', 'street', 'avenue', 'square', 'airport', 'station', 'hospital',
  'court', 'bank', 'fund', 'project', 'program', 'programme', 'initiative', 'forum', 'summit', 'caucus', 'caucuses', 'primary',
];

/**
 * English subordinators of a fronted clause whose subject a pronoun subject of the main clause takes up
 * (`When the ambassador visited, he told …`, `After the judge read the verdict she said …`), folded. Not
 * the conditional or comparative ones (`if`, `unless`, `like`), whose subject is less often the main clause's.
 */
export const frontedClauseSubordinators: readonly string[] = ['when', 'while', 'whilst', 'after', 'before', 'once', 'as', 'since', 'although', 'though'];
