/**
 * The console adapter: the platform used when no Discord or Slack token is present, so the service is
 * useful (and testable end to end) without either. Each post appends one JSON line
 * `{"key", "channel", "message_ids", "at", "text"}` to the ledger file in a single append write, then
 * prints the text to standard output (channel `stdout`) or appends it to `DIR/CHANNEL.txt`.
 * `findPosted` reads the ledger back, which is what crash reconciliation asks.
 * The ledger line is written first: after a crash between the two writes the digest counts as posted
 * (never twice), at the cost of a missing stdout copy; the ledger always holds the text.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
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
  /** Where channel `stdout` text goes; default process.stdout. */
  stdout?: (text: string) => void;
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

export class ConsolePlatform implements ChatPlatform {
  readonly name = 'console' as const;
  private readonly ledgerPath: string;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly stdout: (text: string) => void;

  constructor(private readonly opts: ConsolePlatformOptions) {
    this.ledgerPath = opts.ledger.startsWith('/') ? opts.ledger : join(opts.dir, opts.ledger);
    this.clock = opts.clock ?? systemClock;
    this.log = opts.logger ?? silentLogger;
    this.stdout = opts.stdout ?? ((text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'));
  }

  /** The ledger file's path. */
  get ledgerFile(): string {
    return this.ledgerPath;
  }

  async start(): Promise<void> {
    mkdirSync(dirname(this.ledgerPath), { recursive: true });
  }

  async stop(): Promise<void> {}

  /** The console takes no commands. */
  onCommand(_handler: CommandHandler): void {}

  /**
   * Appends the ledger line, then writes the text.
   * @throws PlatformError `bad_channel` (permanent) for a channel name that is not a plain file name
   */
  async post(target: Target, payloads: unknown[], opts: { idempotencyKey: string }): Promise<MessageRef[]> {
    const channel = target.channel;
    if (channel !== 'stdout' && (basename(channel) !== channel || channel.startsWith('.'))) {
      throw new PlatformError('bad_channel', `console: channel "${channel}" must be stdout or a plain file name`, true);
    }
    const text = payloadText(payloads);
    const id = `console:${opts.idempotencyKey}`;
    const line: ConsoleLedgerLine = { key: opts.idempotencyKey, channel, message_ids: [id], at: this.clock.now().toISOString(), text };
    mkdirSync(dirname(this.ledgerPath), { recursive: true });
    appendFileSync(this.ledgerPath, JSON.stringify(line) + '\n');
    if (channel === 'stdout') this.stdout(text);
    else appendFileSync(join(this.opts.dir, `${channel}.txt`), text + '\n\n');
    this.log.debug({ channel, idempotency_key: opts.idempotencyKey }, 'console: posted');
    return [{ id }];
  }

  /** Reads the ledger; the refs of the line with this key and channel, or [] when there is none. */
  async findPosted(target: Target, idempotencyKey: string): Promise<MessageRef[] | null> {
    for (const line of this.readLedger()) {
      if (line.key === idempotencyKey && line.channel === target.channel) return line.message_ids.map((id) => ({ id }));
    }
    return [];
  }

  /** Every well-formed ledger line (a torn last line after a crash is skipped). */
  readLedger(): ConsoleLedgerLine[] {
    let text: string;
    try {
      text = readFileSync(this.ledgerPath, 'utf8');
    } catch {
      return [];
    }
    const out: ConsoleLedgerLine[] = [];
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      try {
        out.push(JSON.parse(raw) as ConsoleLedgerLine);
      } catch {
        this.log.warn({ ledger: this.ledgerPath }, 'console: skipping a torn ledger line');
      }
    }
    return out;
  }
}
