import {
  ANIMAL_STUCK, PERSON_STUCK_BY_ANIMAL, SILENT_BEHIND_SHUTTERS, SILENT_EXPLAINED, WHAT_IF_ASKED,
  WHAT_IF_REAL,
} from './triage-round-t103-cases';
import { alarms, calm, detected } from './recognizerTable';

/**
 * Round t103, a fresh set's findings through the whole recogniser (blind93): a case supposed
 * ("si un jour", "au cas où", "imaginons que", "s'il arrivait que") with "what should I do"
 * asked last, dictated without punctuation, is a question; a relative living alone and
 * silent for days behind closed shutters is a check at the door, the gendarmes first; an
 * animal stuck in a fence is no one trapped.
 */

describe('triage, round t103 (full recogniser)', () => {
  describe('"si un jour ... que dois-je faire" asked last: calm; told as happening: 17', () => {
    calm(WHAT_IF_ASKED);
    alarms(WHAT_IF_REAL);
  });

  describe('alone and silent for days behind closed shutters: 17 first, 18 with it', () => {
    alarms(SILENT_BEHIND_SHUTTERS, '18');
    calm(SILENT_EXPLAINED);
  });

  describe('an animal stuck (a hedgehog in a fence): calm; a child stuck beside it: alarm', () => {
    calm(ANIMAL_STUCK);
    detected(PERSON_STUCK_BY_ANIMAL);
  });
});
