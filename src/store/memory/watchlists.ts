/** The in-memory store's topics per workspace (see memory-store.ts). */
import type { Topic } from '../../model/watchlist.js';
import type { WatchlistStore } from '../store.js';
import { copy, type State, topicKey, byString } from './state.js';

export class MemoryWatchlists implements WatchlistStore {
  constructor(private readonly s: State) {}

  async listTopics(workspace: string | null): Promise<Topic[]> {
    return [...this.s.topics.values()]
      .filter((t) => t.workspace === null || t.workspace === workspace)
      .sort((a, b) => (a.workspace === null ? 0 : 1) - (b.workspace === null ? 0 : 1) || byString(a.id, b.id))
      .map(copy);
  }

  async upsertTopic(topic: Topic): Promise<void> {
    this.s.topics.set(topicKey(topic.workspace, topic.id), copy(topic));
  }

  async removeTopic(workspace: string | null, id: string): Promise<boolean> {
    return this.s.topics.delete(topicKey(workspace, id));
  }
}
