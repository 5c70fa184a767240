export { eventsToICS, icsUid } from './toICS.js';
export { escapeIcsText } from './escapeIcsText.js';
export { foldIcsLine } from './foldIcsLine.js';
export type { IcsEvent, ToIcsOptions } from './types.js';
