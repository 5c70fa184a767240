#!/usr/bin/env node
/*! interview-followup CLI. Bundles commander (MIT License, Copyright (c) 2011 TJ Holowaychuk <tj@vision-media.ca>). */
/// <reference types="node" />
import { createRequire } from 'node:module';
import { processIo } from './io.js';
import { main } from './main.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
process.exitCode = await main(process.argv.slice(2), processIo(), version);
