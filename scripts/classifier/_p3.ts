import { loadCorpus, testSplit } from '../corpus/load.js';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { extractTimeline } from '../../src/classifier/extractTimeline.js';
const all = loadCorpus(); const test = testSplit(all);
const items = all.filter((it) => !test.has(it.id));
const READ = { reference: '2026-11-25T10:00:00Z', timeZone: 'Europe/Berlin' } as const;
const forms: Record<string, (t: string, l: string) => string> = {
  imageTop: (t) => `[image: Acme Corp logo]\n\n${t}`,
  imageTop2: (t) => `[image: Acme]\n[image: Careers at Acme]\n\n${t}`,
  softHyphen: (t) => t.replace(/([a-zäöüéèáíóúç]{4})([a-zäöüéèáíóúç]{4,})/g, '$1\u00ad$2'),
  zwsp: (t) => t.replace(/ /g, (m, i) => (i % 7 === 0 ? '\u200b ' : m)),
  nbspFrench: (t) => t.replace(/ ([:;!?»])/g, '\u202f$1').replace(/« /g, '«\u00a0'),
  nbspAll: (t) => t.replace(/ /g, '\u00a0'),
  nnbspAll: (t) => t.replace(/ /g, '\u202f'),
  tabs: (t) => t.replace(/ /g, '\t'),
  doubleSpaced: (t) => t.replace(/\n/g, '\n\n'),
  trailingSpaces: (t) => t.replace(/\n/g, '   \n'),
  indent: (t) => t.replace(/\n/g, '\n    '),
  fullwidthColon: (t) => t.replace(/:/g, '：'),
  upper: (t) => t.toUpperCase(),
};
const alone = items.map((it) => classifyReply({ text: it.text, ...(it.subject ? { subject: it.subject } : {}) }).label);
const aloneD = items.map((it) => extractTimeline(it.text, READ)?.date ?? null);
for (const [name, f] of Object.entries(forms)) {
  let same = 0, sameD = 0;
  items.forEach((it, i) => {
    const t = f(it.text, it.lang);
    if (classifyReply({ text: t, ...(it.subject ? { subject: it.subject } : {}) }).label === alone[i]) same++;
    if ((extractTimeline(t, READ)?.date ?? null) === aloneD[i]) sameD++;
  });
  console.log(name.padEnd(16), `same ${(100 * same / items.length).toFixed(1)}%  date ${(100 * sameD / items.length).toFixed(1)}%`);
}
