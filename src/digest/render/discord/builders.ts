/**
 * @discordjs/builders, loaded on the first Discord payload rendered rather than by every start (with
 * discord-api-types, shapeshift and lodash it is ≈ 0.45 MB of code, ADR 0236). It is required
 * synchronously, so the renderers stay synchronous; it is then read from node_modules, outside the
 * bundle.
 */
import { createRequire } from 'node:module';
import type * as Builders from '@discordjs/builders';

export type { EmbedBuilder } from '@discordjs/builders';

const require = createRequire(import.meta.url);
let lib: typeof Builders | null = null;

function builders(): typeof Builders {
  lib ??= require('@discordjs/builders') as typeof Builders;
  return lib;
}

/** A new, empty `EmbedBuilder`. */
export function embedBuilder(): Builders.EmbedBuilder {
  return new (builders().EmbedBuilder)();
}

/** The characters of an embed that count against Discord's 6,000 (@discordjs/builders' `embedLength`). */
export function embedLength(embed: Parameters<typeof Builders.embedLength>[0]): number {
  return builders().embedLength(embed);
}
