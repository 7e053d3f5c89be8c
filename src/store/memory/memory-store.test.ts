import { describe, expect, it } from 'vitest';
import { storeContract, sampleItem } from '../contract.js';
import { createMemoryStore } from './memory-store.js';
import { speakerContract } from '../speaker-contract.js';
import { topicsSeenContract } from '../topics-seen-contract.js';
import { quoteFormContract } from '../quote-form-contract.js';

storeContract('memory', async (clock) => {
  const store = createMemoryStore({ clock });
  return { store, close: () => store.close() };
});

topicsSeenContract('memory', async (clock) => {
  const store = createMemoryStore({ clock });
  return { store, close: () => store.close() };
});

describe('memory store isolation', () => {
  it('copies values in and out, so mutating them does not change the store', async () => {
    const store = createMemoryStore();
    const a = sampleItem();
    const { id } = await store.items.saveItem(a);
    a.quotes[0].text = 'changed by the caller';
    const back = await store.items.getItem(id);
    expect(back?.quotes[0].text).toBe(sampleItem().quotes[0].text);
    back!.matches.length = 0;
    expect((await store.items.getItem(id))?.matches).toHaveLength(2);
  });
});

speakerContract('memory', async (clock) => {
  const store = createMemoryStore({ clock });
  return { store, close: () => store.close() };
});

quoteFormContract('memory', async (clock) => {
  const store = createMemoryStore({ clock });
  return { store, close: () => store.close() };
});
