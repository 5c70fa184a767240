import { CUE_TABLES } from '../src/classifier/cues/index.js';
const name = (p: string) => p.split(' ').filter((s) => s !== '' && s[0] !== '[' && s[0] !== '.').map((s) => s.split('|')[0]!.replace(/\*$/, '')).join('-');
let dup = 0;
for (const t of CUE_TABLES) {
  for (const [what, defs] of [['cue', t.cues.map((c) => `${c.label}.${name(c.pattern)}`)], ['req', t.requests.map((r) => `${r.kind}.${name(r.pattern)}`)]] as const) {
    const seen = new Map<string, number>();
    for (const n of defs) seen.set(n, (seen.get(n) ?? 0) + 1);
    for (const [n, c] of seen) if (c > 1) { dup++; console.log(t.language, what, n, c); }
  }
}
console.log('dups', dup);
console.log(name('move|moving|moved|proceed forward|ahead .. other|another candidate*|applicant*'), name('propuesta [de] laboral|formal'), name('let|share|tell you|the [know] .. outcome|result|decision'));
