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
