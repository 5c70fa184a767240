import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { isFollowUpError } from '../errors.js';
import { renderMessage } from '../templates/renderMessage.js';
import { thrown } from '../../test/helpers/thrown.js';
import { candidateFacingStage, HIRING_STAGES } from './candidateFacingStage.js';
import { offerReadiness } from './offerReadiness.js';
import { HIRING_STAGE_PHRASES, stagePhrase } from './stagePhrase.js';

describe('candidateFacingStage', () => {
  it('R3.5: the documented example', () => {
    expect(candidateFacingStage({ shortlisted: true, references: { complete: false } })).toBe('references');
  });

  it('R3.5: walks the process in order, naming the latest step reached', () => {
    expect(candidateFacingStage({})).toBe('debrief');
    expect(candidateFacingStage({ debrief: { waitingFor: ['kim'] } })).toBe('debrief');
    expect(candidateFacingStage({ debrief: { waitingFor: [] } })).toBe('evaluation');
    expect(candidateFacingStage({ evaluated: true })).toBe('evaluation');
    expect(candidateFacingStage({ debrief: { waitingFor: [] }, shortlisted: true })).toBe('shortlist');
    expect(candidateFacingStage({ shortlisted: true, references: { complete: false }, approvals: { status: 'pending' } })).toBe('references');
    expect(candidateFacingStage({ shortlisted: true, references: { complete: true }, approvals: { status: 'pending' } })).toBe('approvals');
    expect(candidateFacingStage({ approvals: { status: 'pending' } })).toBe('approvals');
    expect(candidateFacingStage({ references: { complete: true } })).toBe('approvals');
    expect(candidateFacingStage({ references: { complete: true }, approvals: { status: 'approved' } })).toBe('offer');
  });

  it('R3.5: accepts offerReadiness() as it is', () => {
    const calendar = createCalendar();
    const readiness = offerReadiness(
      { candidateId: 'c', referees: [{ id: 'r', name: 'R', requestedOn: '2026-12-07', completedOn: '2026-12-08' }] },
      { candidateId: 'c', mode: 'parallel', startedOn: '2026-12-07', steps: [{ id: 'f', approver: 'Finance' }] },
      '2026-12-09', { calendar },
    );
    expect(candidateFacingStage({ readiness })).toBe('approvals');
  });

  it('R3.5: its phrase completes the statusUpdate message in every language', () => {
    const stage = candidateFacingStage({ references: { complete: false } });
    const data = { recruiter: { name: 'Sam Lee' }, candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', expectedDate: '2026-12-18' };
    expect(renderMessage('statusUpdate', { ...data, stage: stagePhrase(stage, 'en') }, { locale: 'en' }).text)
      .toContain('We are currently at this stage: reference checks.');
    expect(renderMessage('statusUpdate', { ...data, stage: stagePhrase(stage, 'de-DE') }, { locale: 'de-DE' }).text)
      .toContain('Derzeit befindet sich das Verfahren in folgendem Schritt: Einholung von Referenzen.');
    expect(renderMessage('statusUpdate', { ...data, stage: stagePhrase(stage, 'fr') }, { locale: 'fr' }).text).toContain('vérification des références.');
    expect(renderMessage('statusUpdate', { ...data, stage: stagePhrase(stage, 'es') }, { locale: 'es' }).text).toContain('comprobación de referencias.');
  });

  it('R3.5: every stage has a distinct, non-empty phrase in en, de, fr, es and pt; another language needs an explicit fallback', () => {
    for (const phrases of Object.values(HIRING_STAGE_PHRASES)) {
      expect(Object.keys(phrases)).toEqual([...HIRING_STAGES]);
      const values = Object.values(phrases);
      expect(new Set(values).size).toBe(values.length);
      for (const v of values) expect(v.trim().length).toBeGreaterThan(0);
    }
    expect(stagePhrase('approvals', 'ja-JP', { fallback: 'en' })).toBe('internal approvals');
    expect(isFollowUpError(thrown(() => stagePhrase('approvals', 'ja-JP')), 'INVALID_ARGUMENT')).toBe(true);
    expect(stagePhrase('references', 'fr-CA')).toBe('vérification des références');
    expect(Object.keys(HIRING_STAGE_PHRASES)).toEqual(['en', 'de', 'fr', 'es', 'pt']);
    expect(stagePhrase('references', 'pt-BR')).toBe('verificação de referências');
    // Swiss and Liechtenstein German write "ss" for every "ß", as the messages do.
    expect(stagePhrase('offer', 'de')).toBe('abschließende Entscheidung');
    expect(stagePhrase('offer', 'de-CH')).toBe('abschliessende Entscheidung');
    expect(stagePhrase('offer', 'de-LI')).toBe('abschliessende Entscheidung');
    expect((thrown(() => stagePhrase('offer', 'it')) as Error).message).toContain('pass { fallback: "en" }');
  });

  it('R3.5: stagePhrase options are { fallback? }: a string or an unknown key is an InvalidArgumentError', () => {
    expect((thrown(() => stagePhrase('offer', 'it', 'en' as never)) as Error).message).toBe('Invalid options "en": expected an object { fallback? }.');
    expect((thrown(() => stagePhrase('offer', 'it', { fallBack: 'en' } as never)) as Error).message).toBe('Invalid options key "fallBack": expected one of fallback (did you mean "fallback"?).');
  });

  it('R3.5: the whole Debrief, or a value of the wrong kind, is an InvalidArgumentError rather than a wrong stage', () => {
    const calendar = createCalendar();
    const readiness = offerReadiness(
      { candidateId: 'c', referees: [{ id: 'r', name: 'R', requestedOn: '2026-12-07', completedOn: '2026-12-08' }] },
      { candidateId: 'c', mode: 'parallel', startedOn: '2026-12-07', steps: [{ id: 'f', approver: 'Finance' }] },
      '2026-12-09', { calendar },
    );
    const whole = { candidates: [{ waitingFor: ['kim'] }], ready: false };
    expect((thrown(() => candidateFacingStage({ debrief: whole } as never)) as Error).message)
      .toBe('Invalid state.debrief.waitingFor (missing): expected an array of interviewer ids: pass one candidate of debrief(...).candidates, not the whole Debrief.');
    expect((thrown(() => candidateFacingStage({ shortlisted: 'true' } as never)) as Error).message)
      .toBe('Invalid state.shortlisted "true": expected true or false, or no value.');
    expect((thrown(() => candidateFacingStage({ evaluated: 1 } as never)) as Error).message).toContain('Invalid state.evaluated 1');
    expect((thrown(() => candidateFacingStage({ references: { complete: 'yes' } } as never)) as Error).message)
      .toBe('Invalid state.references.complete "yes": expected true or false.');
    expect((thrown(() => candidateFacingStage({ approvals: { status: 'done' } } as never)) as Error).message)
      .toBe('Invalid state.approvals.status "done": expected one of "approved", "pending", "rejected".');
    expect((thrown(() => candidateFacingStage({ readiness: { ...readiness, status: 'go' } } as never)) as Error).message)
      .toBe('Invalid state.readiness.status "go": expected one of "ready", "blocked".');
    expect((thrown(() => candidateFacingStage({ readiness: { ...readiness, approvals: { status: 'ok' } } } as never)) as Error).message)
      .toBe('Invalid state.readiness.approvals.status "ok": expected one of "approved", "pending", "rejected".');
  });

  it('R3.5: a state that is not an object, an unknown key, an unknown stage or a malformed locale are InvalidArgumentErrors', () => {
    expect(isFollowUpError(thrown(() => candidateFacingStage(null as never)), 'INVALID_ARGUMENT')).toBe(true);
    expect((thrown(() => candidateFacingStage({ offered: true } as never)) as Error).message).toContain('state key "offered"');
    expect((thrown(() => stagePhrase('hired' as never, 'en')) as Error).message).toContain('Invalid stage "hired"');
    expect(isFollowUpError(thrown(() => stagePhrase('offer', 'not a locale!')), 'INVALID_ARGUMENT')).toBe(true);
  });
});
