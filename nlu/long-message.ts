import type { EmergencyAssessment } from './types';
import { MAX_INPUT_LENGTH, normalize } from './normalize';
import { assessAnchored } from './triage-anchored';

/**
 * The topic model reads the first MAX_INPUT_LENGTH characters of a message; a danger told
 * after them ("...et là il est devant ma porte avec un couteau") must still be caught. When
 * the beginning raises nothing, the rest is read in windows of that size, overlapping so
 * that a sentence cut at a window's edge is whole in the next one. A message the server
 * accepts (5,000 characters) is at most six windows, only for long calm beginnings.
 */
const OVERLAP = 200;

const STEP = MAX_INPUT_LENGTH - OVERLAP;

export function assessWhole(raw: string, first: EmergencyAssessment,
  assess: (normalized: string) => EmergencyAssessment): EmergencyAssessment {
  if (first.detected) {
    return first;
  }
  for (let start = STEP; start < raw.length; start += STEP) {
    const later = assess(normalize(raw.slice(start)));
    if (later.detected) {
      return later;
    }
  }
  // a calm question or past ahead of "mais là il est dans le jardin" must not calm it
  return assessAnchored(raw, first, assess);
}
