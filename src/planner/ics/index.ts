export { toICS } from './toICS.js';
export type { IcsInput } from './toICS.js';
export { eventsToICS } from './eventsToICS.js';
export { planToIcsEvents } from './planToIcsEvents.js';
export { actionsToIcsEvents } from './actionsToIcsEvents.js';
export { icsUid } from './icsUid.js';
export { escapeIcsText } from './escapeIcsText.js';
export { foldIcsLine } from './foldIcsLine.js';
export type { IcsEvent, ToIcsOptions } from './types.js';
