/**
 * Secrets: platform tokens come from the environment only, as `NAME` or as `NAME_FILE` (a path whose
 * contents, trimmed, are the secret: Docker and Kubernetes secrets). Never from the YAML (load.ts
 * rejects such keys) and never logged.
 */
import { readFile } from 'node:fs/promises';
import { WirewatchError } from '../model/errors.js';

export const SECRET_NAMES = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** The secrets present; absent ones are undefined. */
export type Secrets = Partial<Record<SecretName, string>>;

/**
 * Reads the platform secrets from `env`.
 * @throws WirewatchError `config` when both `NAME` and `NAME_FILE` are set, or the file cannot be read or is empty
 */
export async function loadSecrets(env: NodeJS.ProcessEnv): Promise<Secrets> {
  const out: Secrets = {};
  for (const name of SECRET_NAMES) {
    const direct = env[name];
    const file = env[`${name}_FILE`];
    if (direct && file) throw new WirewatchError('config', `config: both ${name} and ${name}_FILE are set; set only one`);
    if (direct) out[name] = direct.trim();
    else if (file) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        throw new WirewatchError('config', `config: ${name}_FILE: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      if (!text.trim()) throw new WirewatchError('config', `config: ${name}_FILE: ${file} is empty`);
      out[name] = text.trim();
    }
  }
  return out;
}

/** Which platforms have what they need: Discord a token; Slack a bot token plus the app token (socket) or signing secret (http). */
export function platformsEnabled(secrets: Secrets, slackMode: 'socket' | 'http'): { discord: boolean; slack: boolean } {
  return {
    discord: Boolean(secrets.DISCORD_TOKEN),
    slack: Boolean(secrets.SLACK_BOT_TOKEN && (slackMode === 'socket' ? secrets.SLACK_APP_TOKEN : secrets.SLACK_SIGNING_SECRET)),
  };
}
