import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineTemplate } from '../templates/defineTemplate.js';
import { MESSAGE_KINDS } from '../templates/messageData.js';
import { PREP_FORMATS, type PrepFormat } from '../templates/prepFormats.js';
import { CHECKLISTS } from './checklists.js';
import { DATE_WORDS } from './dates.js';
import { LANGUAGES, type Language } from './index.js';
import { HIRING_STAGE_WORDS, MEDIUM_LABELS, MESSAGES, PREP_FORMAT_LABELS, REGIONAL_PHRASES, REGIONAL_SPELLING, SALARY_PERIODS } from './messages.js';
import { regionalize } from '../templates/regionalize.js';
import { CLEANING_LINES, CUES, EVERY_REPLY_WORDS, TIMELINE_WORDS } from './reading.js';
import { REFLECTION_HEADINGS } from './reflection.js';
import type { LanguagePack } from './types.js';

/*
 * The language packs (src/languages/<code>/): every pack fills the same entries, every message template reads the
 * same fields in every language, and no file outside src/languages/ holds words of a language.
 */

const HERE = import.meta.dirname;
const SRC = join(HERE, '..');

/** One language's pack, gathered from the per-concern registries. */
function packOf(language: Language): LanguagePack {
  return {
    messages: MESSAGES[language],
    prepFormatLabels: PREP_FORMAT_LABELS[language],
    mediumLabels: MEDIUM_LABELS[language],
    salaryPeriods: SALARY_PERIODS[language],
    hiringStages: HIRING_STAGE_WORDS[language],
    checklists: CHECKLISTS[language],
    reflection: REFLECTION_HEADINGS[language],
    dates: DATE_WORDS[language],
    timeline: TIMELINE_WORDS[language],
    everyReply: EVERY_REPLY_WORDS[language],
    reading: CUES[language],
    cleaning: CLEANING_LINES[language],
  };
}

const PACKS = new Map(LANGUAGES.map((l) => [l, packOf(l)] as const));

/**
 * Entries whose keys are words of the language ("monday", "montag"): their keys differ between languages by
 * nature, so the key comparison stops at them. Every other object must have the same keys in every pack.
 */
const WORD_MAPS = new Set([
  'timeline.weekdays', 'timeline.months', 'timeline.numbers', 'timeline.countUnits', 'timeline.periodWords',
  'timeline.dayWords',
]);

/**
 * Maps whose keys are the same names in every language, but which a language may leave out when it has no word for
 * one: the reader's concepts (`offer`, `interview` …), the period words by part (`end`, `late` …). The concepts' keys
 * must be among the English pack's.
 */
const PARTIAL_MAPS = new Set(['reading.concepts', 'timeline.parts']);

/** Optional entries a pack fills only when a region writes differently (see `RegionalPhrases`, `DateWords.regions`). */
const REGIONAL = new Set(['dates.regions']);

/** The key paths of a pack, down to its strings, lists and word maps. */
function keyPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || WORD_MAPS.has(path) || PARTIAL_MAPS.has(path)) return [path];
  return Object.keys(value).sort().flatMap((k) => {
    const at = path === '' ? k : `${path}.${k}`;
    return REGIONAL.has(at) ? [] : keyPaths((value as Record<string, unknown>)[k], at);
  });
}

/** Every string in a pack (keys of word maps included). */
function strings(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, path));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [...(WORD_MAPS.has(path) ? [k] : []), ...strings(v, path === '' ? k : `${path}.${k}`)]);
}

describe('language packs', () => {
  it('one folder per language in LANGUAGES, and nothing else', () => {
    const folders = readdirSync(HERE).filter((f) => statSync(join(HERE, f)).isDirectory());
    expect(folders.sort()).toEqual([...LANGUAGES].sort());
    for (const l of LANGUAGES) {
      expect(readdirSync(join(HERE, l)).sort(), l).toEqual(readdirSync(join(HERE, 'en')).sort());
    }
  });

  it('every pack has the same entries at every depth as the English one', () => {
    const reference = keyPaths(PACKS.get('en'));
    expect(reference.length).toBeGreaterThan(100);
    for (const [language, pack] of PACKS) expect(keyPaths(pack), language).toEqual(reference);
  });

  it('R7: every concept of a pack is one of the English pack\'s, and each form names one concept of its language', () => {
    const english = Object.keys(PACKS.get('en')!.reading.concepts);
    expect(english.length).toBeGreaterThan(50);
    for (const [language, pack] of PACKS) {
      const concepts = pack.reading.concepts;
      expect(Object.keys(concepts).filter((c) => !english.includes(c)), language).toEqual([]);
      const seen = new Map<string, string>();
      for (const [concept, forms] of Object.entries(concepts)) {
        for (const form of forms.split(' ')) {
          // Folded single words (lower case, no accents; ß stays), or stems of at least five letters.
          expect(form, `${language}.${concept}`).toMatch(/^(?:[a-z0-9ß]+|[a-z0-9ß]{5,}\*)$/);
          expect(seen.get(form), `${language}: "${form}" under ${concept}`).toBeUndefined();
          seen.set(form, concept);
        }
      }
    }
  });

  it('every pack is labelled with its own language, and no entry is empty', () => {
    for (const [language, pack] of PACKS) {
      expect(pack.timeline.language, language).toBe(language);
      expect(pack.everyReply.language, language).toBe(language);
      expect(pack.reading.language, language).toBe(language);
      for (const s of strings(pack)) expect(s.trim(), language).not.toBe('');
    }
  });

  it('R1, R3.5, R5, R8–R10: every message template reads the same fields in every language', () => {
    for (const kind of MESSAGE_KINDS) {
      const fieldsOf = (l: Language): { fields: string[]; required: string[] } => {
        const t = defineTemplate(MESSAGES[l][kind], { name: `${kind} (${l})` });
        return { fields: [...new Set(t.fields)].sort(), required: [...new Set(t.required)].sort() };
      };
      const reference = fieldsOf('en');
      expect(reference.required.length, kind).toBeGreaterThan(0);
      for (const l of LANGUAGES) expect(fieldsOf(l), `${l}.${kind}`).toEqual(reference);
    }
  });

  it('R3.5, R10: phrases shown on their own (stage phrases, checklists) need only the regions\' spelling rules, which are the regional forms\' own', () => {
    for (const l of LANGUAGES) {
      const alone = [...Object.values(HIRING_STAGE_WORDS[l]), ...Object.values(CHECKLISTS[l]).flat()].join('\n');
      for (const [region, pairs] of Object.entries(REGIONAL_PHRASES[l] ?? {})) {
        const spelling = REGIONAL_SPELLING[l]?.[region] ?? [];
        for (const pair of pairs) {
          // A phrase the region replaces in messages and that a stage phrase or checklist holds must be a spelling rule.
          if (alone.includes(pair[0])) expect(spelling, `${l}-${region}: "${pair[0]}"`).toContainEqual(pair);
        }
        for (const pair of spelling) expect(pairs, `${l}-${region}`).toContainEqual(pair);
      }
    }
    expect(REGIONAL_SPELLING.de?.['CH']).toEqual([['ß', 'ss']]);
  });

  it('R1, R3.5, R5, R8–R10: a regional form changes words only: every phrase it replaces occurs, and every message keeps its fields', () => {
    for (const l of LANGUAGES) {
      const regions = REGIONAL_PHRASES[l];
      if (regions === undefined) continue;
      for (const [region, pairs] of Object.entries(regions)) {
        expect(region, `${l}: a region is an ISO 3166 code`).toMatch(/^(?:[A-Z]{2}|\d{3})$/);
        const all = MESSAGE_KINDS.map((k) => `${MESSAGES[l][k].subject}\n${MESSAGES[l][k].body}`).join('\n');
        for (const [from, to] of pairs) {
          expect(from, `${l}-${region}`).not.toBe(to);
          expect(all.includes(from), `${l}-${region}: "${from}" occurs in a message`).toBe(true);
        }
        let differs = 0;
        for (const kind of MESSAGE_KINDS) {
          const original = defineTemplate(MESSAGES[l][kind], { name: kind });
          const changed = regionalize(MESSAGES[l][kind], pairs);
          if (changed.subject !== MESSAGES[l][kind].subject || changed.body !== MESSAGES[l][kind].body) differs++;
          const t = defineTemplate(changed, { name: `${kind} (${l}-${region})` });
          expect([...new Set(t.fields)].sort(), `${l}-${region}.${kind}`).toEqual([...new Set(original.fields)].sort());
        }
        expect(differs, `${l}-${region} changes some message`).toBeGreaterThan(0);
      }
    }
  });

  it('R10: every checklist has as many items in every language (they are translations of one another)', () => {
    // PREP_FORMATS lists every PrepFormat (the type-check of the tests fails otherwise).
    expectTypeOf<Exclude<PrepFormat, (typeof PREP_FORMATS)[number]>>().toEqualTypeOf<never>();
    expect(Object.keys(CHECKLISTS.en)).toEqual([...PREP_FORMATS]);
    for (const [format, items] of Object.entries(CHECKLISTS.en)) {
      for (const l of LANGUAGES) expect(CHECKLISTS[l][format as keyof typeof CHECKLISTS.en].length, `${l}.${format}`).toBe(items.length);
    }
  });
});

// ── No words of a language outside src/languages/ ─────────────────────────────────────────────────────────────────

/**
 * Files outside src/languages/ that may hold words of a language, and why. Test files are not scanned (their
 * examples are in every language), nor comments (documentation quotes examples).
 */
const NOT_SCANNED: Readonly<Record<string, string>> = {
  'classifier/model/weights.generated.ts': "the reply reader's learned weights, generated from the corpus by `npm run train:classifier`: encoded feature ids and weights, whose letters are no words",
};

/** Marks still found outside the packs, by file, until their words move there (none are left). */
const PENDING: Readonly<Record<string, readonly string[]>> = {};

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

function wordsOf(s: string): string[] {
  return fold(s).replace(/\{\{[^{}]*\}\}/g, ' ').match(/\p{L}+/gu) ?? [];
}

/** Source files to scan: every `.ts` file under src/ outside src/languages/, without tests. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === HERE ? [] : sourceFiles(path);
    const rel = relative(SRC, path);
    return name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(name) && !Object.hasOwn(NOT_SCANNED, rel) ? [path] : [];
  });
}

interface Literal {
  readonly text: string;
  readonly line: number;
}

/** The text of every string, template and regular-expression literal of a file (comments are not literals). */
function literalsOf(path: string): Literal[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    const line = (): number => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) out.push({ text: node.text, line: line() });
    } else if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      out.push({ text: node.getText(), line: line() });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** What gives a language away, by the language it belongs to. */
interface Marks {
  /** Single words: compared with each word of a literal. */
  readonly words: ReadonlyMap<string, Language>;
  /** Runs of words: found inside a literal's words. */
  readonly phrases: ReadonlyMap<string, Language>;
  /** Whole literals ("1er"). */
  readonly literals: ReadonlyMap<string, Language>;
}

/**
 * The marks of every pack. English is also the language of the library's own error messages and explanations
 * ("a weekday number from 0 (Sunday) to 6 (Saturday)"), so its single words are no sign; English marks are
 * phrases only.
 * - Month and weekday names of five letters or more (shorter ones, "mai", "mar", are also other words), unless
 *   English spells them the same ("april");
 * - words with a letter outside A–Z ("grüßen", "réponse", "próxima") from anything a pack holds, the reader's
 *   words included: English writes none of them;
 * - greetings and sign-offs ("Dear", "Guten Tag", "Kind regards", "Un cordial saludo"), the fallback names of a
 *   recipient ("Sehr geehrte Damen und Herren"; not "Hiring Team", which is plain English) and the reflection title;
 * - runs of three words or more of the written texts: messages, checklists, stage phrases;
 * - date words, as whole literals.
 */
function marks(): Marks {
  const english = new Set(strings(PACKS.get('en')).flatMap(wordsOf));
  const words = new Map<string, Language>();
  const phrases = new Map<string, Language>();
  const literals = new Map<string, Language>();
  const phrase = (text: string, language: Language, min: number): void => {
    const ws = wordsOf(text);
    if (ws.length >= min) phrases.set(ws.join(' '), language);
  };
  for (const [language, pack] of PACKS) {
    if (language !== 'en') {
      for (const w of [...Object.keys(pack.timeline.months), ...Object.keys(pack.timeline.weekdays)].flatMap(wordsOf)) {
        if (w.length >= 5 && !english.has(w)) words.set(w, language);
      }
      for (const w of strings(pack).flatMap(wordsOf)) if (w.length >= 4 && /[^a-z]/.test(w) && !english.has(w)) words.set(w, language);
    }
    for (const { body } of Object.values(pack.messages)) {
      const lines = body.split('\n');
      // The greeting is the first line's text before a name; a fallback after `|` names a recipient collectively.
      const first = lines[0] ?? '';
      phrase(first.split(/\{\{[^{}]*\}\}/).find((part) => wordsOf(part).length > 0) ?? '', language, 1);
      for (const [, fallback] of first.matchAll(/\{\{[^{}|]+\|([^{}]+)\}\}/g)) phrase(fallback ?? '', language, language === 'en' ? 3 : 1);
      phrase(lines.at(-2) ?? '', language, 1);
    }
    phrase(pack.reflection.title, language, 2);
    const written = strings({ messages: pack.messages, checklists: pack.checklists, hiringStages: pack.hiringStages });
    for (const text of written) for (const part of text.split(/\{\{[^{}]*\}\}|\n/)) phrase(part, language, 3);
    for (const value of strings(pack.dates)) literals.set(value, language);
  }
  return { words, phrases, literals };
}

/** Where the marks occur in some literals, as `line: language kind "text"`. */
function findMarks(found: readonly Literal[], m: Marks): string[] {
  const out: string[] = [];
  for (const { text, line } of found) {
    const literal = m.literals.get(text.trim());
    if (literal !== undefined) out.push(`${line}: ${literal} literal "${text.trim()}"`);
    const ws = wordsOf(text);
    for (const w of ws) {
      const language = m.words.get(w);
      if (language !== undefined) out.push(`${line}: ${language} word "${w}"`);
    }
    const joined = ` ${ws.join(' ')} `;
    for (const [p, language] of m.phrases) if (joined.includes(` ${p} `)) out.push(`${line}: ${language} phrase "${p}"`);
  }
  return out;
}

describe('no words of a language outside src/languages/', () => {
  const m = marks();

  it('the marks cover every language: names of months and days, greetings, sign-offs, phrases', () => {
    for (const l of LANGUAGES) {
      const phrases = [...m.phrases].filter(([, x]) => x === l).map(([p]) => p);
      expect(phrases.length, l).toBeGreaterThan(50);
      if (l !== 'en') expect([...m.words.values()].filter((x) => x === l).length, l).toBeGreaterThan(20);
    }
    expect(m.phrases.get('dear')).toBe('en');
    expect(m.phrases.get('sehr geehrte damen und herren')).toBe('de');
    expect(m.words.get('donnerstag')).toBe('de');
    expect(m.words.get('janvier')).toBe('fr');
    expect(m.literals.get('1er')).toBe('fr');
  });

  it('finds words placed in a logic file, and leaves the library\'s own English alone (the check can fail)', () => {
    const planted = [
      { text: 'Sehr geehrte Damen und Herren', line: 1 }, { text: 'lundi', line: 2 }, { text: '1er', line: 3 },
      { text: '/^(?:mit freundlichen grüßen|un cordial saludo)$/i', line: 4 }, { text: 'Kind regards,', line: 5 },
    ];
    expect(findMarks(planted, m).map((f) => f.split(':')[0])).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5']));
    const english = [{ text: 'a weekday number from 0 (Sunday) to 6 (Saturday)', line: 1 }, { text: 'Saturday–Sunday from 2022-01-01, public holidays', line: 2 }];
    expect(findMarks(english, m)).toEqual([]);
  });

  it('no string, template or pattern outside src/languages/ holds words of a pack', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of Object.keys(PENDING)) expect(files.map((f) => `src/${relative(SRC, f)}`), `PENDING names ${file}`).toContain(file);
    const problems = files.flatMap((path) => {
      const file = `src/${relative(SRC, path)}`;
      return findMarks(literalsOf(path), m).filter((f) => !(PENDING[file] ?? []).includes(f.slice(f.indexOf(': ') + 2))).map((f) => `${file}:${f}`);
    });
    expect(problems).toEqual([]);
  });
});
