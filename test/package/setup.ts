// vitest's globalSetup for the package tests: packs once and makes the consumer projects every file uses
// (test/package/consumer.ts), and removes them at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareConsumers } from './consumer.js';

export default function setup(project: TestProject): () => void {
  const base = mkdtempSync(join(tmpdir(), 'interview-followup-package-'));
  project.provide('packageConsumers', prepareConsumers(base));
  return () => rmSync(base, { recursive: true, force: true });
}
