import { strict as assert } from 'node:assert';
import { applyEvent, classifyReply, createCalendar, nextActions, replyEvent } from 'interview-followup';
import type { Application } from 'interview-followup';

const application: Application = {
  id: 'app-2', company: 'Acme', role: 'Product Analyst',
  interviews: [{
    id: 'r1', company: 'Acme', role: 'Product Analyst', round: 1, format: 'video',
    startedAt: '2026-12-01T15:00:00+01:00', endedAt: '2026-12-01T16:00:00+01:00',
    candidateTimeZone: 'Europe/Berlin', employerTimeZone: 'Europe/Berlin',
    interviewers: [{ id: 'mia', name: 'Mia Wolf', points: ['the pricing experiments'] }],
  }],
  events: [{ type: 'interview-held', at: '2026-12-01T16:00:00+01:00' }],
};

// The employer's email, pasted by the user (R7).
const email = `Hi Jordan,
Thanks again for your time last week. We enjoyed the conversation and would like to invite you to a
final round with our VP of Product. Could you share a few slots for next week?
Best, Mia`;

const received = { reference: '2026-12-07T09:12:00+01:00', timeZone: 'Europe/Berlin' };
const reply = classifyReply(email, received);
console.log(`${reply.label} (${reply.topic}), confidence ${reply.confidence.toFixed(2)}, needs review: ${reply.needsReview}`);
console.log(`asks for: ${reply.requests.map((r) => r.kind).join(', ')}`);
console.log(`words that weighed most: ${reply.evidence.map((e) => `"${e.text}"`).join(', ')}`);
assert.equal(reply.label, 'next_round');
assert.ok(reply.requests.some((r) => r.kind === 'send_availability'));

// classify → applyEvent → nextActions
const updated = applyEvent(application, replyEvent(reply, '2026-12-07T09:12:00+01:00', { text: email }));
const actions = nextActions(updated, '2026-12-07T09:30:00+01:00', { calendar: createCalendar() });
console.log(`next: ${actions.map((a) => `${a.kind} (${a.rule})`).join(', ')}`);
assert.ok(actions.some((a) => a.kind === 'reply-to-next-round'));
