/**
 * Runs `wirewatch demo --ui` in this process (the demo service on the bundled feeds with the web
 * panel on 127.0.0.1, any free port) and hands back its URL and token, for the browser tests and
 * the panel's timing checks. `stop()` ends the demo as Ctrl-C would.
 */
import { demoCommand } from '../../src/cli/demo.js';

export interface DemoPanel {
  /** `http://127.0.0.1:<port>/ui/` */
  url: string;
  token: string;
  /** Ends the demo; resolves with its exit code. */
  stop(): Promise<number>;
}

/** Starts the demo with the panel; resolves once the panel answers. @throws Error when the demo exits first */
export async function startDemoPanel(token = 'demo-panel-test-token-0123456789'): Promise<DemoPanel> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let announce!: (url: string) => void;
  const announced = new Promise<string>((r) => (announce = r));
  const err: string[] = [];
  const io = {
    out: () => undefined,
    err: (line: string) => {
      err.push(line);
      const m = /the web panel is at (\S+)/.exec(line);
      if (m) announce(m[1]);
    },
    env: { WIREWATCH_UI_TOKEN: token, WIREWATCH_DEMO_PORT: '0', WIREWATCH_DEMO_UI_PORT: '0' },
  };
  const exit = demoCommand(['--ui'], io, { until: () => released });
  const url = await Promise.race([announced, exit.then((code) => Promise.reject(new Error(`demo exited with ${code}: ${err.join('\n')}`)))]);
  return { url, token, stop: () => (release(), exit) };
}
