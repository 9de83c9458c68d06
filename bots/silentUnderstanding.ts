import type { Understanding } from '../nlu/types';

/**
 * The understanding of an activity without text (typing, events, a card's submitted
 * value): nothing to classify, no danger revealed, and no recogniser call.
 */
export function silentUnderstanding(): Understanding {
  return {
    text: '',
    normalized: '',
    topic: 'none',
    score: 0,
    alternatives: [],
    ambiguous: false,
    emergency: { detected: false, numbers: [] },
  };
}
