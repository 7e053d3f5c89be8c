#!/usr/bin/env node
/**
 * The `wirewatch` executable (package.json `bin`; built into `dist/cli/main.js`, ADR 0236, 0286). It
 * turns on Node's compile cache first (Node ≥ 22.1: the packages loaded from node_modules), then runs
 * the command line: in a build, the CommonJS bundle of the whole CLI (`dist/cli/wirewatch-HASH.cjs`)
 * through V8's code cache (`code-cache.ts`, on Node 20 and 22 alike); unbundled (tsc's `dist/`, tsx),
 * `entry.ts` as a module.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from './code-cache.js';
import { enableCompileCache } from './compile-cache.js';
import { markPhase } from '../log/startup-phases.js';

/** The bundle's file name, set by scripts/bundle.ts when it builds this file; absent unbundled. */
declare const __WIREWATCH_BUNDLE__: string | undefined;

markPhase('node');
enableCompileCache();

if (typeof __WIREWATCH_BUNDLE__ === 'string') {
  runScript(path.join(path.dirname(fileURLToPath(import.meta.url)), __WIREWATCH_BUNDLE__));
} else {
  await import('./entry.js');
}
