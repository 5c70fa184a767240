import { strict as assert } from 'node:assert';
import { defineTemplate, isFollowUpError } from 'interview-followup';

// Your own wording, with the same guarantees: fields are inferred from the text, so a missing one
// is a compile-time error; at run time an empty value throws instead of sending "Dear ,".
const nudge = defineTemplate({
  subject: 'Checking in about the {{role}} role',
  body: `Dear {{recipient.name|hiring team}},

I hope all is well. I remain very interested in the {{role}} role at {{company}}.{{#timeline}}
You mentioned news by {{timeline}}; is there an update?{{/timeline}}

Best regards,
{{candidate.name}}`,
});

const message = nudge.render({ role: 'Data Engineer', company: 'Northwind', candidate: { name: 'Jordan Reyes' } });
console.log(message.text);
assert.match(message.text, /^Dear hiring team,/);

try {
  nudge.render({ role: ' ', company: 'Northwind', candidate: { name: '' } });
} catch (e) {
  assert.ok(isFollowUpError(e, 'MISSING_FIELD'));
  console.log(e.message); // lists every missing field at once
}
