/**
 * The dispatcher drives the delivery ledger (ARCHITECTURE.md "Data that must survive a restart"):
 * `beginDelivery` (a `pending` row with an idempotency key) → the platform's `post` with that key →
 * `markSent`. A platform error is `markFailed` and retried with exponential backoff (or the platform's
 * Retry-After) until `retries` is spent — except for a row the platform cannot tell whether it was
 * posted, which is retried until it can (ADR 0308); a permanent one (missing access, unknown channel) fails the row
 * at once and pauses the subscription with the reason. Rows left `pending` by a crash are reconciled on
 * start through the platform's `findPosted` before anything is re-sent: a digest is never lost and never
 * posted twice (docs/adr/0160-delivery-exactly-once.md). A reconciled `digest` row also moves its
 * subscription's `lastWindowEnd` to the window's end, as the scheduler does after a normal hand-over.
 */
import { parseWindowSubject, type Delivery } from '../model/delivery.js';
import type { Subscription, Target } from '../model/subscription.js';
import { silentLogger, type Logger } from '../log/logger.js';
import { errorCode, isPermanent, retryAfter, windowOf } from './delivery-errors.js';
import type { DeliveryOutcome, DeliveryPlatform, DispatcherOptions, Retry } from './delivery-types.js';
export type { DeliveryMetrics, DeliveryOutcome, DeliveryPlatform, DispatcherOptions, PayloadBuilder } from './delivery-types.js';

export class Dispatcher {
  private readonly log: Logger;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  /** Retries waiting for their time, by delivery id. */
  private readonly retryQueue = new Map<number, Retry>();
  /** Deliveries in progress, by `subscription|kind|subject`, so one row is never posted concurrently. */
  private readonly active = new Map<string, Promise<DeliveryOutcome>>();
  /** Row ids whose post may have happened already (left pending by a crash or a failed attempt). */
  private readonly uncertain = new Set<number>();
  private closed = false;

  constructor(private readonly opts: DispatcherOptions) {
    this.log = opts.logger ?? silentLogger;
    this.retries = opts.retries ?? 5;
    this.retryBaseMs = opts.retryBaseMs ?? 30_000;
    this.retryMaxMs = opts.retryMaxMs ?? 3_600_000;
  }

  /** Deliveries waiting for a retry plus those in flight. */
  get queueDepth(): number {
    return this.retryQueue.size + this.active.size;
  }

  /**
   * Delivers (subscription, kind, subject) exactly once: a second call for a sent row does nothing.
   * Never throws for platform errors (they become `retry`/`failed` outcomes); store errors propagate.
   */
  deliver(sub: Subscription, kind: Delivery['kind'], subject: string): Promise<DeliveryOutcome> {
    const key = `${sub.id}|${kind}|${subject}`;
    const running = this.active.get(key);
    if (running) return running;
    const work = this.run(sub, kind, subject).finally(() => {
      this.active.delete(key);
      this.opts.metrics?.queueDepth(this.queueDepth);
    });
    this.active.set(key, work);
    this.opts.metrics?.queueDepth(this.queueDepth);
    return work;
  }

  /**
   * Crash reconciliation, run once on start before any new delivery: for each `pending` row asks the
   * platform whether a message with the row's idempotency key exists (`findPosted`); found → `markSent`
   * with those ids; certainly not posted (or the platform cannot tell) → posted again with the same key.
   * @returns how many rows were found already posted and how many were (re)sent
   */
  async reconcile(): Promise<{ found: number; resent: number; failed: number }> {
    const pending = await this.opts.deliveries.pendingDeliveries();
    let found = 0;
    let resent = 0;
    let failed = 0;
    for (const row of pending) this.uncertain.add(row.id);
    for (const row of pending) {
      const sub = await this.opts.subscriptions.getSubscription(row.subscriptionId);
      if (!sub) continue;
      const outcome = await this.deliver(sub, row.kind, row.subject);
      // The crash came before the scheduler moved the subscription's window on; do it now, exactly as
      // after a normal hand-over, so the next digest starts where this one ended (never posted twice).
      // Not after a final failure: that handed the window back (its stories wait for the next digest
      // after a resume), and moving it on again would lose them.
      if (row.kind === 'digest' && outcome.status !== 'failed' && outcome.status !== 'skipped') await this.advanceWindow(sub, row.subject);
      if (outcome.status === 'sent' && outcome.found) found++;
      else if (outcome.status === 'sent') resent++;
      else if (outcome.status === 'failed' || outcome.status === 'retry') failed++;
    }
    this.log.info({ pending: pending.length, found, resent, failed }, 'delivery: reconciled pending deliveries');
    return { found, resent, failed };
  }

  /**
   * Moves `sub.lastWindowEnd` to the end of the digest window `subject` (`start/end`, see
   * `windowSubject`) when that is later; an unparseable subject is logged and left alone.
   */
  private async advanceWindow(sub: Subscription, subject: string): Promise<void> {
    let end: Date;
    try {
      end = parseWindowSubject(subject).end;
    } catch (e) {
      this.log.warn(
        { subscription_id: sub.id, subject, err_message: (e as Error).message },
        'delivery: pending digest has no window; subscription window left as is',
      );
      return;
    }
    const current = (await this.opts.subscriptions.getSubscription(sub.id))?.lastWindowEnd ?? null;
    if (current && current.getTime() >= end.getTime()) return;
    await this.opts.subscriptions.updateSubscription(sub.id, { lastWindowEnd: end });
    this.log.info({ subscription_id: sub.id, window_end: end.toISOString() }, 'delivery: reconciled digest; subscription window advanced');
  }

  /** Runs the retries whose time has come (call from the service tick). */
  async retryDue(now: Date): Promise<DeliveryOutcome[]> {
    const due = [...this.retryQueue.entries()].filter(([, r]) => r.at <= now.getTime());
    const out: DeliveryOutcome[] = [];
    for (const [id, r] of due) {
      this.retryQueue.delete(id);
      const sub = await this.opts.subscriptions.getSubscription(r.subscriptionId);
      if (sub) out.push(await this.deliver(sub, r.kind, r.subject));
    }
    return out;
  }

  /** The earliest pending retry time, or null. */
  nextRetryAt(): Date | null {
    let min = Infinity;
    for (const r of this.retryQueue.values()) min = Math.min(min, r.at);
    return Number.isFinite(min) ? new Date(min) : null;
  }

  /**
   * Stops taking new deliveries and waits for those in flight, at most `timeoutMs`.
   * @returns true when every in-flight delivery finished in time
   */
  async drain(timeoutMs: number): Promise<boolean> {
    this.closed = true;
    const inflight = [...this.active.values()];
    if (inflight.length === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const done = Promise.allSettled(inflight).then(() => true as const);
    const result = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return result;
  }

  private async run(sub: Subscription, kind: Delivery['kind'], subject: string): Promise<DeliveryOutcome> {
    if (this.closed) return { status: 'skipped', delivery: null, reason: 'shutting down' };
    const platform = this.opts.platforms.get(sub.platform);
    if (!platform) return { status: 'skipped', delivery: null, reason: `no ${sub.platform} adapter running` };
    const { deliveries, clock } = this.opts;
    // A digest row and its subscription's window advance are one transaction (ADR 0162).
    const windowEnd = kind === 'digest' ? windowOf(subject)?.end : undefined;
    const row = await deliveries.beginDelivery({ subscriptionId: sub.id, kind, subject, now: clock.now(), windowEnd });
    if (row.state === 'sent') return { status: 'already_sent', delivery: row };
    if (row.state === 'failed') return { status: 'failed', delivery: row, reason: row.lastError ?? 'failed' };
    const fields = { subscription_id: sub.id, kind, subject, delivery_id: row.id, idempotency_key: row.idempotencyKey };
    let target: Target = { platform: sub.platform, workspace: sub.workspace, channel: sub.channel };
    if (kind === 'notice') {
      const to = await this.noticeTarget(sub, row, platform, target, fields);
      if ('status' in to) return to;
      target = to;
    }

    // Set when the platform could not tell whether this row was posted: until it can, the row is never
    // given up on a transient error (ADR 0308).
    let unsettled = false;
    if (row.attempts > 0 || this.uncertain.has(row.id) || this.opts.sharedLedger) {
      const found = await this.alreadyPosted(sub, row, platform, target, fields);
      if (found !== 'not_posted' && found !== 'cannot_tell') return found;
      unsettled = found === 'cannot_tell';
    }

    if (sub.paused && kind !== 'notice') return { status: 'skipped', delivery: row, reason: `subscription paused: ${sub.pausedReason ?? ''}` };
    const started = clock.now().getTime();
    let payloads: unknown[] | null;
    try {
      payloads = await this.opts.payloads(sub, kind, subject);
    } catch (e) {
      return this.failure(sub, row, e, platform.name, fields, unsettled);
    }
    if (payloads === null || payloads.length === 0) {
      // Nothing to say (an empty digest without postEmpty): the window counts as delivered.
      await deliveries.markSent(row.id, [], clock.now());
      this.log.info(fields, 'delivery: nothing to send (empty digest, postEmpty off); window marked delivered');
      return { status: 'sent', delivery: { ...row, state: 'sent' }, messageIds: [] };
    }
    try {
      const refs = await platform.post(target, payloads, { idempotencyKey: row.idempotencyKey });
      const ids = refs.map((r) => r.id);
      await deliveries.markSent(row.id, ids, clock.now());
      this.uncertain.delete(row.id);
      this.retryQueue.delete(row.id);
      const latency = Math.max(0, clock.now().getTime() - started) / 1000;
      this.opts.metrics?.sent(platform.name, kind, latency);
      this.log.info({ ...fields, message_ids: ids }, 'delivery: sent');
      return { status: 'sent', delivery: { ...row, state: 'sent', attempts: row.attempts + 1, messageIds: ids }, messageIds: ids };
    } catch (e) {
      return this.failure(sub, row, e, platform.name, fields, unsettled);
    }
  }

  /**
   * Where an admin notice goes: the subscription's notice channel (or the platform's default), never
   * the digest channel it may be about; a paused subscription still gets it.
   * @returns the target, or the outcome when there is none (the notice is logged only) or it failed
   */
  private async noticeTarget(
    sub: Subscription,
    row: Delivery,
    platform: DeliveryPlatform,
    target: Target,
    fields: Record<string, unknown>,
  ): Promise<Target | DeliveryOutcome> {
    const { deliveries, clock } = this.opts;
    let channel: string | null;
    try {
      channel = sub.noticeChannel ?? (platform.noticeChannel ? await platform.noticeChannel(sub) : sub.channel);
    } catch (e) {
      return this.failure(sub, row, e, platform.name, fields);
    }
    if (!channel) {
      await deliveries.markSent(row.id, [], clock.now());
      this.log.warn(fields, 'delivery: no channel for admin notices (none chosen, no platform default); notice logged only');
      return { status: 'sent', delivery: { ...row, state: 'sent' }, messageIds: [] };
    }
    return { ...target, channel };
  }

  /**
   * A row tried before (or left uncertain by a crash): asks the platform whether it was posted.
   * @returns the outcome when it was (marked sent) or the question failed; `not_posted` (certainly not)
   *   or `cannot_tell` (the platform cannot say) to send it (again)
   */
  private async alreadyPosted(
    sub: Subscription,
    row: Delivery,
    platform: DeliveryPlatform,
    target: Target,
    fields: Record<string, unknown>,
  ): Promise<DeliveryOutcome | 'not_posted' | 'cannot_tell'> {
    const { deliveries, clock } = this.opts;
    try {
      const refs = await platform.findPosted(target, row.idempotencyKey);
      if (refs && refs.length > 0) {
        const ids = refs.map((r) => r.id);
        await deliveries.markSent(row.id, ids, clock.now());
        this.uncertain.delete(row.id);
        this.log.info({ ...fields, message_ids: ids }, 'delivery: found already posted; not sending again');
        return { status: 'sent', delivery: { ...row, state: 'sent', attempts: row.attempts + 1, messageIds: ids }, messageIds: ids, found: true };
      }
      if (refs !== null) return 'not_posted';
      this.log.warn(fields, 'delivery: platform cannot tell whether this was posted; re-sending with the same idempotency key');
      return 'cannot_tell';
    } catch (e) {
      return this.failure(sub, row, e, platform.name, fields, true);
    }
  }

  /**
   * A failed attempt: retried with backoff, or final (a permanent error, or `retries` spent). A row the
   * platform could not say was not posted (`unsettled`: a crash or an earlier attempt may have posted
   * it, and `findPosted` failed or answered "cannot tell") is never final on a transient error: giving
   * up hands its window back, and the next digest would post its stories a second time if it had been
   * posted (ADR 0308). It stays `pending`, retried (backoff capped at `retryMaxMs`) until the platform
   * answers; meanwhile the scheduler starts no new window for its subscription.
   */
  private async failure(
    sub: Subscription,
    row: Delivery,
    e: unknown,
    platform: string,
    fields: Record<string, unknown>,
    unsettled = false,
  ): Promise<DeliveryOutcome> {
    const { deliveries, clock } = this.opts;
    const message = e instanceof Error ? e.message : String(e);
    const code = errorCode(e);
    const permanent = isPermanent(e);
    const final = permanent || (!unsettled && row.attempts + 1 > this.retries);
    this.uncertain.add(row.id);
    const reason = `${platform} refused delivery (${code}): ${message}`;
    // A digest that will not be posted hands its window back (its stories go into the next digest,
    // after a resume); pausing is part of the same transaction, so a crash cannot split them.
    const window = row.kind === 'digest' ? windowOf(row.subject) : null;
    await deliveries.markFailed(row.id, `${code}: ${message}`, clock.now(), final, {
      ...(permanent ? { pausedReason: reason } : {}),
      ...(window ? { releaseWindow: window } : {}),
    });
    this.opts.metrics?.failed(platform, code, final);
    if (permanent && row.kind === 'notice') {
      // A notice channel the bot cannot post to: the notice is lost (logged), the subscription is not paused for it.
      this.log.error({ ...fields, error_code: code, err_message: message }, 'delivery: admin notice refused by the platform; not retried');
      return { status: 'failed', delivery: { ...row, state: 'failed', lastError: message }, reason: message };
    }
    if (permanent) {
      this.log.error({ ...fields, error_code: code, err_message: message }, 'delivery: permanent platform error; subscription paused');
      try {
        await this.opts.onPaused?.({ ...sub, paused: true, pausedReason: reason }, row.id);
      } catch (err) {
        this.log.error({ ...fields, err_message: (err as Error).message }, 'delivery: admin notice of the pause failed');
      }
      return { status: 'failed', delivery: { ...row, state: 'failed', lastError: message }, reason };
    }
    if (final) {
      this.log.error({ ...fields, error_code: code, err_message: message, attempts: row.attempts + 1 }, 'delivery: giving up after retries');
      return { status: 'failed', delivery: { ...row, state: 'failed', lastError: message }, reason: message };
    }
    const backoff = retryAfter(e) ?? Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** row.attempts);
    const at = clock.now().getTime() + backoff;
    this.retryQueue.set(row.id, { subscriptionId: sub.id, kind: row.kind, subject: row.subject, at });
    this.log.warn(
      { ...fields, error_code: code, err_message: message, retry_in_ms: backoff },
      unsettled && row.attempts + 1 > this.retries
        ? 'delivery: failed; the platform cannot tell whether it was posted, so not given up: will retry'
        : 'delivery: failed; will retry',
    );
    return { status: 'retry', delivery: { ...row, attempts: row.attempts + 1, lastError: message }, retryAt: new Date(at), error: message };
  }
}
