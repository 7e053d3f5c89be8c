import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeDiscord } from '../../test/fakes/discord/fake-discord.js';
import type { CliIO } from './io.js';
import { UsageError } from './io.js';
import { discordCommand } from './discord.js';

const GUILD = '6000000000000000001';

function io(env: NodeJS.ProcessEnv): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), env };
}

describe('wirewatch discord register', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: 'cli-token', guilds: [{ id: GUILD, name: 'g', ownerId: '1', channels: [] }] });
  });
  afterAll(() => fake.close());

  it('registers the four commands in a guild, token from DISCORD_TOKEN_FILE', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ww-discord-'));
    writeFileSync(path.join(dir, 'token'), 'cli-token\n');
    const cli = io({ DISCORD_TOKEN_FILE: path.join(dir, 'token'), WIREWATCH_DISCORD_API: fake.apiUrl });
    expect(await discordCommand(['register', '--guild', GUILD], cli)).toBe(0);
    const result = JSON.parse(cli.lines[0]);
    expect(result).toMatchObject({ applicationId: fake.applicationId, scope: GUILD });
    expect(result.commands.map((c: { name: string }) => c.name)).toEqual(['digest', 'watch', 'feed', 'wirewatch']);
    expect(fake.registeredCommands(GUILD).map((c) => c.name)).toEqual(['digest', 'watch', 'feed', 'wirewatch']);
    expect(fake.registeredCommands()).toEqual([]);
    expect(cli.errors.join('\n')).not.toContain('cli-token');
  });

  it('registers globally without --guild; a wrong token is a clear error', async () => {
    const cli = io({ DISCORD_TOKEN: 'cli-token', WIREWATCH_DISCORD_API: fake.apiUrl });
    expect(await discordCommand(['register'], cli)).toBe(0);
    expect(fake.registeredCommands().length).toBe(4);
    const bad = await discordCommand(['register'], io({ DISCORD_TOKEN: 'wrong', WIREWATCH_DISCORD_API: fake.apiUrl })).catch((e) => e);
    expect(bad).toMatchObject({ code: 'discord_auth' });
  });

  it("takes the guild from the config file's discord.testGuild", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ww-discord-'));
    const other = '6000000000000000002';
    writeFileSync(path.join(dir, 'wirewatch.yaml'), `discord:\n  testGuild: "${other}"\n`);
    const cli = io({ DISCORD_TOKEN: 'cli-token', WIREWATCH_DISCORD_API: fake.apiUrl });
    expect(await discordCommand(['register', '--config', path.join(dir, 'wirewatch.yaml')], cli)).toBe(0);
    expect(JSON.parse(cli.lines[0]).scope).toBe(other);
    expect(fake.registeredCommands(other)).toHaveLength(4);
  });

  it("takes the REST base URL from the config's discord.restApi, as `wirewatch run` does (a REST proxy)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ww-discord-'));
    const other = '6000000000000000003';
    writeFileSync(path.join(dir, 'wirewatch.yaml'), `discord:\n  testGuild: "${other}"\n  restApi: "${fake.apiUrl}"\n`);
    const cli = io({ DISCORD_TOKEN: 'cli-token' });
    expect(await discordCommand(['register', '--config', path.join(dir, 'wirewatch.yaml')], cli)).toBe(0);
    expect(fake.registeredCommands(other)).toHaveLength(4);
  });

  it('rejects bad usage', async () => {
    await expect(discordCommand(['deploy'], io({}))).rejects.toBeInstanceOf(UsageError);
    await expect(discordCommand(['register', '--guild', 'abc'], io({ DISCORD_TOKEN: 'x' }))).rejects.toBeInstanceOf(UsageError);
    await expect(discordCommand(['register'], io({}))).rejects.toThrow(/DISCORD_TOKEN/);
  });
});
