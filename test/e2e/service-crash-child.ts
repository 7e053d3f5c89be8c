/**
 * The crash-test child: `wirewatch run` (runService, as src/cli/run.ts calls it) whose console adapter
 * stops dead at a chosen point of a delivery so the parent can SIGKILL it exactly there.
 * `CRASH_AT=before_post` freezes when the dispatcher calls post (ledger row pending, nothing posted);
 * `CRASH_AT=after_post` freezes after the post returned (posted, row still pending). At the point it
 * writes `CRASH POINT <name>` to stderr (synchronous for pipes on Linux) and blocks the thread.
 */
import { defaultPlatforms, runService } from '../../src/main.js';
import type { ChatPlatform } from '../../src/platforms/platform.js';

const point = process.env.CRASH_AT ?? '';

function freeze(): void {
  process.stderr.write(`CRASH POINT ${point}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

function crashing(p: ChatPlatform): ChatPlatform {
  return {
    name: p.name,
    start: () => p.start(),
    stop: () => p.stop(),
    onCommand: (h) => p.onCommand(h),
    findPosted: (t, k) => p.findPosted(t, k),
    post: async (target, payloads, opts) => {
      if (point === 'before_post') freeze();
      const refs = await p.post(target, payloads, opts);
      if (point === 'after_post') freeze();
      return refs;
    },
  };
}

const running = await runService({
  configFile: process.argv[2],
  env: process.env,
  platforms: async (config, secrets, logger, clock) =>
    (await defaultPlatforms(config, secrets, logger, clock)).map((p) => (p.name === 'console' ? crashing(p) : p)),
});
process.exitCode = await running.done;
