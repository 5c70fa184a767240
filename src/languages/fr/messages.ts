import type { HiringStagePhrases, InterviewMediumLabels, MessageTexts, SalaryPeriodWords, PrepFormatLabels, RegionalPhrases } from '../types.js';

/**
 * Built-in French messages, formal address (vous): the same 13 kinds and fields as the English ones
 * (R1, R3.5, R5, R8–R10).
 *
 * French typography: a no-break space (`\u00a0`) before `:` `?` and inside « ». The sentences avoid
 * words that agree with the sender's gender (no "ravi·e", "déçu·e"), since it is not known.
 * Greetings: "Bonjour Julien Marchand," with a name, "Madame, Monsieur," without one.
 *
 * Shape of the free-text values the sentences expect (French):
 * - `role`: the job title without article, shown in « », e.g. `"Ingénieure backend senior"`.
 * - `point` (thankYou, R1.3 b): a noun phrase with its article, read after "votre regard sur",
 *   e.g. `"le projet de votre équipe de faire passer la facturation à l’event sourcing"`.
 * - `connection` (thankYou, R1.3 c): a first-person clause without a final full stop, read after a
 *   colon, in lower case, e.g. `"j’ai dirigé une migration comparable chez Acme"`.
 * - `interviewer.title`: a job title read after "en tant que", e.g. `"responsable plateforme"`.
 * - `reason` (offerDecline, withdrawal): one or more complete sentences (a full stop is added when the last has none).
 * - `format`: a noun phrase shown in parentheses, e.g. `"étude de cas"`.
 * - `stage`: a short step name read after a colon, e.g. `"vérification des références"`.
 * - `slots`: an already-formatted list, one option per line; it is placed on its own lines. In `nextRoundInvite` it is
 *   written `{{slots|…}}`: without slots, the fallback asks for the candidate's availability instead.
 * - `interviewers`: names written as a phrase, e.g. `"Anne Bertin et Tom Li"`.
 * - `salary`: an amount with its period, e.g. `"58 000 € bruts par an"` (an amount `{ amount, currency, period? }` or a number is written for the locale).
 *
 * @example
 * ```ts
 * messages.thankYou.subject //=> "Merci pour notre entretien – {{role}}"
 * ```
 */
export const messages = {
  thankYou: {
    subject: 'Merci pour notre entretien – {{role}}',
    body: `Bonjour {{interviewer.name}},

Je vous remercie d’avoir pris le temps d’échanger avec moi sur le poste «\u00a0{{role}}\u00a0» chez {{company}}.

J’ai particulièrement apprécié votre regard{{#interviewer.title}} en tant que {{interviewer.title}}{{/interviewer.title}} sur {{point}}. Ce sujet rejoint directement mon propre parcours\u00a0: {{connection}}. Ce serait un plaisir de mettre cette expérience au service de votre équipe.

Notre échange a encore renforcé mon enthousiasme pour ce poste et pour l’idée de rejoindre {{company}}. J’attends avec intérêt la suite du processus.

Bien cordialement,
{{candidate.name}}`,
  },
  followUp: {
    subject: 'Suivi de ma candidature – {{role}}',
    body: `{{#recipient.name}}Bonjour {{/recipient.name}}{{recipient.name|Madame, Monsieur}},

J’espère que vous allez bien. Je me permets de revenir vers vous au sujet de mon entretien pour le poste «\u00a0{{role}}\u00a0» chez {{company}}, le {{interviewDate}}.{{#timelineDate}} Vous m’aviez annoncé une réponse d’ici le {{timelineDate}}.{{/timelineDate}}

Mon intérêt pour ce poste reste entier, et ce serait un plaisir de contribuer aux projets de votre équipe. Pourriez-vous me dire si vous avez du nouveau concernant le calendrier de votre décision\u00a0? Je sais que ces étapes prennent du temps et vous remercie par avance pour toute information.

Bien cordialement,
{{candidate.name}}`,
  },
  offerReply: {
    subject: 'Votre offre pour le poste «\u00a0{{role}}\u00a0»',
    body: `{{#recipient.name}}Bonjour {{/recipient.name}}{{recipient.name|Madame, Monsieur}},

Je vous remercie sincèrement de m’avoir proposé le poste «\u00a0{{role}}\u00a0» chez {{company}}. C’est une excellente nouvelle, et la perspective de rejoindre votre équipe me réjouit beaucoup.

Afin de pouvoir examiner l’ensemble des conditions, pourriez-vous m’adresser l’offre par écrit, en précisant le salaire, les avantages et la date de début proposée\u00a0?

Je souhaiterais également disposer d’un peu de temps pour y réfléchir\u00a0: je vous donnerai ma réponse d’ici le {{decisionDate}}. N’hésitez pas à me dire si ce délai vous convient.

Bien cordialement,
{{candidate.name}}`,
  },
  offerAccept: {
    subject: 'Acceptation de votre offre – {{role}}',
    body: `{{#recipient.name}}Bonjour {{/recipient.name}}{{recipient.name|Madame, Monsieur}},

J’ai le plaisir d’accepter votre offre pour le poste «\u00a0{{role}}\u00a0» chez {{company}}. Je vous remercie de la confiance que vous m’accordez.

{{#startDate}}Je me réjouis de commencer le {{startDate}}. {{/startDate}}N’hésitez pas à me faire savoir si vous avez besoin de quoi que ce soit de ma part avant mon arrivée, par exemple des documents ou des formulaires à remplir.

Au plaisir de travailler avec vous et avec toute l’équipe.

Bien cordialement,
{{candidate.name}}`,
  },
  offerDecline: {
    subject: 'Votre offre pour le poste «\u00a0{{role}}\u00a0»',
    body: `{{#recipient.name}}Bonjour {{/recipient.name}}{{recipient.name|Madame, Monsieur}},

Je vous remercie vivement pour votre offre concernant le poste «\u00a0{{role}}\u00a0» chez {{company}}, ainsi que pour le temps que vos collègues et vous-même avez consacré au processus de recrutement.

Après mûre réflexion, j’ai décidé de ne pas donner suite à cette offre.{{#reason}} {{reason}}.{{/reason}} Cette décision n’a pas été facile\u00a0: j’ai beaucoup apprécié de rencontrer votre équipe et je tiens {{company}} en haute estime.

Ce serait un plaisir de rester en contact, et j’espère que nos chemins se croiseront à nouveau.

Bien cordialement,
{{candidate.name}}`,
  },
  rejectionReply: {
    subject: 'Votre message concernant le poste «\u00a0{{role}}\u00a0»',
    body: `{{#recipient.name}}Bonjour {{/recipient.name}}{{recipient.name|Madame, Monsieur}},

J’ai bien reçu votre message concernant le poste «\u00a0{{role}}\u00a0». Même si cette nouvelle me déçoit, je tiens à vous remercier, vos collègues et vous-même, pour le temps que vous m’avez consacré. Découvrir {{company}} et les personnes qui y travaillent a été très enrichissant pour moi.
{{#askFeedback}}

Si vous pouviez me faire part de quelques retours sur mes entretiens, cela me serait très utile pour continuer à progresser.
{{/askFeedback}}

J’espère que nous aurons l’occasion de nous recroiser, et je vous souhaite, ainsi qu’à toute l’équipe, une excellente continuation.

Bien cordialement,
{{candidate.name}}`,
  },
  nextRoundReply: {
    subject: 'Prochain entretien – {{role}}',
    body: `{{#recipient.name}}Bonjour {{/recipient.name}}{{recipient.name|Madame, Monsieur}},

Je vous remercie de votre invitation à l’étape suivante du processus pour le poste «\u00a0{{role}}\u00a0» chez {{company}}. Je l’accepte avec grand plaisir{{#format}} et me réjouis de ce prochain rendez-vous ({{format}}){{/format}}.

Voici mes disponibilités\u00a0:

{{slots}}

Si cela ne vous convient pas, je m’adapterai volontiers à un autre créneau. Pourriez-vous également m’indiquer comment se déroulera ce prochain entretien, qui je rencontrerai et s’il y a des éléments à préparer\u00a0?

Bien cordialement,
{{candidate.name}}`,
  },
  withdrawal: {
    subject: 'Retrait de ma candidature – {{role}}',
    body: `{{#recipient.name}}Bonjour {{/recipient.name}}{{recipient.name|Madame, Monsieur}},

Je me permets de vous informer que je souhaite retirer ma candidature au poste «\u00a0{{role}}\u00a0» chez {{company}}.{{#reason}} {{reason}}.{{/reason}}

Je vous remercie pour votre temps et pour nos échanges jusqu’ici. J’ai une grande estime pour votre équipe et j’espère que nos chemins se croiseront à nouveau.

Bien cordialement,
{{candidate.name}}`,
  },
  statusUpdate: {
    subject: 'Point sur votre candidature – {{role}}',
    body: `Bonjour {{candidate.name}},

Merci pour votre patience pendant que nous menons à bien notre processus de recrutement pour le poste «\u00a0{{role}}\u00a0» chez {{company}}. Nous n’avons pas encore pris de décision.{{#stage}} Le processus en est actuellement à l’étape suivante\u00a0: {{stage}}.{{/stage}}

Nous prévoyons désormais de revenir vers vous d’ici le {{expectedDate}}. Ce délai tient à nos procédures internes et ne traduit en rien un moindre intérêt pour votre candidature.

Bien cordialement,
{{recruiter.name}}`,
  },
  rejectionNotice: {
    subject: 'Votre candidature au poste «\u00a0{{role}}\u00a0»',
    body: `Bonjour {{candidate.name}},

Nous vous remercions de votre intérêt pour {{company}} et du temps que vous avez consacré à nos entretiens pour le poste «\u00a0{{role}}\u00a0».

Après un examen attentif, nous avons décidé de poursuivre avec une autre candidature. Nous avons apprécié de faire votre connaissance, et cette décision reflète les besoins particuliers de ce poste.
{{#feedbackOffer}}

Si cela peut vous être utile, je vous ferai volontiers part d’un retour sur vos entretiens. Il vous suffit de répondre à ce message pour convenir d’un court échange téléphonique.
{{/feedbackOffer}}

Nous vous souhaitons pleine réussite pour la suite de votre parcours.

Bien cordialement,
{{recruiter.name}}`,
  },
  nextRoundInvite: {
    subject: 'Invitation à un prochain entretien – {{role}}',
    body: `Bonjour {{candidate.name}},

Merci pour nos échanges concernant le poste «\u00a0{{role}}\u00a0» chez {{company}}. Ils nous ont laissé une très bonne impression, et nous souhaitons vous inviter à l’étape suivante.

Format\u00a0: {{format}}{{#interviewers}}
Vous rencontrerez\u00a0: {{interviewers}}{{/interviewers}}

{{#slots}}Voici nos disponibilités\u00a0:

{{/slots}}{{slots|Merci de nous indiquer vos disponibilités.}}{{#slots}}

Merci de nous indiquer ce qui vous convient.{{/slots}} N’hésitez pas à me contacter si vous avez des questions sur cette prochaine étape.

Bien cordialement,
{{recruiter.name}}`,
  },
  referenceRequest: {
    subject: 'Demande de référence – {{candidate.name}}',
    body: `Bonjour {{referee.name}},

Je m’appelle {{recruiter.name}} et je suis en charge du recrutement pour le poste «\u00a0{{role}}\u00a0» chez {{company}}. {{candidate.name}} a postulé à ce poste et a indiqué votre nom comme référence.

Accepteriez-vous de nous faire part de votre expérience de travail avec {{candidate.name}}\u00a0? Nous souhaitons confirmer les dates et les responsabilités du poste occupé, et savoir comment vous décririez sa façon de travailler et sa relation avec ses collègues.

Une réponse par e-mail ou un court appel nous conviendraient tout autant{{#deadline}}, idéalement d’ici le {{deadline}}{{/deadline}}. Les informations que vous nous communiquerez resteront confidentielles.

Bien cordialement,
{{recruiter.name}}`,
  },
  offerNotice: {
    subject: 'Proposition d’embauche – {{role}}',
    body: `Bonjour {{candidate.name}},

J’ai le plaisir de vous proposer le poste «\u00a0{{role}}\u00a0» chez {{company}}. L’équipe a beaucoup apprécié de faire votre connaissance, et nous serions heureux de vous accueillir parmi nous.

{{#salary}}Salaire\u00a0: {{salary}}
{{/salary}}{{#startDate}}Date de début proposée\u00a0: {{startDate}}
{{/startDate}}L’offre écrite détaillée, avantages compris, vous parviendra séparément.

Nous vous remercions de nous faire part de votre décision d’ici le {{responseDate}}. Si vous avez des questions d’ici là, je reste à votre disposition pour en parler.

Bien cordialement,
{{recruiter.name}}`,
  },
} as const satisfies MessageTexts;

/** What Canadian French (`fr-CA`) writes differently from the text above: "courriel" for an e-mail. */
export const regional = {
  CA: [['par e-mail', 'par courriel']],
} as const satisfies RegionalPhrases;

/**
 * How each checklist format is named inside a message (French), for the `format` field of `nextRoundReply` and
 * `nextRoundInvite` (R10): shown in parentheses and after "Format :".
 */
export const prepFormatLabels = {
  executive: 'entretien avec la direction',
  'skills-assessment': 'évaluation des compétences',
  'case-study': 'étude de cas',
  presentation: 'présentation',
  panel: 'entretien avec un jury',
  technical: 'entretien technique',
  general: 'entretien',
} as const satisfies PrepFormatLabels;

/** How a phone, video or on-site round is named in the same places as {@link prepFormatLabels} (R10). */
export const mediumLabels = {
  phone: 'entretien téléphonique',
  video: 'entretien en visioconférence',
  onsite: 'entretien en présentiel',
} as const satisfies InterviewMediumLabels;

/** How a salary's period is written after its amount (`offerNotice`, R8): "78.000 € pro Jahr". */
export const salaryPeriods = {
  year: 'par an',
  month: 'par mois',
  hour: 'de l’heure',
} as const satisfies SalaryPeriodWords;

/**
 * How each step of the hiring process is named to a candidate (French, R3.5): short noun phrases that complete
 * the `statusUpdate` line naming the current step. The wording is neutral and says nothing about the outcome.
 */
export const hiringStages = {
  debrief: 'mise en commun au sein de l’équipe d’entretien',
  evaluation: 'évaluation selon nos critères',
  shortlist: 'établissement de la liste restreinte',
  references: 'vérification des références',
  approvals: 'validations internes',
  offer: 'décision finale',
} as const satisfies HiringStagePhrases;
