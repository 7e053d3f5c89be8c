/**
 * Registering the slash-command family without a gateway connection (the `wirewatch discord register`
 * command): "Get Current Application" for the application id, then "Bulk Overwrite Global / Guild
 * Application Commands" (https://discord.com/developers/docs/interactions/application-commands).
 * Global commands reach every server the bot is in; guild commands update instantly (for testing).
 */
import { DiscordAPIError, REST, Routes, type RESTOptions } from 'discord.js';
import { WirewatchError } from '../../model/errors.js';
import { commandDefinitions } from './definitions.js';

export interface RegisterResult {
  applicationId: string;
  /** `global` or the guild id. */
  scope: string;
  commands: { id: string; name: string }[];
}

/**
 * Overwrites the application's commands with wirewatch's family, globally or in one guild.
 * @param opts.token the bot token
 * @param opts.guildId register in this guild only
 * @param opts.rest REST options (`api` to point at another host, e.g. a test fake)
 * @throws WirewatchError `discord_auth` for a rejected token, `discord` for any other refusal
 */
export async function registerCommands(opts: { token: string; guildId?: string; rest?: Partial<RESTOptions> }): Promise<RegisterResult> {
  const rest = new REST(opts.rest).setToken(opts.token);
  try {
    const app = (await rest.get(Routes.currentApplication())) as { id: string };
    const route = opts.guildId ? Routes.applicationGuildCommands(app.id, opts.guildId) : Routes.applicationCommands(app.id);
    const result = (await rest.put(route, { body: commandDefinitions() })) as { id: string; name: string }[];
    return { applicationId: app.id, scope: opts.guildId ?? 'global', commands: result.map((c) => ({ id: c.id, name: c.name })) };
  } catch (e) {
    if (e instanceof DiscordAPIError && e.status === 401) {
      throw new WirewatchError('discord_auth', 'discord register: Discord rejected the token (401); check DISCORD_TOKEN', { cause: e });
    }
    if (e instanceof DiscordAPIError) {
      throw new WirewatchError('discord', `discord register: ${e.message} (HTTP ${e.status}, code ${e.code})`, { cause: e });
    }
    throw new WirewatchError('discord', `discord register: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
