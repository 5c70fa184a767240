/**
 * Real employer mail as an app receives it: a corpus message inside a thread (the candidate's follow-up quoted below
 * it, as Gmail or Outlook quote it in the message's language, in plain text or HTML), forwarded by the candidate, with
 * a signature and a confidentiality notice (the notice also alone as one line of more than 300 characters, the
 * signature also after a less common sign-off), with an applicant-tracking system's footer lines (do not reply, privacy, copyright) or a
 * phone's, below a mail service's banners (in several wordings), with links and image markers, with rules between its
 * paragraphs, as HTML only, with its characters written as HTML references, wrapped at 72 characters, with Windows line
 * ends, decomposed into letters and accents, or under a reply's subject. The reader should give each the label it gives the message
 * alone; `npm run eval:classifier` prints how often it does, and test/corpus/threads.test.ts keeps it so.
 */
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { extractTimeline } from '../../src/classifier/extractTimeline.js';
import { renderMessage } from '../../src/templates/renderMessage.js';
import type { ReplyInput } from '../../src/classifier/types.js';
import type { CorpusItem, CorpusLang } from '../corpus/load.js';

const followUps = new Map<CorpusLang, { subject: string; text: string }>();

/** The candidate's follow-up that the employer answers, written by the library's own template in the item's language. */
export function followUp(lang: CorpusLang): { subject: string; text: string } {
  let m = followUps.get(lang);
  if (m === undefined) {
    const data = { candidate: { name: 'Alex Moreau' }, company: 'Acme', role: 'Data Analyst', interviewDate: '2026-11-20' } as const;
    m = renderMessage('followUp', data, { locale: lang });
    followUps.set(lang, m);
  }
  return m;
}

/** The line a web-mail client writes above a quoted message, per language (Gmail's wording). */
export const QUOTE_HEADER: Readonly<Record<CorpusLang, string>> = {
  en: 'On Mon, Dec 1, 2026 at 9:12 AM Alex Moreau <alex@example.com> wrote:',
  de: 'Am Mo., 1. Dez. 2026 um 09:12 Uhr schrieb Alex Moreau <alex@example.com>:',
  fr: 'Le lun. 1 déc. 2026 à 09:12, Alex Moreau <alex@example.com> a écrit :',
  es: 'El lun, 1 dic 2026 a las 9:12, Alex Moreau (<alex@example.com>) escribió:',
  pt: 'Em seg., 1 de dez. de 2026 às 09:12, Alex Moreau <alex@example.com> escreveu:',
};

/** The header block a desktop client writes above a quoted message, per language (Outlook's field names). */
const OUTLOOK_FIELDS: Readonly<Record<CorpusLang, readonly [string, string, string, string]>> = {
  en: ['From', 'Sent', 'To', 'Subject'],
  de: ['Von', 'Gesendet', 'An', 'Betreff'],
  fr: ['De', 'Envoyé', 'À', 'Objet'],
  es: ['De', 'Enviado', 'Para', 'Asunto'],
  pt: ['De', 'Enviado', 'Para', 'Assunto'],
};

/** The line a web-mail client writes above a forwarded message, per language (Gmail's wording). */
const FORWARD_SEPARATOR: Readonly<Record<CorpusLang, string>> = {
  en: 'Forwarded message', de: 'Weitergeleitete Nachricht', fr: 'Message transféré', es: 'Mensaje reenviado', pt: 'Mensagem encaminhada',
};

/** The fields of a forwarded message's header block, per language: from, date, subject, to. */
const FORWARD_FIELDS: Readonly<Record<CorpusLang, readonly [string, string, string, string]>> = {
  en: ['From', 'Date', 'Subject', 'To'],
  de: ['Von', 'Datum', 'Betreff', 'An'],
  fr: ['De', 'Date', 'Objet', 'À'],
  es: ['De', 'Fecha', 'Asunto', 'Para'],
  pt: ['De', 'Data', 'Assunto', 'Para'],
};

/** Characters as HTML writes them by name; any other outside ASCII is written by its number (`&#233;`). */
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', 'é': '&eacute;', 'è': '&egrave;', 'à': '&agrave;',
  'á': '&aacute;', 'ó': '&oacute;', 'ñ': '&ntilde;', 'ü': '&uuml;', 'ö': '&ouml;', 'ä': '&auml;', 'ß': '&szlig;', 'ç': '&ccedil;',
  '’': '&rsquo;', '–': '&ndash;',
};

/**
 * Outlook's first-contact tip (in the message's language where its wording is known, else in English, as a
 * recipient's own setting may show it) and an organisation's caution line, as they stand above mail from outside.
 */
const TIP_EN = "[You don't often get email from jobs@acme.example. Learn why this is important at https://aka.ms/LearnAboutSenderIdentification ]";
const CAUTION = 'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.';
const BANNERS: Readonly<Record<CorpusLang, string>> = {
  en: `${TIP_EN}\n\n${CAUTION}`,
  de: `[Sie erhalten nicht häufig E-Mails von jobs@acme.example. Weitere Informationen, warum dies wichtig ist, finden Sie unter https://aka.ms/LearnAboutSenderIdentification ]\n\n${CAUTION}`,
  fr: `[Vous ne recevez pas souvent de courriers de jobs@acme.example. Découvrez pourquoi ceci est important à https://aka.ms/LearnAboutSenderIdentification ]\n\n${CAUTION}`,
  es: `No suele recibir correo electrónico de jobs@acme.example. Por qué es esto importante\n\n${CAUTION}`,
  pt: `${TIP_EN}\n\n${CAUTION}`,
};

const LINKS = 'https://www.acme.example/careers\nhttps://u1234567.ct.sendgrid.net/ls/click?upn=Rk9PQkFSLWV4YW1wbGUtdHJhY2tpbmctY29kZQ';

const SIGNATURE = 'Best regards,\nJordan Smith\nTalent Acquisition Partner | Acme Corp\n+1 555 0100 | www.acme.example';
const NOTICE = 'CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. ' +
  'If you have received this message in error, please notify the sender immediately and delete it.';
/** The notice as text made from HTML gives it: one paragraph on one line, longer than 300 characters. */
const LONG_NOTICE = `${NOTICE} Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden. ` +
  'Acme Corp accepts no liability for any damage caused by any virus transmitted by this e-mail.';

/** Other wordings of the caution line above mail from outside: Microsoft's and Proofpoint's, and local ones. */
const OTHER_BANNERS: Readonly<Record<CorpusLang, string>> = {
  en: '[EXTERNAL] This email was sent from outside of your organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.',
  de: 'ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.',
  fr: "ATTENTION : Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur les liens et n'ouvrez pas les pièces jointes à moins de connaître l'expéditeur.",
  es: 'This Message Is From an External Sender\nThis message came from outside your organization.',
  pt: 'This Message Is From an External Sender\nThis message came from outside your organization.',
};

/** An applicant-tracking system's line below its mail: an automated message, not to be replied to. */
const NO_REPLY: Readonly<Record<CorpusLang, string>> = {
  en: 'This is an automated message. Please do not reply to this email.',
  de: 'Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.',
  fr: 'Ceci est un message automatique, merci de ne pas y répondre.',
  es: 'Este es un mensaje automático, por favor no responda a este correo.',
  pt: 'Esta é uma mensagem automática. Por favor, não responda a este e-mail.',
};

/** A privacy notice below an applicant-tracking system's mail, under its heading, as one line. */
const PRIVACY: Readonly<Record<CorpusLang, string>> = {
  en: 'Privacy notice: Acme processes your personal data in accordance with our Candidate Privacy Notice. We will keep your application data for 12 months after the end of the recruitment process so that we can consider you for future vacancies, after which it will be deleted. You can withdraw your consent at any time by writing to privacy@acme.example.',
  de: 'Datenschutzhinweis: Ihre personenbezogenen Daten verarbeiten wir gemäß Art. 6 DSGVO ausschließlich zum Zweck des Bewerbungsverfahrens. Nach Abschluss des Verfahrens speichern wir Ihre Unterlagen für 6 Monate und löschen sie anschließend.',
  fr: "Protection des données : vos données personnelles sont traitées conformément au RGPD dans le seul but de gérer votre candidature. Elles seront conservées pendant 24 mois à compter de notre dernier contact afin de vous proposer d'autres opportunités, puis supprimées.",
  es: 'Protección de datos: de acuerdo con el RGPD, sus datos personales serán tratados con la única finalidad de gestionar su candidatura y se conservarán durante 12 meses para futuros procesos de selección, tras lo cual serán eliminados.',
  pt: 'Privacidade: em conformidade com a LGPD, seus dados pessoais serão tratados apenas para fins de recrutamento e mantidos por 12 meses para futuras oportunidades, sendo depois excluídos.',
};

/** Sign-offs other than the most common ones, above the signature. */
const OTHER_SIGN_OFFS: Readonly<Record<CorpusLang, string>> = {
  en: 'Thanks & Regards,', de: 'Schöne Grüße', fr: 'Très cordialement,', es: 'Un abrazo,', pt: 'Saudações,',
};

/** A mail client's footer on a phone (Outlook's, in the message's language). */
const MOBILE: Readonly<Record<CorpusLang, string>> = {
  en: 'Sent from Outlook for Android', de: 'Von Outlook für Android gesendet', fr: 'Envoyé à partir de Outlook pour Android',
  es: 'Enviado desde Outlook para Android', pt: 'Enviado do Outlook para Android',
};

/** The copyright line at the foot of an applicant-tracking system's HTML mail, as text. */
const COPYRIGHT = '© 2026 Acme Corp · Privacy Policy · Unsubscribe';

/**
 * A paragraph in another language that employers' templates put below their mail without a heading (our own wording):
 * a group-wide equal-opportunity statement, in English below mail in other languages and in German below English mail.
 * The cleaner keeps it: the language the message starts in must stay the one it is read in.
 */
const FOREIGN_PARAGRAPH_EN = 'Acme is an equal opportunity employer. We value diversity and are committed to building an inclusive workplace ' +
  'for everyone. All qualified applicants will be considered for employment without regard to race, colour, religion, sex, ' +
  'sexual orientation, gender identity, national origin, age, disability or veteran status. If you need an adjustment at ' +
  'any point of the process, just let us know.';
const FOREIGN_PARAGRAPH_DE = 'Die Acme Gruppe ist mit rund 15.000 Mitarbeitenden in mehr als 40 Ländern einer der führenden Anbieter für ' +
  'industrielle Automatisierung. Wir setzen auf Vielfalt und Chancengleichheit und freuen uns über alle Menschen, die ' +
  'mit uns arbeiten wollen, unabhängig von Alter, Herkunft, Geschlecht, Religion oder einer Behinderung. Gemeinsam ' +
  'gestalten wir die Fabrik von morgen.';

const subjectOf = (it: CorpusItem): { subject?: string } => (it.subject === undefined ? {} : { subject: it.subject });
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = (text: string): string =>
  `<html><body><div dir="ltr">${text.split(/\n{2,}/).map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join('\n')}</div></body></html>`;
/** Paragraphs as web-mail composers write them: a `<div>` each, a `<div><br></div>` between. */
const divs = (text: string): string => text.split(/\n{2,}/).map((p) => `<div>${escape(p).replace(/\n/g, '<br>')}</div>`).join('<div><br></div>');

/** The text with each line broken before the word that would take it past `width` characters. */
export function wrap(text: string, width: number): string {
  return text.split('\n').map((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
    return out.join('\n');
  }).join('\n');
}

/** A way an app receives a message, and what the reader should make of it. */
export interface ThreadVariant {
  readonly name: string;
  readonly describe: string;
  readonly input: (it: CorpusItem) => ReplyInput;
}

/** The message alone, as the corpus holds it. */
export const plain = (it: CorpusItem): ReplyInput => ({ text: it.text, ...subjectOf(it) });

export const THREAD_VARIANTS: readonly ThreadVariant[] = [
  {
    name: 'quoted',
    describe: "the candidate's follow-up quoted below it (the web-mail client's header in the message's language, `> ` lines)",
    input: (it) => {
      const m = followUp(it.lang);
      return { text: `${it.text}\n\n${QUOTE_HEADER[it.lang]}\n\n${m.text.split('\n').map((l) => `> ${l}`).join('\n')}`, ...subjectOf(it) };
    },
  },
  {
    name: 'outlook',
    describe: "the candidate's follow-up below a desktop client's header block (From / Sent / To / Subject in the message's language)",
    input: (it) => {
      const m = followUp(it.lang);
      const [from, sent, to, subject] = OUTLOOK_FIELDS[it.lang];
      const block = `${from}: Alex Moreau <alex@example.com>\n${sent}: Monday, December 1, 2026 9:12 AM\n${to}: Jobs <jobs@acme.example>\n${subject}: ${m.subject}`;
      return { text: `${it.text}\n\n________________________________\n${block}\n\n${m.text}`, ...subjectOf(it) };
    },
  },
  {
    name: 'quoted html',
    describe: "as HTML, the candidate's follow-up quoted below it in Gmail's markup (`gmail_quote`, `<blockquote>`)",
    input: (it) => ({
      html: `<div dir="ltr">${divs(it.text)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escape(QUOTE_HEADER[it.lang])}<br></div>` +
        `<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${divs(followUp(it.lang).text)}</blockquote></div>`,
      ...subjectOf(it),
    }),
  },
  {
    name: 'outlook html',
    describe: "as HTML, the candidate's follow-up below Outlook's header block (`divRplyFwdMsg`, bold field names)",
    input: (it) => {
      const m = followUp(it.lang);
      const [from, sent, to, subject] = OUTLOOK_FIELDS[it.lang];
      const block = `<b>${from}:</b> Alex Moreau &lt;alex@example.com&gt;<br><b>${sent}:</b> Monday, December 1, 2026 9:12 AM<br><b>${to}:</b> Jobs &lt;jobs@acme.example&gt;<br><b>${subject}:</b> ${escape(m.subject)}`;
      return {
        html: `<html><body><div>${divs(it.text)}</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif">${block}</font><div>&nbsp;</div></div><div>${divs(m.text)}</div></body></html>`,
        ...subjectOf(it),
      };
    },
  },
  {
    name: 'forwarded',
    describe: "forwarded by the candidate (a web-mail client's forward header in the message's language, `Fwd:` before its subject)",
    input: (it) => {
      const [from, date, subject, to] = FORWARD_FIELDS[it.lang];
      const block = `---------- ${FORWARD_SEPARATOR[it.lang]} ---------\n${from}: Jobs <jobs@acme.example>\n${date}: Mon, Dec 1, 2026 at 9:12 AM\n` +
        `${subject}: ${it.subject ?? ''}\n${to}: Alex Moreau <alex@example.com>`;
      return { text: `${block}\n\n${it.text}`, ...(it.subject === undefined ? {} : { subject: `Fwd: ${it.subject}` }) };
    },
  },
  { name: 'signature', describe: 'a signature and a confidentiality notice below it', input: (it) => ({ text: `${it.text}\n\n${SIGNATURE}\n\n${NOTICE}`, ...subjectOf(it) }) },
  {
    name: 'long notice',
    describe: 'a confidentiality notice of more than 300 characters on one line right below it (a paragraph of HTML as text)',
    input: (it) => ({ text: `${it.text}\n\n${LONG_NOTICE}`, ...subjectOf(it) }),
  },
  {
    name: 'other sign-off',
    describe: "a less common sign-off (\"Thanks & Regards,\", \"Schöne Grüße\", \"Très cordialement,\") and a signature below it",
    input: (it) => ({ text: `${it.text}\n\n${OTHER_SIGN_OFFS[it.lang]}\n${SIGNATURE.slice(SIGNATURE.indexOf('\n') + 1)}`, ...subjectOf(it) }),
  },
  { name: 'mobile', describe: "a phone mail client's footer below it (Outlook for Android's, in the message's language)", input: (it) => ({ text: `${it.text}\n\n${MOBILE[it.lang]}`, ...subjectOf(it) }) },
  {
    name: 'no reply',
    describe: "an applicant-tracking system's line below it saying the message was sent automatically and asking not to reply",
    input: (it) => ({ text: `${it.text}\n\n${NO_REPLY[it.lang]}`, ...subjectOf(it) }),
  },
  { name: 'privacy', describe: 'a privacy notice under its heading, on one line, below it', input: (it) => ({ text: `${it.text}\n\n${PRIVACY[it.lang]}`, ...subjectOf(it) }) },
  { name: 'copyright', describe: "a copyright line below it (\"© 2026 Acme Corp · Privacy Policy · Unsubscribe\")", input: (it) => ({ text: `${it.text}\n\n${COPYRIGHT}`, ...subjectOf(it) }) },
  {
    name: 'foreign paragraph',
    describe: 'a paragraph in another language below it (an equal-opportunity statement in English, in German below English mail)',
    input: (it) => ({ text: `${it.text}\n\n${it.lang === 'en' ? FOREIGN_PARAGRAPH_DE : FOREIGN_PARAGRAPH_EN}`, ...subjectOf(it) }),
  },
  {
    name: 'banners',
    describe: "below the banners a recipient's mail service puts above mail from outside (Outlook's first-contact tip, a caution line)",
    input: (it) => ({ text: `${BANNERS[it.lang]}\n\n${it.text}`, ...subjectOf(it) }),
  },
  {
    name: 'other banners',
    describe: 'below other wordings of the caution line above mail from outside ("[EXTERNAL] This email was sent from outside …", Proofpoint\'s, "ACHTUNG: Diese E-Mail stammt von einem externen Absender")',
    input: (it) => ({ text: `${OTHER_BANNERS[it.lang]}\n\n${it.text}`, ...subjectOf(it) }),
  },
  {
    name: 'images',
    describe: "with inline images' markers in the text part (a logo above it, as Gmail and Outlook write them)",
    input: (it) => ({ text: `[image: Acme]\n[cid:image001.png@01DA0285.844FA910]\n\n${it.text}`, ...subjectOf(it) }),
  },
  {
    name: 'links',
    describe: "with links below it (the employer's careers page and a click-tracking link, as mail sent through a mailing service has them)",
    input: (it) => ({ text: `${it.text}\n\n${LINKS}`, ...subjectOf(it) }),
  },
  {
    name: 'ruled',
    describe: 'with its paragraphs set apart by rules (lines of dashes), as some plain-text parts are',
    input: (it) => ({ text: it.text.replace(/\n{2,}/g, `\n\n${'-'.repeat(40)}\n\n`), ...subjectOf(it) }),
  },
  { name: 'html', describe: 'as HTML only (paragraphs and line breaks)', input: (it) => ({ html: html(it.text), ...subjectOf(it) }) },
  {
    name: 'preheader',
    describe: 'as HTML with a hidden preview text ("preheader": the subject, or the first line) above it',
    input: (it) => ({ html: `<div style="display:none;max-height:0;overflow:hidden">${escape(it.subject ?? it.text.split('\n')[0]!)}&zwnj;&nbsp;</div>${html(it.text)}`, ...subjectOf(it) }),
  },
  { name: 'html as text', describe: 'as HTML passed as the text part (as some senders and mail APIs give it)', input: (it) => ({ text: html(it.text), ...subjectOf(it) }) },
  {
    name: 'references',
    describe: "with its characters written as HTML references (`won&#39;t`, `&eacute;`), as text made from HTML by dropping its tags keeps them",
    input: (it) => ({ text: it.text.replace(/[&<>"']|[^\x00-\x7f]/gu, (c) => REFERENCES[c] ?? `&#${c.codePointAt(0)!};`), ...subjectOf(it) }),
  },
  { name: 'wrapped', describe: 'wrapped at 72 characters, as plain-text mail clients send it', input: (it) => ({ text: wrap(it.text, 72), ...subjectOf(it) }) },
  { name: 'crlf', describe: 'with Windows line ends', input: (it) => ({ text: it.text.replace(/\n/g, '\r\n'), ...subjectOf(it) }) },
  {
    name: 'decomposed',
    describe: 'decomposed into letters and accents (Unicode NFD, as text copied from a PDF often is)',
    input: (it) => ({ text: it.text.normalize('NFD'), ...(it.subject === undefined ? {} : { subject: it.subject.normalize('NFD') }) }),
  },
  {
    name: 'reply subject',
    describe: "under the subject of the candidate's follow-up, as a reply (`Re: …`), in place of its own",
    input: (it) => ({ text: it.text, subject: `Re: ${followUp(it.lang).subject}` }),
  },
  {
    name: 'reply marker',
    describe: 'below a helpdesk\'s or an applicant-tracking system\'s marker line ("##- Please type your reply above this line -##", in the message\'s language)',
    input: (it) => {
      const marker = {
        en: 'Please type your reply above this line', de: 'Bitte geben Sie Ihre Antwort über dieser Zeile ein.', fr: 'Veuillez écrire votre réponse au-dessus de cette ligne.',
        es: 'Escriba su respuesta por encima de esta línea', pt: 'Digite sua resposta acima desta linha',
      }[it.lang];
      return { text: `##- ${marker} -##\n\n${it.text}`, ...subjectOf(it) };
    },
  },
  {
    name: 'data retention',
    describe: 'a paragraph on keeping the candidate\'s data (GDPR, DSGVO, RGPD, LGPD) below it, without a heading',
    input: (it) => {
      const notice = {
        en: 'We will keep your data for 12 months after the end of the recruitment process in accordance with GDPR, so that we can consider you for future vacancies. You can withdraw your consent at any time by writing to privacy@acme.example.',
        de: 'Ihre Daten werden gemäß DSGVO für 6 Monate nach Abschluss des Verfahrens gespeichert und anschließend gelöscht. Sie können Ihre Einwilligung jederzeit widerrufen.',
        fr: "Vos données seront conservées pendant 24 mois conformément au RGPD afin de vous proposer d'autres opportunités. Vous pouvez retirer votre consentement à tout moment.",
        es: 'Sus datos se conservarán durante 12 meses de acuerdo con el RGPD para futuros procesos de selección. Puede retirar su consentimiento en cualquier momento.',
        pt: 'Seus dados serão mantidos por 12 meses em conformidade com a LGPD para futuras oportunidades. Você pode retirar seu consentimento a qualquer momento.',
      }[it.lang];
      return { text: `${it.text}\n\n${notice}`, ...subjectOf(it) };
    },
  },
  {
    name: 'linkedin',
    describe: "inside LinkedIn's lines around a recruiter's message (\"View message\", \"You are receiving LinkedIn notification emails.\", its copyright line)",
    input: (it) => ({
      text: `LinkedIn\n\n${it.text}\n\nView message\n\nReply\n\nYou are receiving LinkedIn notification emails.\n\nUnsubscribe | Help\n\n` +
        'This email was intended for Alex Moreau (Data Analyst).\nLearn why we included this.\n\n© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.',
      ...subjectOf(it),
    }),
  },
];

export interface ThreadFigures {
  readonly name: string;
  readonly describe: string;
  /** Messages given the label they get alone. */
  readonly same: number;
  /** Messages given their corpus label. */
  readonly correct: number;
  readonly total: number;
  /** With `timelines`: messages whose promised date (or none) is the one read in the message alone. */
  readonly sameTimeline?: number;
}

/** The reference the timelines are read from (a Wednesday, in a zone with daylight saving time). */
const READ = { reference: '2026-11-25T10:00:00Z', timeZone: 'Europe/Berlin' } as const;
const promised = (input: ReplyInput): string | null => extractTimeline(input, READ)?.date ?? null;

/**
 * How each variant reads, against the messages alone (`same`) and against their labels (`correct`); with `timelines`,
 * also whether the promised date stays the one read in the message alone (`sameTimeline`).
 */
export function threadFigures(items: readonly CorpusItem[], timelines = false): { alone: { correct: number; total: number }; variants: ThreadFigures[] } {
  const alone = items.map((it) => classifyReply(plain(it)).label);
  const aloneDates = timelines ? items.map((it) => promised(plain(it))) : [];
  let correct = 0;
  items.forEach((it, i) => { if (alone[i] === it.label) correct++; });
  const variants = THREAD_VARIANTS.map((v) => {
    let same = 0;
    let right = 0;
    let sameTimeline = 0;
    items.forEach((it, i) => {
      const input = v.input(it);
      const label = classifyReply(input).label;
      if (label === alone[i]) same++;
      if (label === it.label) right++;
      if (timelines && promised(input) === aloneDates[i]) sameTimeline++;
    });
    return { name: v.name, describe: v.describe, same, correct: right, total: items.length, ...(timelines ? { sameTimeline } : {}) };
  });
  return { alone: { correct, total: items.length }, variants };
}

/** The figures as a Markdown table. */
export function reportThreads(f: ReturnType<typeof threadFigures>, title: string): string {
  const pct = (a: number, b: number): string => `${(b === 0 ? 0 : (100 * a) / b).toFixed(1)}%`;
  const out = [`## ${title}`, '', `The messages alone: accuracy ${pct(f.alone.correct, f.alone.total)} (${f.alone.correct}/${f.alone.total}).`, ''];
  const dates = f.variants.some((v) => v.sameTimeline !== undefined);
  out.push(`| the message … | same label as alone | accuracy |${dates ? ' same promised date as alone |' : ''}`, `|---|---:|---:|${dates ? '---:|' : ''}`);
  for (const v of f.variants) {
    out.push(`| ${v.describe} | ${pct(v.same, v.total)} (${v.same}) | ${pct(v.correct, v.total)} |${v.sameTimeline === undefined ? '' : ` ${pct(v.sameTimeline, v.total)} |`}`);
  }
  return out.join('\n');
}
