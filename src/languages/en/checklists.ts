import type { PrepChecklistItems } from '../types.js';

/**
 * English preparation checklists for the next interview round (R10): six concrete steps per
 * announced format, written as imperatives. The other languages translate these lists item for item.
 */
export const checklists = {
  executive: [
    "Read the company's latest annual report, strategy statements and recent news.",
    'Prepare a two-minute summary of the value you would bring to the business.',
    'Link your achievements to results leaders care about, such as revenue, cost, risk or growth.',
    "Think through how the role supports the department's goals for the coming year.",
    'Prepare two or three strategic questions about priorities and challenges.',
    'Look up the executives you will meet and their areas of responsibility.',
  ],
  'skills-assessment': [
    'Ask which skills will be tested, in what format, with which tools and how much time.',
    'Practise with timed exercises similar to the assessment.',
    'Check your equipment, software and internet connection the day before.',
    'Match each skill in the job description to an example from your own work.',
    'Read every instruction carefully before starting, and plan your time.',
    'Show your reasoning where you can: a clear approach counts even when an answer is incomplete.',
  ],
  'case-study': [
    'Practise breaking a business problem into its parts before proposing a solution.',
    "Learn the company's market, main competitors and business model.",
    'Refresh the figures you may need: market sizing, margins and simple break-even sums.',
    'Ask clarifying questions and state your assumptions out loud.',
    'Structure your answer: problem, analysis, recommendation, risks and next steps.',
    'Rehearse with a friend or with published sample cases, under time pressure.',
  ],
  presentation: [
    'Confirm the topic, the audience, the time limit and the equipment available.',
    'Build a clear storyline: the problem, your approach, the results and a recommendation.',
    'Keep slides simple and bring a backup copy in a second format.',
    'Rehearse out loud with a timer, leaving room for questions.',
    'Anticipate likely questions and prepare short answers.',
    "Tailor your examples to the company's products and challenges.",
  ],
  panel: [
    'Find out who will sit on the panel and what role each person has.',
    "Prepare examples that speak to each panellist's area, whether technical, business or team.",
    'Answer the person who asked while keeping the whole panel involved.',
    'Bring enough copies of your CV for everyone.',
    'Prepare questions for different members of the panel.',
    'Write down every name so that each person can receive their own thank-you note afterwards.',
  ],
  technical: [
    'Review the technologies and languages named in the job description.',
    'Practise solving problems out loud, explaining trade-offs as you go.',
    'Refresh the fundamentals the role relies on, such as data structures, algorithms or system design.',
    'Prepare to walk through a past project in depth: your decisions and what you would change.',
    'Test your setup for remote coding: editor, camera, microphone and screen sharing.',
    'Ask clarifying questions before writing code, and check your solution with examples.',
  ],
  general: [
    'Reread the job description and your own application.',
    'Prepare three or four concrete examples of your achievements: situation, task, action and result.',
    "Research the company's products, culture and recent news.",
    'Prepare thoughtful questions about the role, the team and the next steps.',
    'Plan the practical side: time, place or video link, and a contact person.',
    'Review your notes from the previous interview and build on what was discussed.',
  ],
} as const satisfies PrepChecklistItems;
