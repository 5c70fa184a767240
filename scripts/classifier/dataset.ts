/**
 * The training data of the reply reader: the real corpus (`corpus/replies`, split into train and the sealed test)
 * plus the invented development messages (`test/fixtures/replies`), which only ever train, at a lower weight.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featureName, readReply, replyFeatures } from '../../src/classifier/model/features.js';
import type { Reading } from '../../src/classifier/model/features.js';
import { foldOf, LABELS, loadCorpus, sourceFoldKeys, splitKeys, testSplit, TOPICS } from '../corpus/load.js';
import type { CorpusItem, CorpusLabel } from '../corpus/load.js';

export type { ReplyFields };
const INVENTED_DIR = fileURLToPath(new URL('../../test/fixtures/replies/', import.meta.url));

export interface Example {
  readonly id: string;
  readonly lang: string;
  readonly label: CorpusLabel;
  readonly labelIndex: number;
  /** Index into TOPICS, or -1 for invented messages (they have no topic). */
  readonly topicIndex: number;
  readonly kind: 'real' | 'repo-template' | 'web-template' | 'invented';
  readonly split: 'train' | 'test' | 'invented';
  /** Cross-validation fold of a real training item (by its split key, as the sealed split is drawn), -1 otherwise. */
  readonly fold: number;
  /** Cross-validation fold of a real training item by its source (see sourceFoldKeys), -1 otherwise. */
  readonly sourceFold: number;
  readonly input: ReplyFields;
  readonly reading: Reading;
  /** Features by name, values of repeated occurrences added up. */
  readonly features: { readonly names: string[]; readonly values: number[] };
  readonly item?: CorpusItem;
}

type ReplyFields = { subject?: string; text: string } | { subject?: string; html: string };

function inventedItems(): { id: string; lang: string; label: CorpusLabel; input: ReplyFields }[] {
  const out: { id: string; lang: string; label: CorpusLabel; input: ReplyFields }[] = [];
  const read = (dir: string): void => {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const o = JSON.parse(line) as { id: string; language: string; label: CorpusLabel; subject?: string; text?: string; html?: string };
        const subject = o.subject !== undefined ? { subject: o.subject } : {};
        const input: ReplyFields = o.text !== undefined ? { ...subject, text: o.text } : { ...subject, html: o.html ?? '' };
        out.push({ id: `invented:${o.id}`, lang: o.language, label: o.label, input });
      }
    }
  };
  read(INVENTED_DIR);
  read(join(INVENTED_DIR, 'set2'));
  return out;
}

/**
 * A reply's features by name, exactly as the reader sees them: occurrences with the same id add up. Two names with
 * one id (a hash collision) are one feature at run time, so they are one here too, under the first name seen.
 */
export function aggregate(reading: Reading): { names: string[]; values: number[] } {
  const f = replyFeatures(reading);
  const byId = new Map<number, number>();
  const names: string[] = [];
  const values: number[] = [];
  for (let i = 0; i < f.count; i++) {
    const id = f.ids[i]!;
    const at = byId.get(id);
    if (at === undefined) {
      byId.set(id, names.length);
      names.push(canonicalName(id, featureName(reading, f, i)));
      values.push(f.values[i]!);
    } else values[at]! += f.values[i]!;
  }
  return { names, values };
}

/** The first name met for each id, across the whole run, so that colliding names train as one feature. */
const namesById = new Map<number, string>();
function canonicalName(id: number, name: string): string {
  const known = namesById.get(id);
  if (known !== undefined) return known;
  namesById.set(id, name);
  return name;
}

export function loadExamples(): Example[] {
  const items = loadCorpus();
  const test = testSplit(items);
  const keys = splitKeys(items);
  const sources = sourceFoldKeys(items.filter((it) => !test.has(it.id)));
  const examples: Example[] = [];
  for (const it of items) {
    const input = { text: it.text, ...(it.subject !== undefined ? { subject: it.subject } : {}) };
    const reading = readReply(input);
    const split = test.has(it.id) ? 'test' : 'train';
    examples.push({
      id: it.id, lang: it.lang, label: it.label, labelIndex: LABELS.indexOf(it.label), topicIndex: TOPICS.indexOf(it.topic),
      kind: it.kind, split, fold: split === 'train' ? foldOf(keys.get(it.id)!) : -1,
      sourceFold: split === 'train' ? foldOf(sources.get(it.id)!) : -1, input, reading,
      features: aggregate(reading), item: it,
    });
  }
  for (const it of inventedItems()) {
    const input = it.input;
    const reading = readReply(input);
    examples.push({
      id: it.id, lang: it.lang, label: it.label, labelIndex: LABELS.indexOf(it.label), topicIndex: -1, kind: 'invented',
      split: 'invented', fold: -1, sourceFold: -1, input, reading, features: aggregate(reading),
    });
  }
  return examples;
}
