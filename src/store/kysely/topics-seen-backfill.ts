/**
 * The upgrade of a database written before first sight per topic (ADR 0281), one statement both SQL
 * stores run in their migration after creating `item_topics_seen`: every stored item's matched topics
 * (a topic match with a mention) at the item's first sight — what those items were selected by before.
 */
export const TOPICS_SEEN_BACKFILL_SQL = `
      INSERT INTO item_topics_seen (item_id, topic_id, seen_at)
      SELECT t.item_id, t.topic_id, MIN(i.first_seen)
      FROM item_topics t JOIN items i ON i.id = t.item_id
      WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.item_id = t.item_id AND m.match_position = t.position)
      GROUP BY t.item_id, t.topic_id;`;
