import type { HiringStagePhrases, InterviewMediumLabels, MessageTexts, SalaryPeriodWords, PrepFormatLabels } from '../types.js';

/**
 * Built-in Spanish messages, formal address (usted): the same 13 kinds and fields as the English ones
 * (R1, R3.5, R5, R8–R10).
 *
 * The sentences avoid words that agree with the sender's or recipient's gender ("encantado/a",
 * "interesado/a", "conocerle/la"), since it is not known; where the recipient may be a team
 * (no `recipient.name`), they use forms that read well for one person or several ("su", "me han
 * dedicado"). Greetings: "Buenos días, Javier Ortega:" with a name, "Estimado equipo de
 * selección:" without one.
 *
 * Shape of the free-text values the sentences expect (Spanish):
 * - `role`: the job title without article, read after "el puesto de", e.g.
 *   `"Ingeniera de backend sénior"`.
 * - `point` (thankYou, R1.3 b): a noun phrase with its article, read after "su visión sobre",
 *   e.g. `"el plan de su equipo de migrar la facturación a event sourcing"`.
 * - `connection` (thankYou, R1.3 c): a first-person clause without a final full stop, read after
 *   a colon, in lower case, e.g. `"dirigí una migración similar en Acme"`.
 * - `interviewer.title`: a job title read after "como", e.g. `"responsable de Plataforma"`.
 * - `reason` (offerDecline, withdrawal): one or more complete sentences (a full stop is added when the last has none).
 * - `format`: a noun phrase without article, read after "Formato:" and, in `nextRoundReply`, in parentheses after
 *   "el encuentro (", e.g. `"caso práctico"` ("espero con interés el encuentro (caso práctico)").
 * - `stage`: a short step name read after a colon, e.g. `"comprobación de referencias"`.
 * - `slots`: an already-formatted list, one option per line; it is placed on its own lines. In `nextRoundInvite` it is
 *   written `{{slots|…}}`: without slots, the fallback asks for the candidate's availability instead.
 * - `interviewers`: names written as a phrase, e.g. `"Ana Bermúdez y Tom Li"`.
 * - `salary`: an amount with its period, e.g. `"52.000 € brutos anuales"` (an amount `{ amount, currency, period? }` or a number is written for the locale).
 *
 * @example
 * ```ts
 * messages.thankYou.subject //=> "Gracias por la entrevista – {{role}}"
 * ```
 */
export const messages = {
  thankYou: {
    subject: 'Gracias por la entrevista – {{role}}',
    body: `Buenos días, {{interviewer.name}}:

Le agradezco sinceramente el tiempo que me dedicó para hablar sobre el puesto de {{role}} en {{company}}.

Me resultó especialmente valiosa su visión{{#interviewer.title}} como {{interviewer.title}}{{/interviewer.title}} sobre {{point}}. Es un tema muy ligado a mi propia trayectoria: {{connection}}. Me encantaría aportar esa experiencia a su equipo.

Nuestra conversación ha aumentado aún más mi entusiasmo por este puesto y por la posibilidad de incorporarme a {{company}}. Quedo a la espera de sus noticias sobre los próximos pasos.

Un cordial saludo,
{{candidate.name}}`,
  },
  followUp: {
    subject: 'Seguimiento de mi candidatura – {{role}}',
    body: `{{#recipient.name}}Buenos días, {{/recipient.name}}{{recipient.name|Estimado equipo de selección}}:

Espero que todo vaya bien. Escribo en relación con mi entrevista para el puesto de {{role}} en {{company}}, que tuvo lugar el {{interviewDate}}.{{#timelineDate}} Según me indicaron, esperaban tener una decisión para el {{timelineDate}}.{{/timelineDate}}

Mi interés por el puesto sigue intacto, y me encantaría formar parte de su equipo. ¿Sería posible saber si hay novedades sobre los plazos de su decisión? Entiendo que estos procesos requieren tiempo y agradezco de antemano cualquier información.

Un cordial saludo,
{{candidate.name}}`,
  },
  offerReply: {
    subject: 'Su oferta para el puesto de {{role}}',
    body: `{{#recipient.name}}Buenos días, {{/recipient.name}}{{recipient.name|Estimado equipo de selección}}:

Muchas gracias por ofrecerme el puesto de {{role}} en {{company}}. Es una noticia excelente, y la perspectiva de incorporarme a su equipo me ilusiona mucho.

Para poder revisarlo todo con calma, ¿sería posible recibir la oferta por escrito, con el salario, los beneficios y la fecha de incorporación?

También agradecería disponer de un poco de tiempo para valorarla: mi respuesta llegará, a más tardar, el {{decisionDate}}. Quedo a la espera de saber si este plazo es adecuado.

Un cordial saludo,
{{candidate.name}}`,
  },
  offerAccept: {
    subject: 'Aceptación de su oferta – {{role}}',
    body: `{{#recipient.name}}Buenos días, {{/recipient.name}}{{recipient.name|Estimado equipo de selección}}:

Es un placer aceptar su oferta para el puesto de {{role}} en {{company}}. Muchas gracias por la confianza depositada en mí.

{{#startDate}}Tengo muchas ganas de empezar el {{startDate}}. {{/startDate}}Quedo a su disposición para cualquier documento o formulario que haga falta antes de mi primer día.

Será un placer formar parte del equipo.

Un cordial saludo,
{{candidate.name}}`,
  },
  offerDecline: {
    subject: 'Su oferta para el puesto de {{role}}',
    body: `{{#recipient.name}}Buenos días, {{/recipient.name}}{{recipient.name|Estimado equipo de selección}}:

Muchas gracias por su oferta para el puesto de {{role}} en {{company}}, así como por el tiempo dedicado al proceso de selección.

Tras pensarlo detenidamente, he decidido no aceptar la oferta.{{#reason}} {{reason}}.{{/reason}} No ha sido una decisión fácil: he disfrutado mucho conociendo a su equipo y tengo a {{company}} en muy alta estima.

Me encantaría mantener el contacto, y espero que nuestros caminos vuelvan a cruzarse.

Un cordial saludo,
{{candidate.name}}`,
  },
  rejectionReply: {
    subject: 'Su mensaje sobre el puesto de {{role}}',
    body: `{{#recipient.name}}Buenos días, {{/recipient.name}}{{recipient.name|Estimado equipo de selección}}:

Gracias por su mensaje sobre el puesto de {{role}}. Aunque la noticia me decepciona, agradezco sinceramente el tiempo que me han dedicado y la ocasión de conocer {{company}} y a las personas que forman parte de ella.
{{#askFeedback}}

Si fuera posible, agradecería mucho recibir algunos comentarios sobre mis entrevistas; me ayudarían a seguir mejorando.
{{/askFeedback}}

Espero que volvamos a coincidir en el futuro. Mis mejores deseos para todo el equipo.

Un cordial saludo,
{{candidate.name}}`,
  },
  nextRoundReply: {
    subject: 'Próxima entrevista – {{role}}',
    body: `{{#recipient.name}}Buenos días, {{/recipient.name}}{{recipient.name|Estimado equipo de selección}}:

Muchas gracias por su invitación a la siguiente fase del proceso para el puesto de {{role}} en {{company}}. La acepto con mucho gusto{{#format}} y espero con interés el encuentro ({{format}}){{/format}}.

Mi disponibilidad es la siguiente:

{{slots}}

Si no resultara conveniente, buscaré con gusto otro momento. ¿Sería posible saber también cómo se desarrollará la siguiente fase, con quién me reuniré y si debo preparar algo?

Un cordial saludo,
{{candidate.name}}`,
  },
  withdrawal: {
    subject: 'Retirada de mi candidatura – {{role}}',
    body: `{{#recipient.name}}Buenos días, {{/recipient.name}}{{recipient.name|Estimado equipo de selección}}:

Con este mensaje deseo retirar mi candidatura al puesto de {{role}} en {{company}}.{{#reason}} {{reason}}.{{/reason}}

Muchas gracias por su tiempo y por las conversaciones mantenidas hasta ahora. Tengo en gran estima a su equipo y espero que nuestros caminos vuelvan a cruzarse.

Un cordial saludo,
{{candidate.name}}`,
  },
  statusUpdate: {
    subject: 'Estado de su candidatura – {{role}}',
    body: `Buenos días, {{candidate.name}}:

Gracias por su paciencia mientras completamos el proceso de selección para el puesto de {{role}} en {{company}}. Todavía no hemos tomado una decisión.{{#stage}} En este momento, el proceso se encuentra en la siguiente fase: {{stage}}.{{/stage}}

Prevemos ponernos en contacto con usted, a más tardar, el {{expectedDate}}. La espera se debe a nuestros procedimientos internos y no a una pérdida de interés en su candidatura.

Un cordial saludo,
{{recruiter.name}}`,
  },
  rejectionNotice: {
    subject: 'Su candidatura al puesto de {{role}}',
    body: `Buenos días, {{candidate.name}}:

Le agradecemos su interés en {{company}} y el tiempo que ha dedicado a nuestras entrevistas para el puesto de {{role}}.

Tras una valoración detenida, hemos decidido seguir adelante con otra candidatura. Hemos disfrutado mucho de las conversaciones con usted, y esta decisión responde a las necesidades concretas de este puesto.
{{#feedbackOffer}}

Si le resulta útil, con gusto le daré algunos comentarios sobre sus entrevistas. Basta con que responda a este mensaje y acordaremos una breve llamada.
{{/feedbackOffer}}

Le deseamos mucho éxito en sus próximos pasos.

Un cordial saludo,
{{recruiter.name}}`,
  },
  nextRoundInvite: {
    subject: 'Invitación a la siguiente entrevista – {{role}}',
    body: `Buenos días, {{candidate.name}}:

Gracias por su participación en las entrevistas para el puesto de {{role}} en {{company}}. Nos ha dejado una muy buena impresión, y nos gustaría contar con usted en la siguiente fase.

Formato: {{format}}{{#interviewers}}
Se reunirá con: {{interviewers}}{{/interviewers}}

{{#slots}}Nuestra disponibilidad es la siguiente:

{{/slots}}{{slots|Indíquenos, por favor, su disponibilidad para los próximos días.}}{{#slots}}

Por favor, indíquenos qué le viene mejor.{{/slots}} Si tiene cualquier pregunta sobre la siguiente fase, no dude en escribirme.

Un cordial saludo,
{{recruiter.name}}`,
  },
  referenceRequest: {
    subject: 'Solicitud de referencias – {{candidate.name}}',
    body: `Buenos días, {{referee.name}}:

Me llamo {{recruiter.name}} y me encargo de la selección para el puesto de {{role}} en {{company}}. {{candidate.name}} ha presentado su candidatura a este puesto y nos ha facilitado su nombre como referencia.

¿Le sería posible compartir con nosotros su experiencia de trabajo con {{candidate.name}}? Nos gustaría confirmar las fechas y las responsabilidades del puesto que ocupaba, y saber cómo describiría la forma de trabajar de {{candidate.name}} y su relación con los compañeros.

Nos vendría igual de bien una respuesta por correo electrónico o una breve llamada{{#deadline}}, a ser posible a más tardar el {{deadline}}{{/deadline}}. Trataremos la información que nos facilite de forma confidencial.

Un cordial saludo,
{{recruiter.name}}`,
  },
  offerNotice: {
    subject: 'Oferta de empleo – {{role}}',
    body: `Buenos días, {{candidate.name}}:

Tengo el placer de ofrecerle el puesto de {{role}} en {{company}}. El equipo ha quedado muy satisfecho con las entrevistas, y nos encantaría darle la bienvenida.

{{#salary}}Salario: {{salary}}
{{/salary}}{{#startDate}}Fecha de incorporación prevista: {{startDate}}
{{/startDate}}Recibirá por separado la oferta por escrito con todos los detalles, incluidos los beneficios.

Le rogamos que nos comunique su decisión a más tardar el {{responseDate}}. Si mientras tanto tiene cualquier pregunta, quedo a su disposición para resolverla.

Un cordial saludo,
{{recruiter.name}}`,
  },
} as const satisfies MessageTexts;

/**
 * How each checklist format is named inside a message (Spanish), for the `format` field of `nextRoundReply` and
 * `nextRoundInvite` (R10): read after "Formato:" (in `nextRoundReply` in parentheses), so any of them reads as it is.
 */
export const prepFormatLabels = {
  executive: 'reunión con la dirección',
  'skills-assessment': 'prueba de competencias',
  'case-study': 'caso práctico',
  presentation: 'presentación',
  panel: 'entrevista con un panel',
  technical: 'entrevista técnica',
  general: 'entrevista',
} as const satisfies PrepFormatLabels;

/** How a phone, video or on-site round is named in the same places as {@link prepFormatLabels} (R10). */
export const mediumLabels = {
  phone: 'entrevista telefónica',
  video: 'entrevista por videollamada',
  onsite: 'entrevista presencial',
} as const satisfies InterviewMediumLabels;

/** How a salary's period is written after its amount (`offerNotice`, R8): "78.000 € pro Jahr". */
export const salaryPeriods = {
  year: 'al año',
  month: 'al mes',
  hour: 'por hora',
} as const satisfies SalaryPeriodWords;

/**
 * How each step of the hiring process is named to a candidate (Spanish, R3.5): short noun phrases that complete
 * the `statusUpdate` line naming the current step. The wording is neutral and says nothing about the outcome.
 */
export const hiringStages = {
  debrief: 'puesta en común del equipo de entrevistas',
  evaluation: 'evaluación según nuestros criterios',
  shortlist: 'preselección de candidaturas',
  references: 'comprobación de referencias',
  approvals: 'aprobaciones internas',
  offer: 'decisión final',
} as const satisfies HiringStagePhrases;
