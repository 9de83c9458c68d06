import type { Content } from '../content/renderer';
import type { EmergencyAssessment } from '../nlu/types';

/** When triage detects danger without naming a service, the general numbers still apply. */
const DEFAULT_NUMBERS = ['17', '112'];

export interface EmergencyService {
  number: string;
  purpose: string;
}

/** The numbers to show, most fitting first, each with what it is for. */
export function emergencyServices(
  assessment: EmergencyAssessment,
  content: Content,
): EmergencyService[] {
  const numbers = assessment.numbers.length > 0 ? assessment.numbers : DEFAULT_NUMBERS;
  const unique = [...new Set(numbers)];
  return unique.map((number) => {
    const key = `emergency/numbers.${number}`;
    const purpose = content.render(content.has(key) ? key : 'emergency/numbers.other');
    return { number, purpose };
  });
}

/**
 * `agentHere`: a gendarme already holds the conversation, and is told by the gate.
 * `formTold`: a form was under way, and what becomes of it (stopped, kept for later,
 * closed) is said after the queue message: the answer's own "vous pouvez continuer là où
 * vous en étiez" would contradict a stop (a fresh tester saw both in a row).
 */
export function renderEmergencyAnswer(assessment: EmergencyAssessment, content: Content,
  agentHere = false, formTold = false): string {
  return content.render('bot/emergency',
    { services: emergencyServices(assessment, content), agentHere,
      abroad: assessment.abroad === true, formTold });
}
