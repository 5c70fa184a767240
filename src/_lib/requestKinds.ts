/**
 * What an employer's message can ask the candidate to do (R7), in one list that the reply reader, the event model
 * and the tracker share. No zod here, so the classifier and the planner can use it without bundling schemas.
 */
export const REQUEST_KIND_LIST = [
  'send_availability', 'book_slot', 'send_references', 'send_documents', 'complete_assessment', 'respond_to_offer',
  'sign_offer', 'confirm_attendance',
] as const;

/** One entry of {@link REQUEST_KIND_LIST}. */
export type RequestKindName = (typeof REQUEST_KIND_LIST)[number];

/** What an employer's reply says (R7): the outcomes of the event model, shared with the tracker without zod. */
export const REPLY_OUTCOME_LIST = ['offer', 'rejection', 'next_round', 'reference_check', 'pending', 'other'] as const;
