/** HTTP mode's guard against replayed requests stamped in the future (see `guardFutureTimestamps`). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';

/** How far a request's `X-Slack-Request-Timestamp` may lie from now, either way (Slack's five minutes). */
export const REQUEST_TIMESTAMP_MAX_SKEW_S = 5 * 60;

/**
 * Makes an HTTP receiver refuse requests stamped more than five minutes in the future (401), before
 * Bolt sees them: Bolt checks only staleness, so a signed request captured with a clock ahead could be
 * replayed for as long as that clock was ahead (issue 24). Slack's rule is symmetric: "more than five
 * minutes from local time" (https://docs.slack.dev/authentication/verifying-requests-from-slack).
 */
export function guardFutureTimestamps(receiver: HTTPReceiver, nowMs: () => number, log: { warn: (o: object, m: string) => void }): void {
  const r = receiver as unknown as { requestListener: (req: IncomingMessage, res: ServerResponse) => void };
  const inner = r.requestListener;
  r.requestListener = (req, res) => {
    const ts = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(ts) && ts - nowMs() / 1000 > REQUEST_TIMESTAMP_MAX_SKEW_S) {
      log.warn({ skew_s: Math.round(ts - nowMs() / 1000) }, 'slack: request timestamp too far in the future; refused');
      res.writeHead(401).end();
      return;
    }
    inner(req, res);
  };
}
