/** Where the dev server answers commands with the real core (../../devCore.ts). */
export const ANSWER_PATH = '/__waypoint/answer';
