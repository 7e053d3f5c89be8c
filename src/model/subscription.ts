/** Subscriptions: a chat channel that receives digests of some topics on a schedule. */

export type PlatformName = 'discord' | 'slack' | 'console';

/** Where a message goes: a channel in a workspace (Discord guild / Slack team) on a platform. */
export interface Target {
  platform: PlatformName;
  /** Discord guild id, Slack team id, or `console`. */
  workspace: string;
  /** Discord channel id, Slack channel id, or a console output name. */
  channel: string;
}

export interface Subscription extends Target {
  id: string;
  /** Topic ids; empty means every topic visible in the workspace. */
  topics: string[];
  /** Five-field cron expression, evaluated in `timezone`. */
  cron: string;
  /** IANA time zone, e.g. `Europe/Belgrade`. */
  timezone: string;
  /** BCP 47 locale for dates shown in digests. */
  locale: string;
  /** `digest` = scheduled digests only; `alerts` = also instant posts for `priority: instant` topics. */
  mode: 'digest' | 'alerts';
  /** Post a short "nothing new" message when a digest would be empty. */
  postEmpty: boolean;
  paused: boolean;
  pausedReason: string | null;
  createdBy: string | null;
  /** End of the last digest window that was sent (exclusive upper bound), or null before the first. */
  lastWindowEnd: Date | null;
  /** Local-time window (in `timezone`, `HH:MM`) with no instant alerts; `to` may be before `from` (overnight). Absent = none. */
  quietHours?: { from: string; to: string } | null;
  /**
   * Channel (same platform and workspace) for admin notices: paused subscription, failing or
   * recovered feed. Absent or null: the platform's default (Discord: the server's system channel;
   * Slack: a DM to whoever subscribed).
   */
  noticeChannel?: string | null;
  /**
   * Spike alerts (issue 19): post when a followed topic's mentions today are far above its own
   * 28-day usual (`trends/spike.ts`). Absent or false: off (the default).
   */
  spikeAlerts?: boolean;
  /** Attach the trend picture (mentions per day of the last 7 days) to each digest. Absent or false: off. */
  trendChart?: boolean;
}
