/**
 * English adjuncts of time and occasion that stand between a verb of saying and a report without `that`
 * (`Roe said on Tuesday she would …`, `told CNN in an interview the plan …`; zero-that-adjunct-en.ts).
 */
export const reportAdjunctWords = {
  /** Days and parts of days (`on Tuesday`, `Tuesday night`). */
  days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight'],
  /** Month names (`in March`, `on March 3`). */
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  /** Parts of a day after a day name (`Tuesday night`). */
  dayParts: ['morning', 'afternoon', 'evening', 'night'],
  /** Nouns of time after `last`/`this`/`earlier`/`later` (`last week`, `earlier this month`). */
  periods: ['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter', 'morning', 'afternoon', 'evening', 'night', 'day'],
  /** Words that open a time phrase (`last week`, `earlier this year`, `late Tuesday`). */
  timeOpeners: ['last', 'this', 'earlier', 'later', 'late', 'early', 'next'],
  /** Prepositions that open an occasion phrase (`in an interview`, `at a rally`, `on Twitter`). */
  prepositions: ['in', 'on', 'at', 'during', 'after', 'before', 'over', 'via'],
  /** Nouns that end an occasion phrase of speaking (`in a statement`, `at a news conference`, `on a conference call`). */
  occasions: [
    'interview', 'interviews', 'statement', 'speech', 'debate', 'rally', 'conference', 'briefing', 'call', 'hearing', 'letter',
    'email', 'post', 'tweet', 'tweets', 'video', 'appearance', 'meeting', 'event', 'session', 'show', 'broadcast', 'op-ed',
    'address', 'remarks', 'podcast', 'forum', 'interview', 'message', 'release', 'filing', 'memo', 'essay', 'column', 'book',
    'stop', 'dinner', 'breakfast', 'luncheon', 'fundraiser', 'hall', 'visit', 'trip', 'testimony', 'program', 'programme',
  ],
  /** Determiners inside an occasion phrase (`in a`, `at his`). */
  determiners: ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'that', 'one', 'another'],
  /** Longest occasion phrase after its preposition, in words (`in a telephone interview with the Times`). */
  maxOccasionWords: 6,
};
