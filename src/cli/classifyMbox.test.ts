import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../test/helpers/chunksOf.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/mail/${name}`, import.meta.url), 'latin1').replace(/\r\n/g, '\n').replace(/^From /gm, '>From ');
const FIXTURES = ['multipart-alternative.eml', 'html-only.eml', 'quoted-printable.eml', 'base64.eml'];
/** 40 messages (about 40 KiB): more than the bytes read before the first message. */
const MBOX = Buffer.from(Array.from({ length: 40 }, (_, i) => `From kim${i} Tue Nov 24 16:05:03 2026\n${fixture(FIXTURES[i % FIXTURES.length]!)}\n`).join(''), 'latin1');
const dir = mkdtempSync(join(tmpdir(), 'mbox-'));
const PATH = join(dir, 'export.mbox');
writeFileSync(PATH, MBOX);
const CHUNK = 1000;
/** The size of MBOX as the bar writes it. */
const SIZE = `${(Math.floor(MBOX.length / 102.4) / 10).toFixed(1)} KiB`;

/** What a run did, in order: `read` for each chunk read, `line` for each result written. */
type Event = 'read' | 'line';

interface Fake {
  readonly io: CliIo;
  readonly events: Event[];
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** How many times the file was opened, whole or in chunks. */
  readonly opened: () => number;
}

/**
 * A process whose standard input and file give MBOX in chunks of {@link CHUNK} bytes in one reused buffer, logging each
 * chunk read and each result line written; `readStdin` reads the same chunks, all of them.
 */
function fake(options: { stderrIsTTY?: boolean; fileSize?: boolean; failAfter?: number } = {}): Fake {
  const events: Event[] = [];
  let stdout = '';
  let stderr = '';
  let opened = 0;
  function* chunks(): Generator<Uint8Array> {
    let n = 0;
    for (const chunk of chunksOf(MBOX, CHUNK)) {
      if (options.failAfter !== undefined && n++ === options.failAfter) throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      events.push('read');
      yield chunk;
    }
  }
  const io: CliIo = {
    stdout: (text) => {
      events.push('line');
      stdout += text;
    },
    stderr: (text) => { stderr += text; },
    readFile: () => {
      opened++;
      return Buffer.concat([...chunks()].map((c) => c.slice()));
    },
    readFileChunks: () => {
      opened++;
      return chunks();
    },
    ...(options.fileSize === false ? {} : { fileSize: () => MBOX.length }),
    readStdin: () => Buffer.concat([...chunks()].map((c) => c.slice())),
    readStdinChunks: chunks,
    stdinIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: 80,
    now: () => new Date('2026-11-25T15:00:00Z'),
  };
  return { io, events, stdout: () => stdout, stderr: () => stderr, opened: () => opened };
}

describe('classify --mbox - (standard input)', () => {
  it('R7: streams: the first result is written before the last chunk is read, and the output is that of the file', async () => {
    const stdin = fake();
    expect(await main(['classify', '--mbox', '-'], stdin.io)).toBe(0);
    const chunks = Math.ceil(MBOX.length / CHUNK);
    expect(stdin.events.filter((e) => e === 'read')).toHaveLength(chunks);
    // The bytes read before the first message (8 KiB to tell binary data), its own, and the next message's From_ line.
    expect(stdin.events.indexOf('line')).toBeLessThan(chunks / 2);
    expect(stdin.stdout().split('\n')).toHaveLength(41);
    const file = fake();
    expect(await main(['classify', '--mbox', PATH], file.io)).toBe(0);
    expect(stdin.stdout()).toBe(file.stdout());
    expect(stdin.stderr()).toBe(file.stderr());
    expect(stdin.stderr()).toMatch(/^classified 40 of 40 messages\n/);
  });

  it('draws a count of messages and bytes read, not a share: standard input has no size to tell', async () => {
    const stdin = fake({ stderrIsTTY: true });
    expect(await main(['classify', '--mbox', '-'], stdin.io)).toBe(0);
    expect(stdin.stderr()).toContain('\r\x1b[K0 messages, 0 B read');
    expect(stdin.stderr()).toContain(`\r\x1b[K40 messages, ${SIZE} read`);
    // The summary table that follows has its shares.
    expect(stdin.stderr().split('classified 40 of 40')[0]).not.toContain('%');
  });

  it('a read that fails in the middle stops the run with CANNOT_READ, after the results of the messages read before it', async () => {
    const stdin = fake({ failAfter: 20 });
    expect(await main(['classify', '--mbox', '-'], stdin.io)).toBe(1);
    expect(stdin.stdout()).not.toBe('');
    expect(stdin.stderr()).toBe('error: cannot read standard input: EIO: i/o error, read\n');
  });
});

describe('classify --mbox FILE with a progress bar', () => {
  it('reads the file once, drawing the share of its bytes read', async () => {
    const run = fake({ stderrIsTTY: true });
    expect(await main(['classify', '--mbox', PATH], run.io)).toBe(0);
    expect(run.opened()).toBe(1);
    expect(run.events.filter((e) => e === 'read')).toHaveLength(Math.ceil(MBOX.length / CHUNK));
    expect(run.stderr()).toContain(`\r\x1b[K[------------------------------]   0% 0 B of ${SIZE}, 0 messages`);
    expect(run.stderr()).toContain(`\r\x1b[K[##############################] 100% ${SIZE} of ${SIZE}, 40 messages`);
    // The results are those of a run without the bar.
    const plain = fake();
    expect(await main(['classify', '--mbox', PATH], plain.io)).toBe(0);
    expect(run.stdout()).toBe(plain.stdout());
  });

  it('a file with no size to tell (a pipe, `--mbox <(zcat export.mbox.gz)`) is read once too, the bar counting', async () => {
    const run = fake({ stderrIsTTY: true, fileSize: false });
    expect(await main(['classify', '--mbox', PATH], run.io)).toBe(0);
    expect(run.opened()).toBe(1);
    expect(run.stdout().split('\n')).toHaveLength(41);
    expect(run.stderr()).toContain(`40 messages, ${SIZE} read`);
  });
});
