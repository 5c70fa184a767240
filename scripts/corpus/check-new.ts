/**
 * Checks a file of new corpus messages before it joins `corpus/replies/`: every line valid under the loader's rules,
 * no id already taken, and no message a near-duplicate (same language, word 4-grams of subject and text with a Jaccard
 * ≥ {@link NEAR_DUPLICATE_JACCARD}, as the sealed split groups them) of a message already in the corpus or earlier in
 * the file.
 *   npx tsx scripts/corpus/check-new.ts path/to/new.jsonl
 * Exits 0 when the file is clean, 1 when it has problems (each printed), 2 on a usage error.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { itemShingles, loadCorpus, NEAR_DUPLICATE_JACCARD, type CorpusItem } from './load.js';

export interface NewFileReport {
  readonly items: readonly CorpusItem[];
  /** One line per problem, naming the item. */
  readonly problems: readonly string[];
  /** Advice that does not stop the file from joining: ids that would leave the sealed split lopsided. */
  readonly warnings: readonly string[];
}

/** How many ids that differ only in a trailing run number make {@link runNumberedIds} warn. */
export const RUN_NUMBER_WARNING = 3;

/**
 * Ids that are one prefix and a run number (`real7-001`, `real7-002`, …), RUN_NUMBER_WARNING or more of one prefix:
 * the sealed split hashes each message's key, most often its id, with FNV-1a, which mixes the last characters poorly,
 * so such a file can fall almost wholly on one side of the split (corpus/README.md).
 */
export function runNumberedIds(ids: readonly string[]): string[] {
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) {
    const m = /^(.*\D)\d+$/.exec(id);
    if (m === null) continue;
    const list = byPrefix.get(m[1]!) ?? [];
    list.push(id);
    byPrefix.set(m[1]!, list);
  }
  return [...byPrefix].filter(([, list]) => list.length >= RUN_NUMBER_WARNING).map(([prefix, list]) =>
    `${list.length} ids are "${prefix}" and a run number (${list[0]}, ${list[1]}, …): the sealed split mixes ids that differ only at the end poorly, so end each with a short hash of its source and text instead`);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  return both / (a.size + b.size - both || 1);
}

/** Validates `file` as the loader would and compares it with the corpus in `corpusDir` (throws on an invalid line). */
export function checkNewFile(file: string, corpusDir?: string): NewFileReport {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-check-'));
  let fresh: CorpusItem[];
  try {
    copyFileSync(file, join(dir, basename(file).replace(/(\.jsonl)?$/, '.jsonl')));
    fresh = loadCorpus(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const known = loadCorpus(corpusDir).filter((k) => k.file !== basename(file));
  const knownIds = new Set(known.map((k) => k.id));
  const seen = known.map((item) => ({ item, sh: itemShingles(item) }));
  const problems: string[] = [];
  for (const item of fresh) {
    if (knownIds.has(item.id)) problems.push(`${item.id}: id already in the corpus`);
    const sh = itemShingles(item);
    for (const s of seen) {
      if (s.item.lang !== item.lang) continue;
      const j = jaccard(sh, s.sh);
      if (j >= NEAR_DUPLICATE_JACCARD) {
        problems.push(`${item.id}: near-duplicate (${j.toFixed(2)}) of ${s.item.id} (${s.item.file}, ${s.item.source})`);
        break;
      }
    }
    seen.push({ item, sh });
  }
  return { items: fresh, problems, warnings: runNumberedIds(fresh.map((i) => i.id)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (file === undefined) {
    console.error('usage: npx tsx scripts/corpus/check-new.ts new.jsonl');
    process.exit(2);
  }
  let report: NewFileReport;
  try {
    report = checkNewFile(file);
  } catch (e) {
    console.error(`invalid: ${(e as Error).message}`);
    process.exit(1);
  }
  for (const p of report.problems) console.log(p);
  for (const w of report.warnings) console.log(`warning: ${w}`);
  const counts = new Map<string, number>();
  for (const i of report.items) counts.set(`${i.label}/${i.lang}`, (counts.get(`${i.label}/${i.lang}`) ?? 0) + 1);
  console.log(`${report.items.length} valid messages; ${report.problems.length} problems`);
  console.log([...counts].sort().map(([k, v]) => `${k} ${v}`).join(', '));
  process.exit(report.problems.length === 0 ? 0 : 1);
}
