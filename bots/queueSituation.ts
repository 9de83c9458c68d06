import type { EmergencyAssessment } from '../nlu/types';
import { childSexualAbuse } from './childSexualAbuse';

/** Labels that say only "some danger": the gendarme's queue can tell more from the rest. */
const VAGUE = new Set(['uncertain', 'generic']);

/** Strangers in the home now: "on se fait cambrioler, ils sont encore dans la maison". */
const INTRUSION = new RegExp('\\b(?:cambriol\\w*|effraction|(?:entre|rentre)s? (?:chez|dans)|'
  + '(?:sont|est) (?:encore |toujours )?(?:dans|chez) (?:la maison|moi|nous|le jardin))');

/**
 * The first number given says who comes: 15 is the SAMU, whatever the label (18 is not
 * mapped: fires, road accidents and people trapped share it).
 */
const SERVICE_OF_FIRST: Readonly<Record<string, string>> = { 15: 'medical' };

/**
 * The situation shown in the gendarme's queue. The triage may give a vague label while its
 * numbers or the message say more (tester16's F11: a child who swallowed medicines, sent
 * to 15 first, was queued as "danger possible, à vérifier"; a burglary in progress as a
 * plain call for help): the queue must not understate what the citizen was told, nor call
 * a child's sexual abuse neglect.
 */
export function queueSituation(emergency: EmergencyAssessment, normalized: string):
  string | undefined {
  const { situation } = emergency;
  if (situation !== undefined && !VAGUE.has(situation)) {
    return childSexualAbuse(situation, normalized) ?? situation;
  }
  if (INTRUSION.test(normalized)) {
    return 'intrusion';
  }
  const first = emergency.numbers[0];
  return (first === undefined ? undefined : SERVICE_OF_FIRST[first]) ?? situation;
}
