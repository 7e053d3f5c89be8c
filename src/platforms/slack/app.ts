/**
 * The Bolt app behind the Slack adapter: its receiver (Socket Mode, or HTTP with Slack's request
 * signatures verified and future timestamps refused) and the Web API client's settings.
 */
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../log/logger.js';
import { boltLogger } from './bolt-logger.js';
import { guardFutureTimestamps } from './request-guard.js';
import { REQUEST_TIMEOUT_MS, RETRY_CONFIG, type SlackPlatformOptions } from './options.js';

/**
 * A Bolt app (not started, initialised on `init()`) for `opts`: Socket Mode with the app token when
 * `socketMode`, else an HTTP receiver (never started when Web API only).
 */
export function createSlackApp(opts: SlackPlatformOptions, log: Logger, mode: { socketMode: boolean; webApiOnly: boolean }): App {
  const logger = boltLogger(log);
  const clientOptions = {
    slackApiUrl: opts.slackApiUrl,
    retryConfig: RETRY_CONFIG,
    rejectRateLimitedCalls: true,
    timeout: REQUEST_TIMEOUT_MS,
  };
  const receiver = mode.socketMode
    ? new SocketModeReceiver({
        appToken: opts.appToken!,
        logger,
        clientPingTimeout: opts.socketPingTimeoutMs,
        installerOptions: { clientOptions: { ...clientOptions } },
      })
    : new HTTPReceiver({
        // Web API only: this receiver is never started, so no request is ever verified with it.
        signingSecret: opts.signingSecret ?? (mode.webApiOnly ? 'web-api-only' : ''),
        endpoints: opts.endpoint ?? '/slack/events',
        logger,
        // a request Bolt cannot route is answered 404 after this long rather than held open
        unhandledRequestTimeoutMillis: 3001,
      });
  // Wall-clock time, as Bolt's own staleness check uses: request stamps are Slack's real time.
  if (receiver instanceof HTTPReceiver) guardFutureTimestamps(receiver, () => Date.now(), log);
  return new App({
    token: opts.botToken,
    receiver,
    logger,
    clientOptions,
    deferInitialization: true,
    ignoreSelf: false,
  });
}
