/**
 * Start-up phase marks (ADR 0293): when `WIREWATCH_STARTUP_PHASES=1`, `wirewatch run` prints one JSON
 * line to standard error once it is ready — for each phase of the start, the wall time since the
 * process began (ms) and the process's CPU time (user + system, ms) at its end. Off by default (the marks
 * cost a `process.cpuUsage()` each). The executable (`main.ts`) and the bundle it runs are separate
 * copies of this module: the marks go to one global list.
 */
const KEY = Symbol.for('wirewatch.startupPhases');

type Mark = [name: string, wallMs: number, cpuMs: number];

/** The marks so far, or null when phases are not being recorded. */
function marks(): Mark[] | null {
  const g = globalThis as Record<symbol, unknown>;
  if (g[KEY] === undefined) g[KEY] = process.env.WIREWATCH_STARTUP_PHASES === '1' ? [] : null;
  return g[KEY] as Mark[] | null;
}

/** Records the end of the phase `name` (a no-op unless `WIREWATCH_STARTUP_PHASES=1`). */
export function markPhase(name: string): void {
  const list = marks();
  if (!list) return;
  const c = process.cpuUsage();
  list.push([name, Math.round(performance.now() * 10) / 10, Math.round((c.user + c.system) / 100) / 10]);
}

/** Prints the marks as one JSON line on standard error (`{"startup_phases":[[name, wallMs, cpuMs], …]}`), once. */
export function reportPhases(): void {
  const list = marks();
  if (!list || list.length === 0) return;
  process.stderr.write(JSON.stringify({ startup_phases: list }) + '\n');
  list.length = 0;
}
