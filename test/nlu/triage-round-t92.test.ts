import {
  BLOWS_NOW, BLOWS_SUSPECTED_CALM, CHILD_DESPAIR, CHILD_TAKEN, DIE_COMMAND_CALM, DYING_NOW,
  LAUGHING_CALM, LOCKED_HABIT_CALM, LOCKED_NOW, SAID_DESPAIR_CALM, VEHICLE_TOWED_CALM,
} from './triage-round-t92-cases';
import { alarms, calm } from './recognizerTable';

/**
 * Round t92, private messages from social networks through the whole recogniser: what a
 * relative tells of someone else (a towed car, bullies' words, bruises, a child's punishment)
 * stays calm with its topic; the same words with a danger now keep their alarm.
 */

describe('triage, round t92 (full recogniser)', () => {
  describe('a relative\'s vehicle towed: calm; a child taken: 17', () => {
    calm(VEHICLE_TOWED_CALM, 'faq.impound');
    alarms(CHILD_TAKEN);
  });

  describe('bullies telling a child to kill herself: calm; her own despair: 3114', () => {
    calm(DIE_COMMAND_CALM);
    alarms(CHILD_DESPAIR);
    calm(SAID_DESPAIR_CALM);
  });

  describe('bruises suspected with nothing under way: calm; blows now: 17', () => {
    calm(BLOWS_SUSPECTED_CALM, 'faq.domestic_violence');
    alarms(BLOWS_NOW);
  });

  describe('a child locked up as a punishment: calm; locked up and crying now: 17, 119', () => {
    calm(LOCKED_HABIT_CALM, 'faq.child_in_danger');
    alarms(LOCKED_NOW, '119');
  });

  describe('laughing with "mourir": calm; dying at someone\'s hands: 17', () => {
    calm(LAUGHING_CALM);
    alarms(DYING_NOW);
  });
});

/** Round t92's alarm families, each shown firing on the safety net alone. */
export const T92_EXAMPLES: Record<string, string[]> = {
  'net-kin-said-wants-to-die': [
    "après les messages sur snap ma fille a dit qu'elle voulait en finir",
    "ma fille m'a dit qu'elle voulait mourir à cause des messages",
    'ma soeur m a dit quelle voulait en finir',
  ],
  'net-child-locked-crying': [
    'mon petit-fils est enfermé dans le noir en ce moment il pleure',
    "son père vient de l'enfermer dans le noir il hurle",
    "mon petit fils m'appelle en pleurant son père l'a enfermé dans le noir",
  ],
};
