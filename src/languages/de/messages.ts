import type { HiringStagePhrases, InterviewMediumLabels, MessageTexts, SalaryPeriodWords, PrepFormatLabels, RegionalPhrases } from '../types.js';

/**
 * Built-in German messages, formal address (Sie): the same 13 kinds and fields as the English ones
 * (R1, R3.5, R5, R8–R10).
 *
 * Greetings stay gender-neutral: "Guten Tag Anna Berger," with a name, "Sehr geehrte Damen und
 * Herren," without one (the section prints "Guten Tag " only when `recipient.name` is present).
 *
 * Shape of the free-text values the sentences expect (German):
 * - `role`: the job title without article, read after "die Position als", e.g.
 *   `"Senior Backend-Entwicklerin"`.
 * - `point` (thankYou, R1.3 b): a noun phrase in the accusative, read after "Ihre Sicht auf", e.g.
 *   `"die Pläne Ihres Teams, die Abrechnung auf Event Sourcing umzustellen"`.
 * - `connection` (thankYou, R1.3 c): a complete first-person statement without a final full stop,
 *   read after a colon, e.g. `"Bei Acme habe ich eine vergleichbare Migration geleitet"`.
 * - `interviewer.title`: a job title read after "als", e.g. `"Leiterin Plattform"`.
 * - `reason` (offerDecline, withdrawal): one or more complete sentences (a full stop is added when the last has none).
 * - `format`: a noun without article, read after "Format:" (in `nextRoundReply` in parentheses, "freue mich auf den
 *   Termin (Fallstudie)"), e.g. `"Fallstudie"`.
 * - `stage`: a short step name read after a colon, e.g. `"Einholen von Referenzen"`.
 * - `slots`: an already-formatted list, one option per line; it is placed on its own lines. In `nextRoundInvite` it is
 *   written `{{slots|…}}`: without slots, the fallback asks for the candidate's availability instead.
 * - `interviewers`: names written as a phrase, e.g. `"Anna Berger und Tom Li"`.
 * - `salary`: an amount with its period, e.g. `"78.000 EUR brutto im Jahr"` (an amount `{ amount, currency, period? }` or a number is written for the locale).
 *
 * @example
 * ```ts
 * messages.thankYou.subject //=> "Vielen Dank für das Gespräch – {{role}}"
 * ```
 */
export const messages = {
  thankYou: {
    subject: 'Vielen Dank für das Gespräch – {{role}}',
    body: `Guten Tag {{interviewer.name}},

vielen Dank, dass Sie sich die Zeit genommen haben, mit mir über die Position als {{role}} bei {{company}} zu sprechen.

Besonders aufschlussreich fand ich Ihre Sicht{{#interviewer.title}} als {{interviewer.title}}{{/interviewer.title}} auf {{point}}. Das knüpft unmittelbar an meinen eigenen Werdegang an: {{connection}}. Diese Erfahrung würde ich gern in Ihr Team einbringen.

Unser Gespräch hat mich für diese Position und für {{company}} noch mehr begeistert. Ich freue mich darauf, von Ihnen zu den nächsten Schritten zu hören.

Mit freundlichen Grüßen
{{candidate.name}}`,
  },
  followUp: {
    subject: 'Nachfrage zu meiner Bewerbung als {{role}}',
    body: `{{#recipient.name}}Guten Tag {{/recipient.name}}{{recipient.name|Sehr geehrte Damen und Herren}},

ich hoffe, es geht Ihnen gut. Ich melde mich wegen meines Vorstellungsgesprächs für die Position als {{role}} bei {{company}} am {{interviewDate}}.{{#timelineDate}} Sie hatten mir eine Rückmeldung angekündigt, voraussichtlich bis {{timelineDate}}.{{/timelineDate}}

Mein Interesse an der Stelle ist unverändert groß, und ich würde sehr gern in Ihrem Team mitarbeiten. Könnten Sie mir mitteilen, ob es bereits Neuigkeiten zum Zeitplan Ihrer Entscheidung gibt? Mir ist bewusst, dass solche Entscheidungen Zeit brauchen, und ich freue mich über jede Information.

Mit freundlichen Grüßen
{{candidate.name}}`,
  },
  offerReply: {
    subject: 'Ihr Angebot für die Position als {{role}}',
    body: `{{#recipient.name}}Guten Tag {{/recipient.name}}{{recipient.name|Sehr geehrte Damen und Herren}},

vielen Dank für das Angebot, die Position als {{role}} bei {{company}} zu übernehmen. Ich freue mich sehr darüber und bin begeistert von der Aussicht, Teil Ihres Teams zu werden.

Damit ich alles in Ruhe prüfen kann, möchte ich Sie bitten, mir das Angebot schriftlich zukommen zu lassen, mit Angaben zu Gehalt, Zusatzleistungen und Eintrittstermin.

Außerdem wäre ich Ihnen für etwas Bedenkzeit dankbar: Meine Antwort erhalten Sie bis {{decisionDate}}. Bitte geben Sie mir Bescheid, ob das für Sie passt.

Mit freundlichen Grüßen
{{candidate.name}}`,
  },
  offerAccept: {
    subject: 'Zusage für die Position als {{role}}',
    body: `{{#recipient.name}}Guten Tag {{/recipient.name}}{{recipient.name|Sehr geehrte Damen und Herren}},

sehr gern nehme ich Ihr Angebot für die Position als {{role}} bei {{company}} an. Vielen Dank für das Vertrauen, das Sie in mich setzen.

{{#startDate}}Ich freue mich auf meinen Start am {{startDate}}. {{/startDate}}Bitte lassen Sie mich wissen, ob Sie vor meinem ersten Arbeitstag noch etwas von mir benötigen, etwa Unterlagen oder auszufüllende Formulare.

Auf die Zusammenarbeit mit Ihnen und dem Team bin ich schon sehr gespannt.

Mit freundlichen Grüßen
{{candidate.name}}`,
  },
  offerDecline: {
    subject: 'Ihr Angebot für die Position als {{role}}',
    body: `{{#recipient.name}}Guten Tag {{/recipient.name}}{{recipient.name|Sehr geehrte Damen und Herren}},

vielen Dank für Ihr Angebot für die Position als {{role}} bei {{company}} und für die Zeit, die Sie und Ihre Kolleginnen und Kollegen in das Auswahlverfahren investiert haben.

Nach reiflicher Überlegung habe ich mich entschieden, das Angebot nicht anzunehmen.{{#reason}} {{reason}}.{{/reason}} Die Entscheidung ist mir nicht leichtgefallen: Ich habe Ihr Team gern kennengelernt und schätze {{company}} sehr.

Ich würde mich freuen, in Kontakt zu bleiben, und hoffe, dass sich unsere Wege wieder kreuzen.

Mit freundlichen Grüßen
{{candidate.name}}`,
  },
  rejectionReply: {
    subject: 'Ihre Nachricht zur Position als {{role}}',
    body: `{{#recipient.name}}Guten Tag {{/recipient.name}}{{recipient.name|Sehr geehrte Damen und Herren}},

vielen Dank für Ihre Nachricht zur Position als {{role}}. Auch wenn ich natürlich enttäuscht bin, danke ich Ihnen und Ihren Kolleginnen und Kollegen für die Zeit, die Sie sich für mich genommen haben. Es war für mich sehr wertvoll, {{company}} und die Menschen dort kennenzulernen.
{{#askFeedback}}

Falls Sie mir eine kurze Rückmeldung zu meinen Gesprächen geben können, wäre ich Ihnen sehr dankbar; sie würde mir helfen, mich weiterzuentwickeln.
{{/askFeedback}}

Ich hoffe, dass wir uns wieder begegnen, und wünsche Ihnen und dem Team alles Gute.

Mit freundlichen Grüßen
{{candidate.name}}`,
  },
  nextRoundReply: {
    subject: 'Nächstes Gespräch zur Position als {{role}}',
    body: `{{#recipient.name}}Guten Tag {{/recipient.name}}{{recipient.name|Sehr geehrte Damen und Herren}},

vielen Dank für die Einladung zur nächsten Gesprächsrunde für die Position als {{role}} bei {{company}}. Ich nehme sie sehr gern an{{#format}} und freue mich auf den Termin ({{format}}){{/format}}.

Ich stehe wie folgt zur Verfügung:

{{slots}}

Falls Ihnen das nicht passt, richte ich mich gern nach einem anderen Termin. Könnten Sie mir außerdem mitteilen, wie die nächste Runde abläuft, wen ich treffen werde und ob ich etwas vorbereiten sollte?

Mit freundlichen Grüßen
{{candidate.name}}`,
  },
  withdrawal: {
    subject: 'Rückzug meiner Bewerbung – {{role}}',
    body: `{{#recipient.name}}Guten Tag {{/recipient.name}}{{recipient.name|Sehr geehrte Damen und Herren}},

ich möchte Ihnen mitteilen, dass ich meine Bewerbung für die Position als {{role}} bei {{company}} zurückziehe.{{#reason}} {{reason}}.{{/reason}}

Vielen Dank für Ihre Zeit und die bisherigen Gespräche. Ich schätze Ihr Team sehr und hoffe, dass sich unsere Wege wieder kreuzen.

Mit freundlichen Grüßen
{{candidate.name}}`,
  },
  statusUpdate: {
    subject: 'Stand Ihrer Bewerbung – {{role}}',
    body: `Guten Tag {{candidate.name}},

vielen Dank für Ihre Geduld, während wir unser Auswahlverfahren für die Position als {{role}} bei {{company}} abschließen. Eine Entscheidung ist noch nicht gefallen.{{#stage}} Derzeit befindet sich das Verfahren in folgendem Schritt: {{stage}}.{{/stage}}

Wir melden uns bei Ihnen voraussichtlich bis {{expectedDate}}. Die Wartezeit liegt an unseren internen Abläufen und bedeutet nicht, dass unser Interesse an Ihrer Bewerbung nachgelassen hat.

Mit freundlichen Grüßen
{{recruiter.name}}`,
  },
  rejectionNotice: {
    subject: 'Ihre Bewerbung als {{role}}',
    body: `Guten Tag {{candidate.name}},

vielen Dank für Ihr Interesse an {{company}} und für die Zeit, die Sie in die Gespräche für die Position als {{role}} investiert haben.

Nach sorgfältiger Abwägung haben wir uns für eine andere Bewerbung entschieden. Wir haben Sie gern kennengelernt; die Entscheidung spiegelt die besonderen Anforderungen dieser Stelle wider.
{{#feedbackOffer}}

Wenn es Ihnen hilft, gebe ich Ihnen gern eine Rückmeldung zu Ihren Gesprächen. Antworten Sie einfach auf diese Nachricht, dann vereinbaren wir ein kurzes Telefonat.
{{/feedbackOffer}}

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen
{{recruiter.name}}`,
  },
  nextRoundInvite: {
    subject: 'Einladung zum nächsten Gespräch – {{role}}',
    body: `Guten Tag {{candidate.name}},

vielen Dank für die bisherigen Gespräche zur Position als {{role}} bei {{company}}. Wir haben einen sehr guten Eindruck gewonnen und möchten Sie gern zur nächsten Runde einladen.

Format: {{format}}{{#interviewers}}
Sie sprechen mit: {{interviewers}}{{/interviewers}}

{{#slots}}Wir können Ihnen Folgendes anbieten:

{{/slots}}{{slots|Bitte teilen Sie uns mit, wann Sie verfügbar sind.}}{{#slots}}

Bitte teilen Sie uns mit, wann es Ihnen passt.{{/slots}} Bei Fragen zur nächsten Runde können Sie sich jederzeit gern an mich wenden.

Mit freundlichen Grüßen
{{recruiter.name}}`,
  },
  referenceRequest: {
    subject: 'Referenzanfrage zu {{candidate.name}}',
    body: `Guten Tag {{referee.name}},

mein Name ist {{recruiter.name}}, und ich betreue bei {{company}} die Besetzung der Position als {{role}}. {{candidate.name}} hat sich auf diese Stelle beworben und Sie als Referenz angegeben.

Wären Sie bereit, uns von Ihrer Zusammenarbeit mit {{candidate.name}} zu berichten? Wir möchten gern Zeitraum und Aufgaben der damaligen Tätigkeit bestätigen und erfahren, wie Sie die Arbeitsweise von {{candidate.name}} und den Umgang mit Kolleginnen und Kollegen beschreiben würden.

Eine Antwort per E-Mail oder ein kurzes Telefonat wären uns gleichermaßen willkommen{{#deadline}}, idealerweise bis {{deadline}}{{/deadline}}. Ihre Angaben behandeln wir selbstverständlich vertraulich.

Mit freundlichen Grüßen
{{recruiter.name}}`,
  },
  offerNotice: {
    subject: 'Ihr Vertragsangebot als {{role}}',
    body: `Guten Tag {{candidate.name}},

ich freue mich sehr, Ihnen die Position als {{role}} bei {{company}} anbieten zu können. Das Team hat Sie sehr gern kennengelernt, und wir würden Sie gern bei uns begrüßen.

{{#salary}}Gehalt: {{salary}}
{{/salary}}{{#startDate}}Vorgesehener Eintrittstermin: {{startDate}}
{{/startDate}}Das schriftliche Angebot mit allen Einzelheiten, einschließlich der Zusatzleistungen, folgt separat.

Wir bitten um Ihre Antwort bis {{responseDate}}. Wenn Sie in der Zwischenzeit Fragen haben, bespreche ich diese gern mit Ihnen.

Mit freundlichen Grüßen
{{recruiter.name}}`,
  },
} as const satisfies MessageTexts;

/**
 * What Swiss and Liechtenstein Standard German (`de-CH`, `de-LI`) write differently from the text above: no "ß", which
 * they write "ss" ("Mit freundlichen Grüssen"). A one-letter pair is a spelling rule (src/templates/regionalize.ts):
 * it applies inside words, to the messages' own words and to the built-in phrases a message inserts (format labels,
 * stage phrases such as "abschließende Entscheidung"), never to a value such as a name.
 */
const SWISS = [['ß', 'ss']] as const;

/** The regions' spelling rules alone, for the built-in phrases shown on their own (stage phrases, checklists). */
export const regionalSpelling = { CH: SWISS, LI: SWISS } as const satisfies RegionalPhrases;

export const regional = regionalSpelling;

/**
 * How each checklist format is named inside a message (German), for the `format` field of `nextRoundReply` and
 * `nextRoundInvite` (R10): shown after "Format:" ("freue mich auf den Termin (Fallstudie)").
 */
export const prepFormatLabels = {
  executive: 'Gespräch mit der Geschäftsleitung',
  'skills-assessment': 'Kompetenztest',
  'case-study': 'Fallstudie',
  presentation: 'Präsentation',
  panel: 'Gespräch vor einem Gremium',
  technical: 'Fachgespräch',
  general: 'Gespräch',
} as const satisfies PrepFormatLabels;

/** How a phone, video or on-site round is named in the same places as {@link prepFormatLabels} (R10). */
export const mediumLabels = {
  phone: 'Telefoninterview',
  video: 'Videogespräch',
  onsite: 'Gespräch vor Ort',
} as const satisfies InterviewMediumLabels;

/** How a salary's period is written after its amount (`offerNotice`, R8): "78.000 € pro Jahr". */
export const salaryPeriods = {
  year: 'pro Jahr',
  month: 'pro Monat',
  hour: 'pro Stunde',
} as const satisfies SalaryPeriodWords;

/**
 * How each step of the hiring process is named to a candidate (German, R3.5): short noun phrases that complete
 * the `statusUpdate` line naming the current step. The wording is neutral and says nothing about the outcome.
 */
export const hiringStages = {
  debrief: 'Abstimmung im Interviewteam',
  evaluation: 'Bewertung anhand unserer Kriterien',
  shortlist: 'Auswahl der engeren Kandidatenliste',
  references: 'Einholung von Referenzen',
  approvals: 'interne Freigaben',
  offer: 'abschließende Entscheidung',
} as const satisfies HiringStagePhrases;
