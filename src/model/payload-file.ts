/** A file carried by a delivery payload part (a trend chart): Discord `files`, Slack `file`. */
export interface PayloadFile {
  /** File name (ASCII, e.g. `trend-digest.png`). */
  name: string;
  data: Buffer;
  contentType: 'image/png';
  /** The file's title (plain text, not escaped). */
  title: string;
}

/** True for a Slack payload part that is a file to share, not a message. */
export function isFilePart(p: unknown): p is { file: PayloadFile } {
  return typeof p === 'object' && p !== null && 'file' in p && typeof (p as { file?: { data?: unknown } }).file?.data === 'object';
}
