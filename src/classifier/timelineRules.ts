import type { ReplyLanguage } from './types.js';

/**
 * Timeline phrases (R4.5) as data: one regular expression per phrase family and language, run on
 * folded text (lower case, accents removed, one space between words). Every pattern is a chain
 * of literal alternatives with bounded, non-overlapping repetition, so it matches in linear time;
 * the ReDoS test feeds each of them worst-case input.
 */

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
export const DE_WEEKDAYS: Readonly<Record<string, number>> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
};
export const FR_WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};
export const ES_WEEKDAYS: Readonly<Record<string, number>> = {
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
};
export const WEEKDAYS: Readonly<Record<string, number>> = { ...EN_WEEKDAYS, ...DE_WEEKDAYS, ...FR_WEEKDAYS, ...ES_WEEKDAYS };

export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
export const DE_MONTHS: Readonly<Record<string, number>> = {
  januar: 1, janner: 1, jan: 1, februar: 2, feb: 2, marz: 3, maerz: 3, april: 4, apr: 4, mai: 5, juni: 6,
  juli: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  dezember: 12, dez: 12,
};
export const FR_MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, decembre: 12,
};
export const ES_MONTHS: Readonly<Record<string, number>> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
export const MONTHS: Readonly<Record<string, number>> = { ...EN_MONTHS, ...DE_MONTHS, ...FR_MONTHS, ...ES_MONTHS };

/** Count words; `NaN` marks a vague count ("a few", "ein paar", "quelques", "unos"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, 'a couple of': 2, 'couple of': 2,
  'a few': Number.NaN, few: Number.NaN, several: Number.NaN, 'a couple': 2,
  ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12, vierzehn: 14, zwanzig: 20, 'ein paar': Number.NaN, paar: Number.NaN,
  einigen: Number.NaN, wenigen: Number.NaN,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, quelques: Number.NaN,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, unos: Number.NaN, unas: Number.NaN,
  algunos: Number.NaN, algunas: Number.NaN, pocos: Number.NaN, pocas: Number.NaN,
};

const ABOUT = '(?:(?:about|around|roughly|approximately|approx\\.?|some|etwa|ca\\.|circa|rund|environ|a\\speu\\spres|aproximadamente|alrededor\\sde|unas|unos)\\s)?';
/** An upper bound after the count: "7-10 days", "7 to 10 days", "7 bis 10 Tage". */
const UPTO = '(?:\\s?(?:-|–|to|bis|a|à)\\s?(?<upto>\\d{1,3}))?';
const NUM = `(?<num>\\d{1,3}|${alt(Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).map((k) => k.split(' ').join('\\s')))})`;
const keys = (table: Readonly<Record<string, number>>): string => alt(Object.keys(table).sort((a, b) => b.length - a.length));
const WD = (table: Readonly<Record<string, number>>): string => `(?<wd>${keys(table)})\\.?`;
const MO = (table: Readonly<Record<string, number>>): string => `(?<month>${keys(table)})\\.?`;

/** One phrase family. */
export interface TimelineRule {
  readonly id: string;
  readonly language: ReplyLanguage;
  readonly pattern: RegExp;
  readonly kind: 'span' | 'weekday' | 'week' | 'month-part' | 'month-day' | 'day-month' | 'numeric' | 'iso' | 'relative' | 'vague' | 'ordinal' | 'calendar-week';
  /** Base confidence before context. */
  readonly base: number;
}

const rule = (
  id: string,
  language: ReplyLanguage,
  kind: TimelineRule['kind'],
  source: string,
  base: number,
): TimelineRule => ({ id, language, kind, base, pattern: new RegExp(source, 'g') });

const S = '\\s';

// ── spans: "within two weeks", "in the next 5 business days", "innerhalb von zwei Wochen" ──────
const EN_UNIT = '(?<unit>business\\sdays?|working\\sdays?|work\\sdays?|days?|weeks?|months?|hours?)';
const DE_UNIT = '(?<unit>werktagen|werktage|werktag|arbeitstagen|arbeitstage|arbeitstag|geschaftstagen|geschaftstage|tagen|tage|tag|wochen|woche|monaten|monate|monat|stunden)';
const FR_UNIT = '(?<unit>jours\\souvres|jours\\souvrables|jours\\sde\\stravail|jours|jour|semaines|semaine|mois|heures)';
const ES_UNIT = '(?<unit>dias\\shabiles|dias\\slaborables|dias|dia|semanas|semana|meses|mes|horas)';

export const TIMELINE_RULES: readonly TimelineRule[] = [
  rule('en.span', 'en', 'span',
    `\\b(?<prep>within|in|over|during|inside${S}of)${S}(?:the${S})?(?:next${S}|coming${S}|following${S})?${ABOUT}${NUM}${UPTO}${S}(?:more${S})?${EN_UNIT}\\b(?:'s?)?(?:${S}(?:time|from${S}now))?`, 0.6),
  rule('en.span-the-next', 'en', 'span', `\\b(?<prep>within|in|over)${S}the${S}(?:next|coming)${S}(?<unit>week|month)\\b`, 0.55),
  rule('de.span', 'de', 'span',
    `\\b(?<prep>innerhalb|binnen|in)${S}(?:von${S})?(?:der${S}|den${S}|die${S})?(?:nachsten${S}|kommenden${S}|folgenden${S})?${ABOUT}${NUM}${UPTO}${S}${DE_UNIT}\\b`, 0.6),
  rule('fr.span', 'fr', 'span',
    `(?<prep>dans|sous|d'ici|d${S}ici|en|durant|au${S}cours${S}des)${S}(?:les${S}|la${S})?(?:prochains${S}|prochaines${S})?${ABOUT}${NUM}${UPTO}${S}${FR_UNIT}(?!\\w)(?:${S}(?:a${S}venir|prochains|prochaines|qui${S}viennent))?`, 0.6),
  rule('fr.span-huitaine', 'fr', 'span', `\\b(?<prep>sous|dans${S}la|d'ici)${S}(?<unit>huitaine|quinzaine)\\b`, 0.6),
  rule('es.span', 'es', 'span',
    `\\b(?<prep>en|dentro${S}de|antes${S}de)${S}(?:(?:el|un)${S}plazo${S}(?:maximo${S})?de${S})?(?:los${S}|las${S})?(?:proximos${S}|proximas${S}|siguientes${S})?${ABOUT}${NUM}${UPTO}${S}${ES_UNIT}\\b`, 0.6),

  // ── weekdays: "by Friday", "bis Freitag", "d'ici vendredi", "para el viernes" ────────────────
  rule('en.weekday', 'en', 'weekday',
    `\\b(?:(?<prep>by|before|until|till|no${S}later${S}than|on${S}or${S}before|on|by${S}end${S}of${S}day|by${S}eod|by${S}cob|end${S}of${S}day)${S})?(?:(?<which>this|next|the${S}coming|coming)${S})?${WD(EN_WEEKDAYS)}(?!\\w)`, 0.5),
  rule('de.weekday', 'de', 'weekday',
    `\\b(?:(?<prep>bis${S}spatestens|bis${S}zum|bis|spatestens${S}am|spatestens|am|vor)${S})?(?:(?<which>diese[nm]?|nachste[nm]?|kommende[nm]?)${S})?${WD(DE_WEEKDAYS)}(?!\\w)`, 0.5),
  rule('fr.weekday', 'fr', 'weekday',
    `(?:(?<prep>d'ici|d${S}ici|avant|pour|jusqu'a|jusqu${S}a|au${S}plus${S}tard|des)${S})?(?:(?:ce|le)${S})?${WD(FR_WEEKDAYS)}(?:${S}(?<which>prochain))?(?!\\w)`, 0.5),
  rule('es.weekday', 'es', 'weekday',
    `\\b(?:(?<prep>antes${S}del|para${S}el|hasta${S}el|el|a${S}mas${S}tardar${S}el)${S})?(?:(?<which>proximo|este)${S})?${WD(ES_WEEKDAYS)}(?:${S}(?<suffix>que${S}viene|proximo))?(?!\\w)`, 0.5),

  // ── weeks: "end of next week", "early next week", "Anfang nächster Woche", "la semaine prochaine" ─
  rule('en.week', 'en', 'week',
    `\\b(?:(?<prep>by|before|until|toward|towards|around|in|for|at)${S})?(?:the${S})?(?:(?<part>end|close|beginning|start|middle|mid|early|late|later|rest|latter${S}part|first${S}half|second${S}half)(?:${S}of)?[${S}-](?:the${S})?)?(?:(?<which>this|next|the${S}following|following|coming|the)${S})?(?<unit>week|wk)\\b`, 0.5),
  rule('en.eow', 'en', 'week', `\\b(?:(?<prep>by)${S})?(?<part>eow)\\b`, 0.55),
  rule('de.week', 'de', 'week',
    `\\b(?:(?<prep>bis${S}spatestens|bis${S}zum|bis|spatestens|im|in|zum)${S})?(?:(?<part>ende|anfang|beginn|mitte|laufe)${S}(?:der${S}|des${S})?)?(?:(?<which>diese[rnms]?|nachste[rnms]?|kommende[rnms]?|folgende[rnms]?)${S})?(?<unit>woche|wochenende)\\b`, 0.5),
  rule('fr.week', 'fr', 'week',
    `(?:(?<prep>d'ici|d${S}ici|avant|pour|en|jusqu'a)${S})?(?:(?:la${S}|le${S})?(?<part>fin|debut|milieu|courant)${S}(?:de${S}|du${S}|d')?)?(?:(?<det>cette|la|ce)${S})?(?<unit>semaine)(?:${S}(?<which>prochaine|suivante|en${S}cours|qui${S}vient))?(?!\\w)`, 0.5),
  rule('es.week', 'es', 'week',
    `\\b(?:(?<prep>antes${S}de|para|hasta|a|durante|en)${S})?(?:(?<part>fin|finales|final|principios|comienzos|inicios|inicio|mediados)${S}de(?:l)?${S})?(?:(?<det>la|esta)${S})?(?:(?<which>proxima|siguiente)${S})?(?<unit>semana)(?:${S}(?<suffix>que${S}viene|proxima|siguiente|entrante))?\\b`, 0.5),
  rule('de.kw', 'de', 'calendar-week', `\\b(?:(?<prep>bis|in|bis${S}zur|bis${S}ende)${S})?(?:der${S})?(?:kw|kalenderwoche)${S}?(?<num>\\d{1,2})\\b`, 0.55),

  // ── month parts: "end of the month", "Ende des Monats", "fin du mois", "a finales de mes", "early December" ─
  rule('en.month', 'en', 'month-part',
    `\\b(?:(?<prep>by|before|until|toward|towards|around|in|at)${S})?(?:the${S})?(?<part>end|close|beginning|start|middle|mid|early|late)(?:${S}of)?[${S}-](?:the${S})?(?:(?<which>this|next|the${S}following)${S})?(?:(?<unit>month)|${MO(EN_MONTHS)})\\b`, 0.5),
  rule('de.month', 'de', 'month-part',
    `\\b(?:(?<prep>bis${S}spatestens|bis${S}zum|bis|spatestens|zum)${S})?(?<part>ende|anfang|beginn|mitte)${S}(?:(?<which>des|dieses|nachsten|kommenden)${S})?(?:(?<unit>monats|monat)|${MO(DE_MONTHS)})\\b`, 0.5),
  rule('de.monatsende', 'de', 'month-part', `\\b(?:(?<prep>bis${S}zum|bis|zum)${S})?(?<part>monatsende)\\b`, 0.5),
  rule('fr.month', 'fr', 'month-part',
    `(?:(?<prep>d'ici|d${S}ici|avant|pour|jusqu'a)${S})?(?:la${S}|le${S})?(?<part>fin|debut|milieu|mi)[${S}-](?:(?:du|de|de${S}ce|du${S}mois${S}de|de${S}la)${S})?(?:(?<unit>mois)|${MO(FR_MONTHS)})(?:${S}(?<which>prochain))?(?!\\w)`, 0.5),
  rule('es.month', 'es', 'month-part',
    `\\b(?:(?<prep>antes${S}de|para|hasta|a)${S})?(?<part>fin|finales|final|principios|comienzos|inicios|mediados)${S}de(?:l)?${S}(?:(?<which>este|el|proximo)${S})?(?:(?<unit>mes)|${MO(ES_MONTHS)})\\b`, 0.5),

  // ── dates: "by December 4th", "bis zum 4.12.", "avant le 4 décembre", "antes del 4 de diciembre" ─
  rule('en.month-day', 'en', 'month-day',
    `\\b(?:(?<prep>by|before|until|till|after|no${S}later${S}than|on${S}or${S}before|on|around)${S})?(?:(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]{0,6},?${S})?${MO(EN_MONTHS)}${S}(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?${S}(?<year>\\d{4})\\b)?`, 0.6),
  rule('en.day-month', 'en', 'day-month',
    `\\b(?:(?<prep>by|before|until|till|after|no${S}later${S}than|on)${S})?(?:the${S})?(?<day>\\d{1,2})(?:st|nd|rd|th)?${S}(?:of${S})?${MO(EN_MONTHS)}(?:,?${S}(?<year>\\d{4})\\b)?(?!\\w)`, 0.6),
  rule('en.ordinal', 'en', 'ordinal', `\\b(?:(?<prep>by|before|until|after|on)${S})?the${S}(?<day>\\d{1,2})(?:st|nd|rd|th)\\b(?!${S}(?:of|${keys(EN_MONTHS)})\\b)`, 0.5),
  rule('en.numeric', 'en', 'numeric', `\\b(?:(?<prep>by|before|until|after|on)${S})?(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<year>\\d{4}|\\d{2}))?(?![\\d/])`, 0.5),
  rule('de.day-month', 'de', 'day-month',
    `\\b(?:(?<prep>bis${S}spatestens${S}zum|bis${S}zum${S}spatestens|bis${S}spatestens|bis${S}zum|bis|spatestens${S}am|spatestens${S}bis${S}zum|am|vor${S}dem|zum|nach${S}dem)${S})?(?<day>\\d{1,2})\\.${S}?${MO(DE_MONTHS)}(?:${S}(?<year>\\d{4})\\b)?(?!\\w)`, 0.6),
  rule('de.numeric', 'de', 'numeric',
    `\\b(?:(?<prep>bis${S}spatestens${S}zum|bis${S}spatestens|bis${S}zum|bis|spatestens${S}am|am|vor${S}dem|zum|nach${S}dem)${S})?(?<a>\\d{1,2})\\.${S}?(?<b>\\d{1,2})\\.(?<year>\\d{4}|\\d{2})?(?![\\d])`, 0.6),
  rule('fr.day-month', 'fr', 'day-month',
    `(?:(?<prep>d'ici${S}le|d'ici${S}au|d${S}ici${S}le|avant${S}le|jusqu'au|jusqu${S}au|au${S}plus${S}tard${S}le|pour${S}le|le|apres${S}le)${S})?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)${S})?(?<day>\\d{1,2}|1er)${S}${MO(FR_MONTHS)}(?:${S}(?<year>\\d{4})\\b)?(?!\\w)`, 0.6),
  rule('fr.numeric', 'fr', 'numeric',
    `(?:(?<prep>d'ici${S}le|d'ici${S}au|avant${S}le|jusqu'au|au${S}plus${S}tard${S}le|pour${S}le|le|apres${S}le)${S})?\\b(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<year>\\d{4}|\\d{2}))?(?![\\d/])`, 0.5),
  rule('es.day-month', 'es', 'day-month',
    `\\b(?:(?<prep>antes${S}del|para${S}el|hasta${S}el|el|a${S}mas${S}tardar${S}el|despues${S}del)${S})?(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)${S})?(?<day>\\d{1,2})${S}de${S}${MO(ES_MONTHS)}(?:${S}de(?:l)?${S}(?<year>\\d{4})\\b)?(?!\\w)`, 0.6),
  rule('es.numeric', 'es', 'numeric',
    `\\b(?:(?<prep>antes${S}del|para${S}el|hasta${S}el|el|despues${S}del)${S})?(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<year>\\d{4}|\\d{2}))?(?![\\d/])`, 0.5),
  rule('any.iso', 'en', 'iso', `\\b(?:(?<prep>by|before|until|bis|avant${S}le|antes${S}del)${S})?(?<year>\\d{4})-(?<a>\\d{2})-(?<b>\\d{2})\\b`, 0.6),

  // ── relative days: "tomorrow", "bis morgen", "d'ici demain", "para mañana" ─────────────────
  rule('en.relative', 'en', 'relative',
    `\\b(?:(?<prep>by|before|until)${S})?(?<rel>tomorrow|today|end${S}of${S}(?:the${S})?day|close${S}of${S}business|eod|cob|the${S}day${S}after${S}tomorrow)\\b`, 0.5),
  rule('de.relative', 'de', 'relative', `\\b(?<prep>bis|spatestens|bis${S}spatestens)${S}(?<rel>morgen|ubermorgen|heute)\\b`, 0.5),
  rule('fr.relative', 'fr', 'relative', `(?<prep>d'ici|d${S}ici|avant|pour|des)${S}(?<rel>demain|apres-demain|ce${S}soir|aujourd'hui)(?!\\w)`, 0.5),
  rule('es.relative', 'es', 'relative', `\\b(?<prep>para|antes${S}de|hasta|a${S}mas${S}tardar)${S}(?<rel>manana|pasado${S}manana|hoy)\\b`, 0.5),

  // ── vague: "in a few days", "shortly", "zeitnah", "prochainement", "en breve" ─────────────
  rule('en.vague', 'en', 'vague',
    `\\b(?<rel>in${S}the${S}(?:coming|next${S}few|next${S}couple${S}of|near)${S}(?:days|weeks|future)|over${S}the${S}(?:coming|next${S}few)${S}(?:days|weeks)|shortly|soon|as${S}soon${S}as${S}possible|asap|in${S}due${S}course|in${S}a${S}bit|in${S}a${S}while)\\b`, 0.25),
  rule('de.vague', 'de', 'vague',
    `\\b(?<rel>in${S}(?:den${S})?(?:nachsten|kommenden)${S}(?:tagen|wochen)|in${S}kurze|zeitnah|bald|baldmoglichst|schnellstmoglich|so${S}bald${S}wie${S}moglich|so${S}schnell${S}wie${S}moglich|demnachst)\\b`, 0.25),
  rule('fr.vague', 'fr', 'vague',
    `\\b(?<rel>dans${S}les${S}(?:prochains|prochaines)${S}(?:jours|semaines)|dans${S}les${S}jours${S}(?:a${S}venir|qui${S}viennent)|prochainement|rapidement|sous${S}peu|dans${S}les${S}(?:plus${S}brefs|meilleurs)${S}delais|bientot|des${S}que${S}possible)\\b`, 0.25),
  rule('es.vague', 'es', 'vague',
    `\\b(?<rel>en${S}(?:los${S}|las${S})?(?:proximos|proximas)${S}(?:dias|semanas)|en${S}breve|pronto|proximamente|a${S}la${S}mayor${S}brevedad(?:${S}posible)?|lo${S}antes${S}posible|cuanto${S}antes|en${S}los${S}dias${S}(?:siguientes|que${S}vienen))\\b`, 0.25),
];

/** Words that make a date a promise to get back ("we will let you know by …"), searched in the phrase's sentence. */
export const PROMISE_PATTERN = new RegExp(
  `\\b${alt([
    'hear', 'decision', 'decide', 'update', 'get\\sback', 'back\\sto\\syou', 'let\\syou\\sknow', 'in\\stouch',
    'reach\\sout', 'respond', 'reply', 'answer', 'feedback', 'outcome', 'contact\\syou', 'inform', 'notify', 'news',
    'finali[sz]e', 'conclude', 'wrap\\sup', 'something\\sfor\\syou', 'something\\sconcrete', 'follow\\sup', 'revert', 'circle\\sback',
    'melden', 'ruckmeldung', 'entscheid', 'bescheid', 'informieren', 'nachricht', 'antwort', 'zuruckkommen', 'mitteilen',
    'konkret', 'neuigkeit', 'ergebnis',
    'revenir', 'reviendr', 'revenons', 'retour', 'reponse', 'decid', 'decision', 'tiendr', 'nouvelles', 'recontact', 'repond',
    'communiquer', 'faire\\ssavoir', 'prevenir', 'previendr', 'concret',
    'respuesta', 'decidir', 'informar', 'contactar', 'contacto', 'noticias', 'novedad', 'comunicar', 'volver', 'escribir',
    'escribiremos', 'pondremos', 'responder', 'avisar', 'avisaremos', 'diremos', 'contestar', 'algo\\sconcreto', 'te\\stengo\\salgo',
  ])}`,
);

/**
 * Requests to the candidate ("please sign by Friday", "bitte bis zum 20.9.", "merci de … sous 48
 * heures", "por favor … antes del"): a deadline set for the candidate is not the employer's promise.
 */
export const REQUEST_PATTERN = new RegExp(
  `\\b${alt([
    'please', 'kindly', 'could\\syou', 'can\\syou', 'would\\syou', 'let\\sus\\sknow', 'let\\sme\\sknow', 'make\\ssure', 'we\\sneed\\syou',
    'we\\sask', 'remember\\sto', 'expires', 'sign', 'complete', 'submit', 'return', 'send\\sus', 'send\\sme', 'your\\savailability',
    'bitte', 'konnten\\ssie', 'kannst\\sdu', 'konnen\\ssie', 'senden\\ssie', 'schicken\\ssie',
    'merci\\sde', 'veuillez', 'pourriez', 'pouvez', 'pourrais', 'peux-tu', 'vos\\sdisponibilites', 'remercions\\sde\\snous',
    'por\\sfavor', 'favor\\sde', 'le\\sagradeceriamos', 'podrias', 'podria', 'puedes', 'me\\spuedes', 'nos\\spuedes', 'tu\\sdisponibilidad',
  ])}`,
);

/** Out-of-office and leaving notices: their dates are not promises. */
export const ABSENCE_PATTERN = new RegExp(
  `\\b${alt([
    'out\\sof\\s(?:the\\s)?office', 'on\\sleave', 'on\\svacation', 'leaving', 'nicht\\sim\\sburo', 'abwesend', 'urlaub', 'verlasse',
    'absente?', 'en\\sconges', 'quitte', 'fuera\\sde\\sla\\soficina', 'de\\svacaciones', 'dejo\\sla\\sempresa',
  ])}`,
);

/** Prepositions that make a phrase a deadline on their own ("by", "bis", "d'ici", "antes del"). */
export const DEADLINE_PREPOSITION_PATTERN =
  /^(?:by|before|until|till|within|no\slater\sthan|on\sor\sbefore|by\send\sof\sday|by\seod|by\scob|bis|bis\s.{1,20}|spatestens.{0,20}|innerhalb|binnen|vor|vor\sdem|d'ici.{0,4}|d\sici.{0,4}|avant.{0,3}|jusqu.{1,4}|sous|au\splus\stard.{0,3}|antes\sde.{0,2}|hasta.{0,3}|dentro\sde|a\smas\stardar.{0,3})$/;

/** Words that point at the following week or month ("next", "nächste", "prochaine", "próxima"). */
export const NEXT_WORD_PATTERN = /^(?:next|the following|following|coming|the coming|nachste|kommende|folgende|prochaine|suivante|qui vient|proxima|siguiente|que viene|entrante)/;
export const DIGITS_PATTERN = /^\d+$/;
export const SPACES_PATTERN = /\s+/g;
export const WEEK_UNIT_PATTERN = /^(?:week|woche|semaine|semana)/;
export const WEEK_WORD_PATTERN = /(?:week|woche|semaine|semana)/;
export const MONTH_UNIT_PATTERN = /^(?:month|monat|mois|mes)/;
export const HOUR_UNIT_PATTERN = /^(?:hour|stunde|heure|hora)/;
export const BUSINESS_UNIT_PATTERN = /(?:business|working|work|werk|arbeits|geschafts|ouvr|travail|habil|laborab)/;
export const TOMORROW_PATTERN = /^(?:tomorrow|morgen|demain|manana)$/;
export const DAY_AFTER_TOMORROW_PATTERN = /^(?:the day after tomorrow|ubermorgen|apres-demain|pasado manana)$/;
