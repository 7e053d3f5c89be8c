/** The in-memory store's speakers and the quote search (see memory-store.ts). */
import { itemTime } from '../../model/story.js';
import type { SpeakerPort } from '../speakers.js';
import { entityFit, foldName, speakerBucket, spellingStartsWith } from '../../pipeline/speakers/identity.js';
import type { QuoteHit, QuoteQuery, SpeakerRecord, SpeakerStore } from '../store.js';
import { copy, type StoredItem, type State, byString } from './state.js';
import type { MemoryFeeds } from './feeds.js';

export function memorySpeakerPort(s: State): SpeakerPort {
  return {
    bySpelling: (spelling) => s.spellings.get(spelling) ?? null,
    inBucket: (bucket) => [...s.speakers.values()].filter((x) => x.bucket === bucket).map((x) => ({ id: x.id, spellings: [...x.spellings] })),
    create: (name, bucket) => {
      const id = s.speakers.size + 1;
      s.speakers.set(id, { id, name, bucket, spellings: [] });
      return id;
    },
    addSpelling: (id, spelling, name) => {
      const x = s.speakers.get(id)!;
      x.spellings.push(spelling);
      x.name = name;
      s.spellings.set(spelling, id);
    },
  };
}

export class MemorySpeakers implements SpeakerStore {
  constructor(
    private readonly s: State,
    private readonly feeds: MemoryFeeds,
  ) {}

  private record(id: number): SpeakerRecord | null {
    const x = this.s.speakers.get(id);
    return x ? { id: String(x.id), name: x.name, spellings: [...x.spellings] } : null;
  }

  async getSpeaker(id: string): Promise<SpeakerRecord | null> {
    return /^[1-9][0-9]*$/.test(id) ? this.record(Number(id)) : null;
  }

  async findSpeakers(name: string): Promise<SpeakerRecord[]> {
    const bucket = speakerBucket(name);
    if (!bucket) return [];
    return memorySpeakerPort(this.s)
      .inBucket(bucket)
      .filter((c) => entityFit(name, c.spellings) > 0)
      .map((c) => this.record(c.id)!);
  }

  async suggestSpeakers(typed: string, limit: number, tenant?: string | null): Promise<SpeakerRecord[]> {
    const counts = new Map<number, number>();
    for (const it of this.s.items.values()) {
      if (!this.feeds.visible(it.feedUrl, tenant)) continue;
      for (const id of it.speakerIds) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const first = foldName(typed).slice(0, 3);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([id]) => this.record(id)!)
      .filter((r) => (!first || r.spellings.some((x) => foldName(x).includes(first))) && r.spellings.some((x) => spellingStartsWith(x, typed)))
      .slice(0, limit);
  }

  async listOutlets(tenant?: string | null): Promise<string[]> {
    const out = new Set<string>();
    for (const it of this.s.items.values()) if (it.a.outlet !== null && this.feeds.visible(it.feedUrl, tenant)) out.add(it.a.outlet);
    return [...out].sort(byString);
  }

  async searchQuotes(query: QuoteQuery): Promise<{ total: number; hits: QuoteHit[] }> {
    const speakerIds = query.speakerIds ? new Set(query.speakerIds.map(Number)) : null;
    const outlets = query.outlets ? new Set(query.outlets) : null;
    const rows: { it: StoredItem; t: number; position: number }[] = [];
    for (const it of this.s.items.values()) {
      if (!this.feeds.visible(it.feedUrl, query.tenant)) continue;
      const t = itemTime(it.a).getTime();
      if (query.since && t < query.since.getTime()) continue;
      if (outlets && (it.a.outlet === null || !outlets.has(it.a.outlet))) continue;
      if (query.topicId !== undefined && !it.a.matches.some((m) => m.topicId === query.topicId)) continue;
      it.a.quotes.forEach((_q, position) => {
        const sid = it.speakerIds[position];
        if (speakerIds && (sid === null || !speakerIds.has(sid))) return;
        rows.push({ it, t, position });
      });
    }
    rows.sort((x, y) => y.t - x.t || y.it.id - x.it.id || x.position - y.position);
    const limit = Math.max(0, Math.min(100, Math.trunc(query.limit)));
    const offset = Math.max(0, Math.trunc(query.offset));
    const hits = rows.slice(offset, offset + limit).map(({ it, t, position }): QuoteHit => {
      const sid = it.speakerIds[position];
      return {
        itemId: String(it.id),
        quote: copy(it.a.quotes[position]),
        speakerId: sid === null ? null : String(sid),
        speakerName: sid === null ? null : (this.s.speakers.get(sid)?.name ?? null),
        outlet: it.a.outlet,
        title: it.a.item.title,
        link: it.a.item.canonicalLink ?? it.a.item.link,
        time: new Date(t),
      };
    });
    return { total: rows.length, hits };
  }
}
