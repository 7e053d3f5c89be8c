/**
 * The console adapter: the platform used when no Discord or Slack token is present, so the service is
 * useful (and testable end to end) without either. A channel is `stdout` or a plain file name whose text
 * goes to `DIR/CHANNEL.txt`.
 *
 * The channel itself is the record of what was posted, like Discord's footer or Slack's metadata: a
 * message to a file channel ends with the line `— wirewatch • KEY` (its delivery key), and `findPosted`
 * scans that file for it. The message is written first, in one append, then one JSON line
 * `{"key", "channel", "message_ids", "at", "text"}` is appended to the ledger file (a log for people
 * and tools). So a crash after the message write is found by reconciliation (never posted twice) and a
 * crash before it re-sends (never lost). `stdout` cannot be read back: there the ledger line, written
 * after the text, is the record; a crash between the two prints the digest again rather than losing it.
 * All file I/O is asynchronous (`fs/promises`): a channel file that blocks (a FIFO with no reader) holds
 * up its own delivery, never the event loop (`/healthz`, polling).
 */
import { appendFile as fsAppendFile, mkdir, readFile } from 'node:fs/promises';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, basename } from 'node:path';
import type { Clock } from '../../model/clock.js';
import { systemClock } from '../../model/clock.js';
import type { Target } from '../../model/subscription.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import { PlatformError, type ChatPlatform, type CommandHandler, type MessageRef } from '../platform.js';

export interface ConsolePlatformOptions {
  /** Folder for per-channel text files. */
  dir: string;
  /** Ledger file (JSON lines); relative paths are under `dir`. */
  ledger: string;
  /**
   * Where channel `stdout` text goes; default process.stdout (resolved once the write is flushed).
   * When it returns a promise, the ledger line is written after it settles.
   */
  stdout?: (text: string) => unknown;
  /** Appends `data` (UTF-8) to the file at `path`; default `fs/promises.appendFile`. Injected by crash tests. */
  appendFile?: (path: string, data: string) => Promise<void>;
  clock?: Clock;
  logger?: Logger;
}

/** One line of the console ledger. */
export interface ConsoleLedgerLine {
  key: string;
  channel: string;
  message_ids: string[];
  at: string;
  text: string;
}

/** Turns rendered payloads into text: strings as they are, anything else as pretty JSON. */
export function payloadText(payloads: unknown[]): string {
  return payloads.map((p) => (typeof p === 'string' ? p : JSON.stringify(p, null, 2))).join('\n\n');
}

/**
 * Printed on standard output before every message after the first, so consecutive digests read as
 * separate posts: a blank line, a rule, a blank line.
 */
export const STDOUT_SEPARATOR = `\n${'─'.repeat(60)}\n\n`;

/** The last line of a message in a file channel: carries its delivery key so `findPosted` can find it. */
export function keyLine(idempotencyKey: string): string {
  return `— wirewatch • ${idempotencyKey}`;
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text.endsWith('\n') ? text : text + '\n', (err) => (err ? reject(err) : resolve()));
  });
}

export class ConsolePlatform implements ChatPlatform {
  readonly name = 'console' as const;
  private readonly ledgerPath: string;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly stdout: (text: string) => unknown;
  private readonly appendFile: (path: string, data: string) => Promise<void>;
  /** Messages printed on standard output so far (the second and later get `STDOUT_SEPARATOR`). */
  private stdoutPosts = 0;

  constructor(private readonly opts: ConsolePlatformOptions) {
    this.ledgerPath = opts.ledger.startsWith('/') ? opts.ledger : join(opts.dir, opts.ledger);
    this.clock = opts.clock ?? systemClock;
    this.log = opts.logger ?? silentLogger;
    this.stdout = opts.stdout ?? writeStdout;
    this.appendFile = opts.appendFile ?? ((path, data) => fsAppendFile(path, data, 'utf8'));
  }

  /** The ledger file's path. */
  get ledgerFile(): string {
    return this.ledgerPath;
  }

  /** The text file of a file channel (`DIR/CHANNEL.txt`). */
  channelFile(channel: string): string {
    return join(this.opts.dir, `${channel}.txt`);
  }

  async start(): Promise<void> {
    await mkdir(dirname(this.ledgerPath), { recursive: true });
    await mkdir(this.opts.dir, { recursive: true });
  }

  async stop(): Promise<void> {}

  /** The console takes no commands. */
  onCommand(_handler: CommandHandler): void {}

  /**
   * Writes the message (to a file channel with its key line last), then appends the ledger line.
   * @returns one ref, `console:KEY`
   * @throws PlatformError `bad_channel` (permanent) for a channel name that is not a plain file name;
   *   a file system error as it is (the dispatcher retries it)
   */
  async post(target: Target, payloads: unknown[], opts: { idempotencyKey: string }): Promise<MessageRef[]> {
    const channel = target.channel;
    if (channel !== 'stdout' && (basename(channel) !== channel || channel.startsWith('.'))) {
      throw new PlatformError('bad_channel', `console: channel "${channel}" must be stdout or a plain file name`, true);
    }
    const body = payloadText(payloads);
    const id = `console:${opts.idempotencyKey}`;
    let text: string;
    if (channel === 'stdout') {
      text = body;
      await this.stdout(this.stdoutPosts > 0 ? `${STDOUT_SEPARATOR}${text}` : text);
      this.stdoutPosts++;
    } else {
      text = `${body}\n${keyLine(opts.idempotencyKey)}`;
      await mkdir(this.opts.dir, { recursive: true });
      await this.appendFile(this.channelFile(channel), text + '\n\n');
    }
    const line: ConsoleLedgerLine = { key: opts.idempotencyKey, channel, message_ids: [id], at: this.clock.now().toISOString(), text };
    await mkdir(dirname(this.ledgerPath), { recursive: true });
    await this.appendFile(this.ledgerPath, JSON.stringify(line) + '\n');
    this.log.debug({ channel, idempotency_key: opts.idempotencyKey }, 'console: posted');
    return [{ id }];
  }

  /**
   * Whether a message with this key was posted to the channel: for a file channel, a scan of its file
   * for the key line; for `stdout`, the ledger line with this key and channel.
   * @returns `[{ id: 'console:KEY' }]` when found, [] when not (a missing file counts as empty)
   */
  async findPosted(target: Target, idempotencyKey: string): Promise<MessageRef[] | null> {
    const found = [{ id: `console:${idempotencyKey}` }];
    if (target.channel !== 'stdout') return (await this.channelHasKey(target.channel, idempotencyKey)) ? found : [];
    for (const line of parseLedger(await readFile(this.ledgerPath, 'utf8').catch(() => ''), this.log, this.ledgerPath)) {
      if (line.key === idempotencyKey && line.channel === target.channel) return line.message_ids.map((id) => ({ id }));
    }
    return [];
  }

  private async channelHasKey(channel: string, idempotencyKey: string): Promise<boolean> {
    const wanted = keyLine(idempotencyKey);
    const stream = createReadStream(this.channelFile(channel), { encoding: 'utf8' });
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    try {
      for await (const line of lines) if (line === wanted) return true;
      return false;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    } finally {
      lines.close();
      stream.destroy();
    }
  }

  /** Every well-formed ledger line (a torn last line after a crash is skipped). Synchronous: for tests and tools. */
  readLedger(): ConsoleLedgerLine[] {
    let text: string;
    try {
      text = readFileSync(this.ledgerPath, 'utf8');
    } catch {
      return [];
    }
    return parseLedger(text, this.log, this.ledgerPath);
  }
}

function parseLedger(text: string, log: Logger, path: string): ConsoleLedgerLine[] {
  const out: ConsoleLedgerLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      out.push(JSON.parse(raw) as ConsoleLedgerLine);
    } catch {
      log.warn({ ledger: path }, 'console: skipping a torn ledger line');
    }
  }
  return out;
}
