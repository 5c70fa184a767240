import { classifyReply, extractTimeline } from './src/classifier/index.js';
const ref = { reference: '2026-12-02T10:00:00-05:00', timeZone: 'America/New_York' };
const texts = [
  'Hi Jo,\n\nThank you for your time last week. Before we move forward, could you please send us the names and contact details of two professional references\nby Friday?\n\nBest regards,\nKim',
  'Hi Jo,\n\nThank you for your time last week. Before we move forward, could you please send us the names and contact details of two professional references by Friday?\n\nBest regards,\nKim',
  'Dear Jo,\n\nWe are delighted to offer you the position. Please sign and return the offer\nletter by Monday, December 7.\n\nKind regards,\nKim',
  'Sehr geehrte Frau Lee,\n\nvielen Dank für das Gespräch. Bitte senden Sie uns die Kontaktdaten von zwei\nReferenzen bis Freitag zu.\n\nMit freundlichen Grüßen\nKim',
  'Hi Jo,\n\nThanks for your patience. We are still interviewing and expect to make a decision\nby Friday.\n\nBest,\nKim',
];
for (const t of texts) {
  const c = classifyReply({ text: t }, ref);
  console.log(JSON.stringify(extractTimeline(t, ref)?.date ?? null), c.label, JSON.stringify(c.requests?.map((r: any) => [r.kind, r.due])));
}
