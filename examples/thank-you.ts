import { strict as assert } from 'node:assert';
import { draftThankYouNotes } from 'interview-followup';

// One personal note per interviewer (R1.1), each built on what was discussed with that person
// (R1.3), so no two interviewers receive the same text (R1.5).
const notes = draftThankYouNotes(
  {
    company: 'Northwind', role: 'Data Engineer',
    interviewers: [
      { id: 'lee', name: 'Lee Park', title: 'Head of Data', points: ['your plan to move reporting onto event streams'] },
      { id: 'sam', name: 'Sam Ortiz', points: ['the way your team shares on-call'] },
    ],
  },
  { name: 'Jordan Reyes', connection: 'I ran a similar migration at my current job' },
  { locale: 'en' },
);
for (const note of notes) console.log(`To: ${note.to.name}\nSubject: ${note.subject}\n\n${note.text}\n---`);
assert.equal(notes.length, 2);
assert.notEqual(notes[0]!.text, notes[1]!.text);
assert.ok(notes.every((n) => n.wordCount <= 150)); // R1.4
