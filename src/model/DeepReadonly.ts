/**
 * `T` with every property and every array read-only, all the way down. The functions that only read
 * the model's data take their input as `DeepReadonly<Interview>`, `DeepReadonly<Application>`, …, so
 * an object written `as const`, a frozen one, one annotated `: Interview` and one returned by
 * `parseInterview` are all accepted. A readonly view never changes what is checked: a wrong
 * `format` or a missing field is still a type error.
 *
 * @example
 * ```ts
 * const interview = {
 *   id: 'round-1', company: 'Northwind', role: 'Data Engineer', round: 1, format: 'video',
 *   startedAt: '2026-11-24T10:00:00-05:00', endedAt: '2026-11-24T11:00:00-05:00',
 *   candidateTimeZone: 'America/New_York', employerTimeZone: 'America/New_York',
 *   interviewers: [{ id: 'lee', name: 'Lee Park', points: ['the move to event streaming'] }],
 * } as const;
 * const view: DeepReadonly<Interview> = interview; // what planFollowUp(interview, { calendar }) takes
 * ```
 */
export type DeepReadonly<T> =
  T extends (...args: never[]) => unknown ? T
    : T extends readonly (infer Item)[] ? readonly DeepReadonly<Item>[]
      : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
        : T;
