/**
 * Speaker entities as both stores keep them: the assignment of a written name to an entity, over a
 * small synchronous port each store implements (SQLite statements inside the item's transaction, or
 * the memory store's maps), so the two stores cannot disagree about who is who.
 */
import { displayName, resolveSpeaker, speakerBucket } from '../pipeline/speakers/identity.js';

/** What the assignment needs from a store; ids are the store's numeric ids. */
export interface SpeakerPort {
  /** The entity that already holds this exact spelling, or null. */
  bySpelling(spelling: string): number | null;
  /** Entities in a bucket with their spellings (first seen first), oldest entity first. */
  inBucket(bucket: string): { id: number; spellings: string[] }[];
  /** Creates an entity; returns its id. */
  create(name: string, bucket: string): number;
  /** Adds a spelling to an entity and sets its shown name. */
  addSpelling(id: number, spelling: string, name: string): void;
}

/** Longest spelling kept (a quote's speaker is a name, not a paragraph). */
export const MAX_SPELLING_CHARS = 200;

/**
 * The entity a quote's written speaker belongs to, created or extended as needed: an exact spelling
 * seen before keeps its entity; otherwise the best-fitting entity of the name's bucket
 * (`resolveSpeaker`) gains the spelling, else a new entity is made.
 * @param spelling the speaker as the quote gives it (trimmed here; longer than `MAX_SPELLING_CHARS` is cut)
 * @returns the entity id, or null for a name without letters
 */
export function assignSpeaker(port: SpeakerPort, spelling: string): number | null {
  const s = spelling.trim().replace(/\s+/g, ' ').slice(0, MAX_SPELLING_CHARS);
  const bucket = speakerBucket(s);
  if (!bucket) return null;
  const known = port.bySpelling(s);
  if (known !== null) return known;
  const candidates = port.inBucket(bucket);
  const hit = resolveSpeaker(s, candidates);
  if (hit) {
    port.addSpelling(hit.id, s, displayName([...hit.spellings, s]));
    return hit.id;
  }
  const id = port.create(s, bucket);
  port.addSpelling(id, s, s);
  return id;
}

/** `SpeakerPort` for a store whose queries are asynchronous (PostgreSQL). */
export interface AsyncSpeakerPort {
  bySpelling(spelling: string): Promise<number | null>;
  inBucket(bucket: string): Promise<{ id: number; spellings: string[] }[]>;
  create(name: string, bucket: string): Promise<number>;
  addSpelling(id: number, spelling: string, name: string): Promise<void>;
}

/**
 * `assignSpeaker` over an asynchronous port: the same steps and rules, so every store agrees about
 * who is who. The caller serialises concurrent assignments of one bucket (PostgreSQL: an advisory
 * transaction lock on the bucket), as SQLite's single writer does.
 * @param lockBucket called with the bucket before anything is read (may be a no-op)
 * @returns the entity id, or null for a name without letters
 */
export async function assignSpeakerAsync(port: AsyncSpeakerPort, spelling: string, lockBucket: (bucket: string) => Promise<void>): Promise<number | null> {
  const s = spelling.trim().replace(/\s+/g, ' ').slice(0, MAX_SPELLING_CHARS);
  const bucket = speakerBucket(s);
  if (!bucket) return null;
  await lockBucket(bucket);
  const known = await port.bySpelling(s);
  if (known !== null) return known;
  const hit = resolveSpeaker(s, await port.inBucket(bucket));
  if (hit) {
    await port.addSpelling(hit.id, s, displayName([...hit.spellings, s]));
    return hit.id;
  }
  const id = await port.create(s, bucket);
  await port.addSpelling(id, s, s);
  return id;
}
