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

/**
 * Who the story is about is said at its head ("ma mère a Alzheimer"), the danger at its end
 * ("on ne la trouve pas, la nuit tombe"), windows apart: each later window is also read
 * after the head. At most the overlap, so that the window still reaches the next one.
 */
const HEAD = OVERLAP;

function headOf(raw: string): string {
  if (raw.length <= HEAD) {
    return raw;
  }

  const head = raw.slice(0, HEAD);
  const lastSpace = head.lastIndexOf(' ');
  return lastSpace > 0 ? head.slice(0, lastSpace) : head;
}

export function assessWhole(raw: string, first: EmergencyAssessment,
  assess: (normalized: string) => EmergencyAssessment): EmergencyAssessment {
  if (first.detected) {
    return first;
  }

  const head = headOf(raw);
  for (let start = STEP; start < raw.length; start += STEP) {
    const window = raw.slice(start);
    const later = assess(normalize(window));
    if (later.detected) {
      return later;
    }

    const framed = assess(normalize(`${head} … ${window}`));
    if (framed.detected) {
      return framed;
    }
  }

  // a calm question or past ahead of "mais là il est dans le jardin" must not calm it
  return assessAnchored(raw, first, assess);
}
