import type { HiringStagePhrases, InterviewMediumLabels, MessageTexts, SalaryPeriodWords, PrepFormatLabels } from '../types.js';

/**
 * Built-in English messages: 13 kinds, candidate side and recruiter side (R1, R3.5, R5, R8–R10).
 *
 * Syntax per the template contract: `{{path}}` (required), `{{path|fallback}}`, and
 * `{{#path}}…{{/path}}` for optional content. Dates arrive already formatted for the locale.
 *
 * Shape of the free-text values the sentences expect (English):
 * - `role`: the job title as a noun phrase without article, e.g. `"Senior Backend Engineer"`.
 * - `point` (thankYou, R1.3 b): a noun phrase naming what was discussed with that interviewer,
 *   read after "your perspective on", e.g. `"your team's plan to move billing to event sourcing"`.
 * - `connection` (thankYou, R1.3 c): a first-person clause without a final full stop, read after
 *   a colon, e.g. `"I led a similar migration at Acme"`.
 * - `interviewer.title`: a job title read after "as", e.g. `"Head of Platform"`.
 * - `reason` (offerDecline, withdrawal): one or more complete sentences (a full stop is added to the last one when it has
 *   no final punctuation), e.g. `"I have accepted a role closer to home."`.
 * - `format`: a noun phrase, with or without an article, read after "Format:" and, in `nextRoundReply`, in parentheses
 *   ("look forward to the meeting (case study)"), e.g. `"case study"` or `"a short chat with the CTO"`.
 * - `stage`: a short step name read after a colon, e.g. `"reference checks"`.
 * - `slots`: an already-formatted list, one option per line; it is placed on its own lines. In `nextRoundInvite` it is
 *   written `{{slots|…}}`: without slots, the fallback asks for the candidate's availability instead.
 * - `interviewers`: a list of names written as a phrase, e.g. `"Anna Berger and Tom Li"`.
 * - `salary`: an amount with its period, e.g. `"EUR 78,000 per year"` (an amount `{ amount, currency, period? }` or a number is written for the locale).
 *
 * @example
 * ```ts
 * messages.followUp.subject //=> "Following up on my {{role}} interview"
 * ```
 */
export const messages = {
  thankYou: {
    subject: 'Thank you for the interview – {{role}}',
    body: `Dear {{interviewer.name}},

Thank you for taking the time to speak with me about the {{role}} role at {{company}}.

I especially valued your perspective{{#interviewer.title}} as {{interviewer.title}}{{/interviewer.title}} on {{point}}. It ties in closely with my own experience: {{connection}}. I would be glad to bring that experience to your team.

Our conversation has made me even more excited about this position and about joining {{company}}. I look forward to hearing about the next steps.

Kind regards,
{{candidate.name}}`,
  },
  followUp: {
    subject: 'Following up on my {{role}} interview',
    body: `Dear {{recipient.name|Hiring Team}},

I hope you are well. I am writing about my interview for the {{role}} position at {{company}} on {{interviewDate}}.{{#timelineDate}} You had mentioned that you expected to share news by {{timelineDate}}.{{/timelineDate}}

My interest in the role remains strong, and I would still very much like to contribute to your team. Could you let me know whether there is any update on the timeline for your decision? I understand that these steps take time, and I appreciate anything you can share.

Kind regards,
{{candidate.name}}`,
  },
  offerReply: {
    subject: 'Your offer for the {{role}} position',
    body: `Dear {{recipient.name|Hiring Team}},

Thank you very much for offering me the {{role}} position at {{company}}. I am delighted, and I am genuinely excited about the prospect of joining your team.

So that I can review everything carefully, could you please send me the offer in writing, including the salary, the benefits and the proposed start date?

I would also appreciate a little time to consider it, and I will give you my answer by {{decisionDate}}. Please let me know if that works for you.

Kind regards,
{{candidate.name}}`,
  },
  offerAccept: {
    subject: 'Accepting your offer – {{role}}',
    body: `Dear {{recipient.name|Hiring Team}},

I am delighted to accept your offer for the {{role}} position at {{company}}. Thank you for the confidence you have placed in me.

{{#startDate}}I look forward to starting on {{startDate}}. {{/startDate}}Please let me know if you need anything from me before my first day, such as documents or forms to complete.

It will be a pleasure to work with you and the team.

Kind regards,
{{candidate.name}}`,
  },
  offerDecline: {
    subject: 'Your offer for the {{role}} position',
    body: `Dear {{recipient.name|Hiring Team}},

Thank you very much for offering me the {{role}} position at {{company}}, and for the time you and your colleagues invested in the process.

After careful consideration, I have decided not to accept the offer.{{#reason}} {{reason}}.{{/reason}} This was not an easy decision: I enjoyed getting to know your team and hold {{company}} in high regard.

I would be glad to stay in touch, and I hope our paths cross again.

Kind regards,
{{candidate.name}}`,
  },
  rejectionReply: {
    subject: 'Thank you – {{role}} position',
    body: `Dear {{recipient.name|Hiring Team}},

Thank you for letting me know your decision about the {{role}} position. While I am naturally disappointed, I am grateful for the time you and your colleagues gave me, and I valued getting to know {{company}} and the people behind it.
{{#askFeedback}}

If you are able to share any feedback on my interviews, I would appreciate it very much; it would help me keep improving.
{{/askFeedback}}

I hope we will have the chance to meet again, and I wish you and the team all the best.

Kind regards,
{{candidate.name}}`,
  },
  nextRoundReply: {
    subject: 'Next interview for the {{role}} position',
    body: `Dear {{recipient.name|Hiring Team}},

Thank you for inviting me to the next stage for the {{role}} position at {{company}}. I am very glad to accept{{#format}} and look forward to the meeting ({{format}}){{/format}}.

Here is my availability:

{{slots}}

If you would prefer another time, I will gladly find one. Could you also let me know how the next round will run, who I will be meeting, and whether there is anything I should prepare?

Kind regards,
{{candidate.name}}`,
  },
  withdrawal: {
    subject: 'Withdrawing my application – {{role}}',
    body: `Dear {{recipient.name|Hiring Team}},

I am writing to let you know that I would like to withdraw my application for the {{role}} position at {{company}}.{{#reason}} {{reason}}.{{/reason}}

Thank you for the time you have given me and for our conversations so far. I think highly of your team, and I hope our paths cross again.

Kind regards,
{{candidate.name}}`,
  },
  statusUpdate: {
    subject: 'Update on your application – {{role}}',
    body: `Dear {{candidate.name}},

Thank you for your patience while we complete our process for the {{role}} position at {{company}}. I would like to let you know that we have not yet reached a decision.{{#stage}} We are currently at this stage: {{stage}}.{{/stage}}

We now expect to be in touch with you by {{expectedDate}}. The wait is due to our internal steps, not to any change in our interest in your application.

Kind regards,
{{recruiter.name}}`,
  },
  rejectionNotice: {
    subject: 'Your application for the {{role}} position',
    body: `Dear {{candidate.name}},

Thank you for your interest in {{company}} and for the time you invested in our interviews for the {{role}} position.

After careful consideration, we have decided to move forward with another candidate. We appreciated getting to know you, and this decision reflects the particular needs of this role.
{{#feedbackOffer}}

If it would be helpful, I would be happy to share some feedback on your interviews. Simply reply to this message and we can arrange a short call.
{{/feedbackOffer}}

We wish you every success in your next steps.

Kind regards,
{{recruiter.name}}`,
  },
  nextRoundInvite: {
    subject: 'Invitation to the next interview – {{role}}',
    body: `Dear {{candidate.name}},

Thank you for interviewing with us for the {{role}} position at {{company}}. You made a very good impression on us, and we would like to invite you to the next round.

Format: {{format}}{{#interviewers}}
You will meet: {{interviewers}}{{/interviewers}}

{{#slots}}We can offer you the following:

{{/slots}}{{slots|Please let us know your availability.}}{{#slots}}

Please reply to let us know what suits you.{{/slots}} Feel free to ask any questions about the next round.

Kind regards,
{{recruiter.name}}`,
  },
  referenceRequest: {
    subject: 'Reference request for {{candidate.name}}',
    body: `Dear {{referee.name}},

My name is {{recruiter.name}}, and I am part of the hiring team at {{company}}. {{candidate.name}} has applied for our {{role}} position and has named you as a reference.

Would you be willing to share your experience of working with {{candidate.name}}? We would like to confirm when you worked together and what the role involved, and to hear how you would describe their approach to work and to colleagues.

A reply by email or a short call would both be very welcome{{#deadline}}, ideally by {{deadline}}{{/deadline}}. Anything you share will be treated confidentially.

Kind regards,
{{recruiter.name}}`,
  },
  offerNotice: {
    subject: 'Job offer – {{role}} at {{company}}',
    body: `Dear {{candidate.name}},

I am delighted to offer you the {{role}} position at {{company}}. The team very much enjoyed getting to know you, and we would be glad to welcome you on board.

{{#salary}}Salary: {{salary}}
{{/salary}}{{#startDate}}Proposed start date: {{startDate}}
{{/startDate}}The written offer with all details, including benefits, will follow separately.

Please let us know your decision by {{responseDate}}. If you have any questions in the meantime, I am happy to talk them through.

Kind regards,
{{recruiter.name}}`,
  },
} as const satisfies MessageTexts;

/**
 * How each checklist format is named inside a message (English), for the `format` field of `nextRoundReply` and
 * `nextRoundInvite` (R10): read in parentheses ("look forward to the meeting (case study)") and after "Format:".
 */
export const prepFormatLabels = {
  executive: 'meeting with the leadership team',
  'skills-assessment': 'skills assessment',
  'case-study': 'case study',
  presentation: 'presentation',
  panel: 'panel interview',
  technical: 'technical interview',
  general: 'interview',
} as const satisfies PrepFormatLabels;

/** How a phone, video or on-site round is named in the same places as {@link prepFormatLabels} (R10). */
export const mediumLabels = {
  phone: 'phone interview',
  video: 'video interview',
  onsite: 'on-site interview',
} as const satisfies InterviewMediumLabels;

/** How a salary's period is written after its amount (`offerNotice`, R8): "78.000 € pro Jahr". */
export const salaryPeriods = {
  year: 'per year',
  month: 'per month',
  hour: 'per hour',
} as const satisfies SalaryPeriodWords;

/**
 * How each step of the hiring process is named to a candidate (English, R3.5): short noun phrases that complete
 * the `statusUpdate` line naming the current step. The wording is neutral and says nothing about the outcome.
 */
export const hiringStages = {
  debrief: 'interview team debrief',
  evaluation: 'evaluation against our criteria',
  shortlist: 'shortlisting of candidates',
  references: 'reference checks',
  approvals: 'internal approvals',
  offer: 'final decision',
} as const satisfies HiringStagePhrases;
