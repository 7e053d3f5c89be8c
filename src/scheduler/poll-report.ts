/**
 * A poll round's report: the feeds' outcomes summed up (polled, not modified, failed, newly failing,
 * renamed, recovered, store errors, new items), with the round's failed feed-update writes, and one
 * log line for it.
 */
import type { Logger } from '../log/logger.js';
import type { FeedRecord } from '../store/store.js';
import { errorCode, errorMessage } from './poll-errors.js';
import type { FeedOutcome, PollReport } from './poller-types.js';

/**
 * Sums up a round. `settled[i]` is the outcome of `due[i]`: null when the feed was not started (the
 * service is shutting down), rejected when recording its outcome failed in the store.
 * @param writeErrors the feeds whose deferred update failed (`RoundWrites.flush`)
 */
export function roundReport(
  due: FeedRecord[],
  settled: PromiseSettledResult<FeedOutcome | null>[],
  writeErrors: { url: string; code: string; message: string }[],
  logger: Logger,
): PollReport {
  const report: PollReport = { polled: 0, notModified: 0, failed: [], newItems: [], failing: [], renamed: [], storeErrors: [], recovered: [] };
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled' && s.value === null) return; // not started: the service is shutting down
    report.polled++;
    if (s.status === 'rejected') {
      // pollFeed records its own failures; this is a store error while recording one.
      report.failed.push({ url: due[i].url, code: errorCode(s.reason), message: errorMessage(s.reason) });
      report.storeErrors.push({ url: due[i].url, code: errorCode(s.reason), message: errorMessage(s.reason) });
      logger.error({ feed_url: due[i].url, err: errorMessage(s.reason) }, 'poll: could not record the outcome');
      return;
    }
    addOutcome(report, s.value!);
  });
  for (const e of writeErrors) {
    report.failed.push(e);
    report.storeErrors.push(e);
  }
  // Info only when the round did something worth reading; an idle tick (nothing due, or nothing new) is debug.
  const eventful = report.newItems.length > 0 || report.failed.length > 0 || report.renamed.length > 0 || report.failing.length > 0;
  logger[eventful ? 'info' : 'debug'](
    { polled: report.polled, not_modified: report.notModified, failed: report.failed.length, new_items: report.newItems.length },
    'poll round done',
  );
  return report;
}

/** Adds one feed's outcome to the round's report. */
function addOutcome(report: PollReport, o: FeedOutcome): void {
  if (o.notModified) report.notModified++;
  if (o.failure) report.failed.push(o.failure);
  if (o.failing) report.failing.push(o.failing);
  if (o.renamed) report.renamed.push(o.renamed);
  if (o.storeError) report.storeErrors.push(o.storeError);
  if (o.recovered) report.recovered.push(o.recovered);
  report.newItems.push(...o.newItems);
  if (o.handedOff) report.handedOff = (report.handedOff ?? 0) + o.handedOff;
  if (o.retopiced?.length) (report.retopiced ??= []).push(...o.retopiced);
}
