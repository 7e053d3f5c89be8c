/**
 * Feed dates: RFC 822 / RFC 2822 (RSS 2.0 `pubDate`) and its real-world variants, W3DTF / RFC 3339
 * (Atom, Dublin Core `dc:date`), date-only, epoch seconds, and day and month names in English,
 * Serbian (Latin and Cyrillic), Albanian, Croatian/Bosnian, Macedonian, German and French (date-names.ts). Anything else gives null, never a guess:
 * the caller then uses the item's first-seen time.
 */

import { DAY_NAMES, MONTH_STEMS } from './date-names.js';

/** Zone names in minutes east of UTC (RFC 822 §5.1, plus European names feeds use). */
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  bst: 60,
  ist: 60,
  cet: 60,
  met: 60,
  mez: 60,
  cest: 120,
  mest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
};

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
}

function monthOf(token: string): number | null {
  if (token.length < 3) return null;
  for (const [stem, month] of MONTH_STEMS) if (token.startsWith(stem)) return month;
  return null;
}

function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0, offsetMin = 0): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60 || y < 1000 || y > 9999) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null; // 31 February and the like
  return new Date(t - offsetMin * 60_000);
}

function offsetFrom(sign: string, hh: string, mm: string | undefined): number {
  const v = Number(hh) * 60 + Number(mm ?? 0);
  return sign === '-' ? -v : v;
}

// W3DTF / RFC 3339 / ISO 8601 (also with a space, without colons, or with an offset without colon).
const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:(?:T|\s+)(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

function parseIso(s: string): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  let offset = 0;
  if (zone && /^[+-]/.test(zone)) {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!z) return null;
    offset = offsetFrom(z[1], z[2], z[3]);
  }
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  return build(Number(y), Number(mo ?? 1), Number(d ?? 1), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0), ms, offset);
}

// 25.11.2026. 14:30 (Serbian, German), 25/11/2026 14:30 (day first, as in Europe).
const NUMERIC_DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?(?:[,\s]+(?:u\s+|um\s+|à\s+)?(\d{1,2})[:.h](\d{2})(?::(\d{2}))?)?(?:\s*(?:h|uhr|č))?$/i;

function parseNumeric(s: string): Date | null {
  const m = NUMERIC_DMY.exec(s);
  if (!m) return null;
  return build(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

function parseTextual(input: string): Date | null {
  let t = fold(input.toLowerCase()).replace(/\([^)]*\)/g, ' ');
  let h = 0;
  let mi = 0;
  let sec = 0;
  const time = /(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?(?![a-z]))?/.exec(t);
  if (time) {
    h = Number(time[1]);
    mi = Number(time[2]);
    sec = Number(time[3] ?? 0);
    if (time[4] === 'p' && h < 12) h += 12;
    if (time[4] === 'a' && h === 12) h = 0;
    t = t.slice(0, time.index) + ' ' + t.slice(time.index + time[0].length);
  }
  let offset = 0;
  const numericZone = /(?:^|[\s,]|gmt|utc|ut)([+-])(\d{1,2})(?::?(\d{2}))?(?=\s|$)/.exec(t);
  if (numericZone) {
    const hh = numericZone[2];
    offset = offsetFrom(numericZone[1], hh, numericZone[3]);
    t = t.slice(0, numericZone.index) + ' ' + t.slice(numericZone.index + numericZone[0].length);
  }
  const tokens = t.split(/[\s,./-]+/).filter(Boolean);
  const months: Array<{ i: number; month: number; token: string }> = [];
  const numbers: Array<{ i: number; value: string }> = [];
  tokens.forEach((tok, i) => {
    if (/^\d+$/.test(tok)) numbers.push({ i, value: tok });
    else if (/^\d{1,2}(st|nd|rd|th|er|e)$/.test(tok)) numbers.push({ i, value: tok.replace(/\D/g, '') });
    else if (!numericZone && tok in ZONES && !(i === 0 && DAY_NAMES.has(tok))) offset = ZONES[tok];
    else {
      const month = monthOf(tok);
      if (month !== null) months.push({ i, month, token: tok });
    }
  });
  // "mar." is a French day name as well as a month stem: prefer a month token that is not a day name.
  const monthTok = months.length > 1 ? (months.find((m) => !DAY_NAMES.has(m.token)) ?? months[0]) : months[0];
  if (!monthTok) return null;
  const yearTok = numbers.find((n) => n.value.length === 4);
  const dayTok = numbers.find((n) => n !== yearTok && n.value.length <= 2);
  if (!dayTok) return null;
  let year: number;
  if (yearTok) year = Number(yearTok.value);
  else {
    const yy = numbers.find((n) => n !== dayTok && n.value.length === 2 && n.i > dayTok.i);
    if (!yy) return null;
    year = Number(yy.value) + (Number(yy.value) < 50 ? 2000 : 1900);
  }
  return build(year, monthTok.month, Number(dayTok.value), h, mi, sec, 0, offset);
}

/**
 * Parses a date as feeds write it.
 * Accepts: RFC 822/2822 with or without day name, seconds or zone (zone names per RFC 822 §5.1 and
 * common European ones; no zone = UTC), two-digit years; W3DTF/RFC 3339 and ISO 8601 variants
 * (`2026-11-25`, `2026-11-25 14:30`, `20261125T143000Z`, year-month, year); epoch seconds (9–10 digits)
 * and milliseconds (13 digits); `25.11.2026. 14:30`; textual dates with English, Serbian (Latin and
 * Cyrillic, including genitive `novembra`), Albanian (`Mër, 25 Nën 2026`, `25 nëntor 2026`), Croatian,
 * Macedonian, German and French month and day names (date-names.ts).
 * @param value the date text, or null/undefined
 * @returns the instant, or null when the text is not a date this function recognises (never throws)
 */
export function parseFeedDate(value: string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const s = String(value).replace(/\s+/g, ' ').trim();
  if (!s || s.length > 100) return null;
  if (/^\d{9,10}$/.test(s)) return new Date(Number(s) * 1000);
  if (/^\d{13}$/.test(s)) return new Date(Number(s));
  const d = parseIso(s) ?? parseNumeric(s) ?? parseTextual(s);
  return d && !Number.isNaN(d.getTime()) ? d : null;
}
