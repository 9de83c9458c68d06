import type { Said } from '../bots/harness';

/** A pré-plainte interrupted by a danger, as the hand-back specs replay it. */
export const START = 'je veux porter plainte';
export const DANGER = 'au secours il revient il a un couteau';
export const GENDARME = 'parler à un gendarme';
export const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: DANGER, emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } },
];
