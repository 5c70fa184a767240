#!/usr/bin/env node
/*! interview-followup CLI. Bundles commander (MIT License, Copyright (c) 2011 TJ Holowaychuk <tj@vision-media.ca>). */
/// <reference types="node" />
import { createRequire } from 'node:module';
import { processIo } from './io.js';
import { main } from './main.js';

// dist/cli.js reads the package's package.json one folder up; run from the sources (src/cli/bin.ts), it is two up.
const load = createRequire(import.meta.url);
const { version } = (import.meta.url.endsWith('/src/cli/bin.ts') ? load('../../package.json') : load('../package.json')) as { version: string };
process.exitCode = await main(process.argv.slice(2), processIo(), version);
