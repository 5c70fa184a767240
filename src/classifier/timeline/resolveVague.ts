import type { TimelineContext } from './calendarContext.js';
import type { Groups, Lexicon, Resolved } from './types.js';

/** An estimate for a phrase that promises nothing firm: three business days, or two weeks for "weeks". */
export function resolveVagueUnit(unit: 'days' | 'weeks', ctx: TimelineContext): Resolved {
  return { kind: 'vague', date: unit === 'weeks' ? ctx.ref + 14 : ctx.days.addBusinessDays(ctx.ref, 3) };
}

/** "soon", "in the coming weeks", "zeitnah", "prochainement", "en breve": `vague`, never a firm date. */
export function resolveVague(g: Groups, lex: Lexicon, ctx: TimelineContext): Resolved | null {
  const unit = lex.vague.get(g.vague ?? '');
  return unit === undefined ? null : resolveVagueUnit(unit, ctx);
}
