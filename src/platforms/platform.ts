/**
 * The contract every chat platform adapter fulfils (ARCHITECTURE.md). Adapters translate platform
 * interactions into `Command`s and `CommandReply`s back; they post rendered payloads.
 */
import type { Subscription } from '../model/subscription.js';
import type { Target } from '../model/subscription.js';
import type { Command, CommandReply } from '../commands/command.js';

/** A posted message: its platform id. */
export interface MessageRef {
  id: string;
}

export type CommandHandler = (command: Command) => Promise<CommandReply>;

/** A platform error the dispatcher acts on. `permanent` errors pause the subscription. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly permanent: boolean,
    /** Milliseconds to wait before retrying, when the platform said so. */
    readonly retryAfterMs: number | null = null,
    /**
     * The platform refused this payload itself (too long, invalid fields: Discord 50035 / 413, Slack
     * `invalid_blocks` / `msg_too_long`), not the channel: the adapter posts it again in a smaller
     * form (ADR 0241). Never permanent: the channel works, and pausing it would stop every later digest.
     */
    readonly payloadRefused = false,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export interface ChatPlatform {
  readonly name: Target['platform'];
  start(): Promise<void>;
  stop(): Promise<void>;
  onCommand(handler: CommandHandler): void;
  /**
   * Posts a digest's payloads (already rendered for this platform) in order.
   * @throws PlatformError on failure (permanent for missing access/channel).
   */
  post(target: Target, payloads: unknown[], opts: { idempotencyKey: string }): Promise<MessageRef[]>;
  /**
   * Looks for messages this service already posted with `idempotencyKey` (crash reconciliation).
   * @returns the refs when found, an empty array when certainly not posted, null when it cannot tell.
   */
  findPosted(target: Target, idempotencyKey: string): Promise<MessageRef[] | null>;
  /**
   * The default channel for admin notices of a subscription that chose none (Discord: the server's
   * system channel; Slack: a DM with whoever subscribed, else the first configured admin user), or
   * null when there is none. Absent: notices go to the subscription's own channel (the console).
   */
  noticeChannel?(sub: Subscription): Promise<string | null>;
}
