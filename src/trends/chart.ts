/**
 * The trend picture: mentions per day of one topic as a bar chart, drawn on the server with ECharts'
 * SVG renderer (https://echarts.apache.org/handbook/en/how-to/cross-platform/server/) and rasterised
 * to PNG by resvg (`@resvg/resvg-js`, prebuilt binaries: no native canvas build). Text is set in the
 * DejaVu Sans shipped by `dejavu-fonts-ttf` (Latin, Cyrillic and Albanian letters), never in whatever
 * fonts a host happens to have, so the picture is the same everywhere (and the golden test holds).
 *
 * The picture carries its own opaque background with dark text, so it reads the same on Discord's and
 * Slack's dark and light themes (a transparent PNG with dark text vanishes on a dark theme).
 */
import { createRequire } from 'node:module';
import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
/** The font file every label is drawn with. */
export const CHART_FONT_FILE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const CHART_BOLD_FONT_FILE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const FONT = 'DejaVu Sans';

/** Picture size in pixels: fits Discord's embed image (shown up to 400 px wide, scaled) and Slack's preview. */
export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 360;

/** Colours chosen for contrast ≥ 4.5:1 of text on the background (WCAG AA). */
export const CHART_COLOURS = { background: '#f5f6f8', text: '#1f2329', grid: '#d5d8de', bar: '#2f5fbf', peak: '#c2410c' } as const;

export interface TrendChartInput {
  /** Title (already in the channel's language), e.g. `Mentions per day: Kosovo`. */
  title: string;
  /** Second line, e.g. `last 30 days`. */
  subtitle: string;
  /** Name of the value axis, e.g. `mentions`. */
  axisName: string;
  /** One bar per day, oldest first: its label (`3 Mar`) and count. */
  days: { label: string; count: number }[];
  /** Days (indexes into `days`) drawn in the peak colour: a spike. */
  highlight?: number[];
  /**
   * Several topics: stacked bars, one colour per topic, with a legend; `days[].count` is then ignored
   * (labels only). Each `counts` has one entry per day.
   */
  stack?: { name: string; counts: number[] }[];
}

/** Colours of stacked series (a colour-blind-safe set, dark enough for white-ish backgrounds). */
export const SERIES_COLOURS = ['#2f5fbf', '#c2410c', '#15803d', '#7e22ce', '#a16207'] as const;

/**
 * The chart as an SVG document (ECharts server-side rendering, no DOM).
 * @returns the SVG text, `CHART_WIDTH` × `CHART_HEIGHT`
 */
export function trendSvg(input: TrendChartInput): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    const peak = new Set(input.highlight ?? []);
    chart.setOption({
      animation: false,
      backgroundColor: CHART_COLOURS.background,
      textStyle: { fontFamily: FONT, color: CHART_COLOURS.text },
      title: {
        text: input.title,
        subtext: input.subtitle,
        left: 16,
        top: 10,
        textStyle: { fontFamily: FONT, color: CHART_COLOURS.text, fontSize: 18, fontWeight: 'bold' },
        subtextStyle: { fontFamily: FONT, color: CHART_COLOURS.text, fontSize: 13 },
      },
      grid: { left: 56, right: 24, top: 100, bottom: 44 },
      xAxis: {
        type: 'category',
        data: input.days.map((d) => d.label),
        axisLabel: { fontFamily: FONT, color: CHART_COLOURS.text, fontSize: 11, hideOverlap: true },
        axisLine: { lineStyle: { color: CHART_COLOURS.text } },
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: 'value',
        name: input.axisName,
        minInterval: 1,
        nameTextStyle: { fontFamily: FONT, color: CHART_COLOURS.text, fontSize: 12, align: 'left' },
        axisLabel: { fontFamily: FONT, color: CHART_COLOURS.text, fontSize: 11 },
        splitLine: { lineStyle: { color: CHART_COLOURS.grid } },
      },
      ...(input.stack
        ? {
            legend: { top: 12, right: 16, textStyle: { fontFamily: FONT, color: CHART_COLOURS.text, fontSize: 12 } },
            series: input.stack.map((s, k) => ({
              type: 'bar',
              name: s.name,
              stack: 'topics',
              barMaxWidth: 28,
              itemStyle: { color: SERIES_COLOURS[k % SERIES_COLOURS.length] },
              data: s.counts,
            })),
          }
        : {
            series: [
              {
                type: 'bar',
                barMaxWidth: 28,
                data: input.days.map((d, i) => ({ value: d.count, itemStyle: { color: peak.has(i) ? CHART_COLOURS.peak : CHART_COLOURS.bar } })),
              },
            ],
          }),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The chart as a PNG (`trendSvg` rasterised by resvg at its own size, text in DejaVu Sans).
 * @returns PNG bytes, `CHART_WIDTH` × `CHART_HEIGHT` pixels
 */
export function trendPng(input: TrendChartInput): Buffer {
  const resvg = new Resvg(trendSvg(input), {
    fitTo: { mode: 'original' },
    font: { fontFiles: [CHART_FONT_FILE, CHART_BOLD_FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT, sansSerifFamily: FONT },
  });
  return resvg.render().asPng();
}
