/**
 * `wirewatch discord register [--guild ID | --config FILE]`: registers the slash commands (/digest,
 * /watch, /feed, /wirewatch) globally, or in one guild (`--guild`, or the config's
 * `discord.testGuild`). The token comes from DISCORD_TOKEN or DISCORD_TOKEN_FILE; the REST base URL from
 * the config's `discord.restApi` (environment `WIREWATCH_DISCORD_API`), as `wirewatch run` uses it.
 * Prints one JSON line with the result.
 */
import { loadSecrets } from '../config/secrets.js';
import { UsageError, type Subcommand } from './io.js';

const USAGE = 'usage: wirewatch discord register [--guild ID | --config FILE]';

export const discordCommand: Subcommand = async (argv, io) => {
  const [action, ...rest] = argv;
  if (action !== 'register') throw new UsageError(USAGE);
  let guildId: string | undefined;
  let configFile: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--guild' && rest[i + 1]) guildId = rest[++i];
    else if (a.startsWith('--guild=')) guildId = a.slice('--guild='.length);
    else if (a === '--config' && rest[i + 1]) configFile = rest[++i];
    else if (a.startsWith('--config=')) configFile = a.slice('--config='.length);
    else throw new UsageError(`unknown argument '${a}'\n${USAGE}`);
  }
  const { loadConfig, defaultConfig } = await import('../config/load.js');
  const config = configFile !== undefined ? await loadConfig(configFile, io.env) : defaultConfig(io.env);
  if (guildId === undefined) guildId = config.discord.testGuild ?? undefined;
  if (guildId !== undefined && !/^\d{17,20}$/.test(guildId))
    throw new UsageError(`--guild takes a guild id (a snowflake of 17 to 20 digits), got '${guildId}'`);
  const secrets = await loadSecrets(io.env);
  if (!secrets.DISCORD_TOKEN) throw new UsageError('set DISCORD_TOKEN (or DISCORD_TOKEN_FILE) to the bot token');
  const { registerCommands } = await import('../platforms/discord/register.js');
  const { discordOptions } = await import('../main.js');
  const { silentLogger } = await import('../log/logger.js');
  const result = await registerCommands({ token: secrets.DISCORD_TOKEN, guildId, rest: discordOptions(config, secrets, silentLogger).rest });
  io.out(JSON.stringify(result));
  io.err(
    `wirewatch discord: registered ${result.commands.map((c) => '/' + c.name).join(', ')} ${result.scope === 'global' ? 'globally (may take up to an hour to appear)' : `in guild ${result.scope}`}`,
  );
  return 0;
};
