import type { Understanding } from '../nlu/types';

/**
 * One's own child, a minor: "ma fille de 13 ans", "mon fils de 8 ans". Read
 * apart from the triage's words (other work owns those): only the age told with the child.
 */
const OWN_MINOR = new RegExp('\\b(?:ma fille|mon fils|mon enfant|ma petite|mon petit|'
  + 'ma gamine|mon gamin|ma niece|mon neveu)(?: qui a)? (?:de )?(?:[1-9]|1[0-7]) ans\\b');

/** The lowest topic score read as the subject of the message. */
const MIN_SCORE = 0.5;

/**
 * Topics whose message, about one's own minor child, is a danger now (t97: "ma fille de 13
 * ans parle avec un adulte sur snap qui lui demande des photos et veut la voir demain" got
 * « Êtes-vous en sécurité ? » and nothing queued; "ma fille de 15 ans n'est pas rentrée hier
 * soir" the 17 and nothing queued): a missing minor is reported at once, without delay.
 */
const CHILD_TOPICS: Readonly<Record<string, { situation: string; numbers: string[] }>> = {
  'faq.child_in_danger': { situation: 'child_danger', numbers: ['17', '119', '112'] },
  'faq.missing_person': { situation: 'missing_child', numbers: ['17', '112', '119'] },
};

/**
 * The understanding with an emergency when the triage saw none and the message is a child
 * in danger or missing, told by a parent: queued as any emergency, the 119 among its
 * numbers. Unchanged otherwise.
 */
export function withChildDanger(understanding: Understanding): Understanding {
  const found = CHILD_TOPICS[understanding.topic];
  if (understanding.emergency.detected || found === undefined || understanding.ambiguous
    || understanding.score < MIN_SCORE || !OWN_MINOR.test(understanding.normalized)) {
    return understanding;
  }
  return { ...understanding, emergency: { detected: true, numbers: [...found.numbers],
    situation: found.situation } };
}
