import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, CHART_HEIGHT, CHART_WIDTH, trendPng, trendSvg, type TrendChartInput } from './chart.js';

const GOLDEN = fileURLToPath(new URL('./testdata/golden/trend-sr-Cyrl.png', import.meta.url));

/** A fixed chart: 14 days, Serbian Cyrillic title, one spike. */
const INPUT: TrendChartInput = {
  title: 'Помињања по дану: Косово',
  subtitle: 'последњих 14 дана',
  axisName: 'помињања',
  days: [2, 3, 1, 4, 2, 3, 2, 1, 3, 2, 4, 2, 12, 3].map((count, i) => ({ label: `${i + 1}. 11.`, count })),
  highlight: [12],
};

/** Share of pixels whose colour differs by more than `tolerance` (max channel difference) between two PNGs of one size. */
function differingShare(a: PNG, b: PNG, tolerance = 48): number {
  let off = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
    if (d > tolerance) off++;
  }
  return off / (a.width * a.height);
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

describe('trend chart', () => {
  it('draws an SVG with the labels as text, then a PNG of the stated size with an opaque background', () => {
    const svg = trendSvg(INPUT);
    expect(svg).toContain('Помињања по дану: Косово');
    expect(svg).toContain('13. 11.');
    const png = PNG.sync.read(trendPng(INPUT));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    expect([...png.data.subarray(0, 4)]).toEqual([...hex(CHART_COLOURS.background), 255]);
  });

  it('matches the golden image within a tolerance (regenerate: UPDATE_GOLDEN=1)', () => {
    const bytes = trendPng(INPUT);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, bytes);
    expect(existsSync(GOLDEN), 'golden image missing: run with UPDATE_GOLDEN=1').toBe(true);
    const got = PNG.sync.read(bytes);
    const want = PNG.sync.read(readFileSync(GOLDEN));
    expect([got.width, got.height]).toEqual([want.width, want.height]);
    // anti-aliasing may differ between resvg builds; the drawing may not
    expect(differingShare(got, want)).toBeLessThan(0.002);
  });

  it('draws the spike in the peak colour and ordinary days in the bar colour', () => {
    const png = PNG.sync.read(trendPng(INPUT));
    const count = (rgb: number[]) => {
      let n = 0;
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === rgb[0] && png.data[i + 1] === rgb[1] && png.data[i + 2] === rgb[2]) n++;
      return n;
    };
    expect(count(hex(CHART_COLOURS.peak))).toBeGreaterThan(500);
    expect(count(hex(CHART_COLOURS.bar))).toBeGreaterThan(count(hex(CHART_COLOURS.peak)));
  });
});
