import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputClosedError, writerTo } from './io.js';

/** A stream whose reader went away after `accepted` writes: later writes fail with EPIPE, as a pipe to `head` does. */
function pipeTo(accepted: number): { stream: Writable; written: string[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (written.length >= accepted) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }));
        return;
      }
      written.push(chunk.toString());
      callback();
    },
  });
  return { stream, written };
}

const tick = (): Promise<void> => new Promise((resolve) => { setImmediate(resolve); });

describe('writerTo', () => {
  it('turns EPIPE into OutputClosedError for the failed write and every later one, with no unhandled error event', async () => {
    const { stream, written } = pipeTo(1);
    const write = writerTo(stream);
    write('one\n');
    expect(() => { write('two\n'); }).toThrow(OutputClosedError);
    await tick(); // the error event comes later; it must not end the process
    expect(() => { write('three\n'); }).toThrow(OutputClosedError);
    expect(written).toEqual(['one\n']);
  });
});
