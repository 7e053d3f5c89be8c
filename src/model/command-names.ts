/**
 * Command names as the platform a reply is shown on spells them: Discord's slash commands
 * (`/digest subscribe`, `/watch add`, `/feed add`, `/wirewatch status`; see
 * `platforms/discord/definitions.ts`) and Slack's one `/wirewatch` command with the subcommand in its
 * text (`/wirewatch subscribe`; `slack-manifest.yaml`). The console has no commands: the bare name.
 */
import type { PlatformName } from './subscription.js';

/** The platform-neutral command names (`commands/` handles them; notices name them in their fixes). */
export type CommandName =
  | 'subscribe'
  | 'unsubscribe'
  | 'status'
  | 'digest'
  | 'schedule'
  | 'alerts'
  | 'help'
  | 'watch add'
  | 'watch remove'
  | 'watch list'
  | 'watch preview'
  | 'feed add'
  | 'feed remove'
  | 'feed list'
  | 'feed import'
  | 'quotes'
  | 'trend'
  | 'spikes'
  | 'chart';

/** The Discord spelling of each command (top-level command + subcommand). */
const DISCORD: Readonly<Record<CommandName, string>> = {
  subscribe: '/digest subscribe',
  unsubscribe: '/digest unsubscribe',
  status: '/wirewatch status',
  digest: '/digest now',
  schedule: '/digest schedule',
  alerts: '/digest alerts',
  help: '/wirewatch help',
  'watch add': '/watch add',
  'watch remove': '/watch remove',
  'watch list': '/watch list',
  'watch preview': '/watch preview',
  'feed add': '/feed add',
  'feed remove': '/feed remove',
  'feed list': '/feed list',
  'feed import': '/feed import',
  quotes: '/wirewatch quotes',
  trend: '/wirewatch trend',
  spikes: '/digest spikes',
  chart: '/digest chart',
};

/**
 * The command as typed on `platform`, as inline code: `/digest subscribe` on Discord,
 * `/wirewatch subscribe` on Slack, `subscribe` on the console.
 * @param slackCommand the Slack slash command (default `/wirewatch`, as in the manifest)
 */
export function platformCommand(platform: PlatformName, name: CommandName, slackCommand = '/wirewatch'): string {
  if (platform === 'discord') return '`' + DISCORD[name] + '`';
  if (platform === 'slack') return '`' + `${slackCommand} ${name}` + '`';
  return '`' + name + '`';
}
