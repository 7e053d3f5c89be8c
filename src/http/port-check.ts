/**
 * Checks, before the service opens its database, that the ports it will listen on are free: a clash
 * is then reported before anything is created or seeded (issue 20), instead of after.
 */
import net from 'node:net';
import { WirewatchError } from '../model/errors.js';

/** A port the service will listen on; `setting` names the config key (and its variable) for the message. */
export interface PlannedPort {
  setting: string;
  host?: string;
  port: number;
}

function tryListen(p: PlannedPort): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (e: NodeJS.ErrnoException) => resolve(e));
    server.listen({ host: p.host, port: p.port, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

/**
 * Binds and releases each port (port 0, "any free port", is skipped).
 * @throws WirewatchError `port_in_use` naming every port that cannot be bound, its setting and the error code
 */
export async function assertPortsFree(ports: PlannedPort[]): Promise<void> {
  const problems: string[] = [];
  for (const p of ports) {
    if (p.port === 0) continue;
    const e = await tryListen(p);
    if (e) {
      const why = e.code === 'EADDRINUSE' ? 'is already in use' : e.code === 'EACCES' ? 'needs privileges' : `cannot be bound (${e.code ?? e.message})`;
      problems.push(`${p.setting} ${p.port} on ${p.host ?? 'all addresses'} ${why}`);
    }
  }
  if (problems.length > 0) {
    throw new WirewatchError('port_in_use', `${problems.join('; ')}: nothing was opened or written; free the port or choose another`);
  }
}
