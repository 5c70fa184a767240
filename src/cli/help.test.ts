import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';

const COMMANDS = ['add', 'between', 'explain', 'plan', 'expectations', 'regions', 'classify', 'draft'];

async function help(argv: string[]): Promise<string> {
  let stdout = '';
  const io: CliIo = {
    stdout: (text) => { stdout += text; },
    stderr: () => { throw new Error('help must go to stdout'); },
    readFile: () => { throw new Error('help reads no file'); },
    readStdin: () => { throw new Error('help reads no input'); },
    stdinIsTTY: true,
    stderrIsTTY: false,
    columns: 80,
    now: () => { throw new Error('help reads no clock'); },
  };
  expect(await main(argv, io, '1.2.3')).toBe(0);
  return stdout;
}

describe('--help', () => {
  it('of the program and of every command, with examples and exit statuses (reviewed as a snapshot)', async () => {
    const sections = [`$ interview-followup --help\n${await help(['--help'])}`];
    for (const command of COMMANDS) {
      const text = await help([command, '--help']);
      expect(text, command).toContain('Examples:');
      expect(await help(['help', command]), `help ${command}`).toBe(text);
      sections.push(`$ interview-followup ${command} --help\n${text}`);
    }
    const all = sections.join('\n');
    expect(all.split('\n').every((line) => line.length <= 80)).toBe(true);
    await expect(all).toMatchFileSnapshot('./__snapshots__/help.txt');
  });
});
