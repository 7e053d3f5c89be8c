import { describe, expect, it } from 'vitest';
import { conciseQuote } from './concise.js';

const flat = () => 0.25;

describe('conciseQuote', () => {
  it('leaves a quote within its budget as it is', () => {
    expect(conciseQuote('The bridge stays  closed.', 10, flat)).toEqual({
      text: 'The bridge stays closed.',
      segments: ['The bridge stays closed.'],
      cut: false,
    });
  });

  it('keeps the run of sentences with the watched mention, with an ellipsis where words were left out', () => {
    const q =
      'We met twice this week and the talks were long. Nobody left the room early. The treaty stays in force. It stays fully in force. Next week we meet again.';
    const score = (s: string) => (/treaty/i.test(s) ? 3 : 0.25);
    const r = conciseQuote(q, 12, score);
    expect(r.text).toBe('… The treaty stays in force. It stays fully in force. …');
    expect(r.cut).toBe(true);
    expect(q).toContain(r.segments[0]);
  });

  it("never rewords: every kept segment is the quote's own words, in order", () => {
    const q = 'First point is clear. Second point is clearer still. Third point closes it.';
    const r = conciseQuote(q, 8, flat);
    for (const s of r.segments) expect(q).toContain(s);
    expect(r.text.startsWith('First point is clear.')).toBe(true);
    expect(r.text.endsWith('…')).toBe(true);
  });

  it("cuts a single sentence over the budget after the budget's words", () => {
    const q = 'This single sentence runs on and on, well past any budget a digest could give it without a break.';
    const r = conciseQuote(q, 6, flat);
    expect(r.text).toBe('This single sentence runs on and …');
    expect(r.segments).toEqual(['This single sentence runs on and']);
  });
});
