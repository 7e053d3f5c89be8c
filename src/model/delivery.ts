/** The delivery ledger: what makes a digest exactly-once. */

export type DeliveryState = 'pending' | 'sent' | 'failed';

export interface Delivery {
  id: number;
  subscriptionId: string;
  /** `digest` for a scheduled digest window, `item` for an instant alert, `notice` for an admin notice, `spike` for a spike alert. */
  kind: 'digest' | 'item' | 'notice' | 'spike';
  /** Window as ISO interval for digests, the item id for alerts, the event for notices (see `notices/`), `topic@day` for spikes (`trends/spike-alerts.ts`). */
  subject: string;
  /** At most 25 characters (Discord nonce limit). Same key on every retry of this delivery. */
  idempotencyKey: string;
  state: DeliveryState;
  /** Platform message ids once sent. */
  messageIds: string[];
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** `start/end` as an ISO 8601 interval: the ledger subject of a digest window. */
export function windowSubject(start: Date, end: Date): string {
  return `${start.toISOString()}/${end.toISOString()}`;
}

/**
 * Parses a digest subject back into its window.
 * @throws Error when `subject` is not `ISO/ISO`
 */
export function parseWindowSubject(subject: string): { start: Date; end: Date } {
  const [a, b] = subject.split('/');
  const start = new Date(a);
  const end = new Date(b);
  if (!a || !b || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw new Error(`delivery: not a digest window: ${subject}`);
  return { start, end };
}
