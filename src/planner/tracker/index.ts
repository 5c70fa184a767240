export { applyEvent } from './applyEvent.js';
export { insertEvent } from './insertEvent.js';
export { status } from './status.js';
export { nextActions } from './nextActions.js';
export { summarize } from './summarize.js';
export { teamView } from './teamView.js';
export type { TeamView, TeamViewNoNewsOwed, TeamViewOwingNews } from './teamView.js';
// From a reply read by interview-followup/classifier to the tracker's event and the model's timeline.
export { replyEvent } from './replyEvent.js';
export type { ReplyEventExtras, ReplyEventSource } from './replyEvent.js';
export { toTimeline } from './toTimeline.js';
export { TERMINAL_STATES, TRACKER_STATES, TRANSITION_COLUMNS, TRANSITIONS } from './transitions.js';
export type {
  ActionKind, ActionPriority, ActionRuleId, ApplyEventOptions, CalendarFor, NextAction, PipelineSummary,
  PipelineWarning, TrackerContext, TrackerState, TransitionColumn,
} from './types.js';
// What a reply asks of the candidate, as `NextAction.request` carries it (the schemas: interview-followup/model).
export type { EmployerRequest, EmployerRequestKind } from '../../model/Event.js';
