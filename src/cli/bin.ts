#!/usr/bin/env node
/// <reference types="node" />
import { createRequire } from 'node:module';
import { main } from './main.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
process.exitCode = main(process.argv.slice(2), (line) => console.log(line), version);
