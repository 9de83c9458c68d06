import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { withModelVote } from '../../nlu/emergency-vote';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import { R23_CALM, R23_CHILD_LINE, R23_FIRST } from './triage-round23-cases';

/**
 * Round 23: a pit or a collapse, a fire told by its signs, an intruder's signs at night,
 * blood at a neighbour's broken door, a robber fleeing now, self-harm seen live, a minor
 * beaten again or afraid of tonight, and the child line whenever a minor is in danger.
 */
export const ROUND23_EXAMPLES: Record<string, string[]> = {
  'net-pit-fallen': ['le voisin est tombe dans le puits il remonte pas'],
  'net-pit-buried': ['eboulement dans la tranchee un ouvrier est dessous'],
  'net-fire-signs': ['ca crepite dans le mur derriere le poele'],
  'net-fire-burnt-heat': ['ca sent le plastique brule et le mur est chaud'],
  'net-night-signs': ['des pas dans le grenier et tout le monde dort'],
  'net-landing-blood': ['du sang sur le palier et la voisine repond pas'],
  'net-robbery-fled': ['le braqueur vient de partir en courant'],
  'net-live-harm': ['elle se scarifie en live'],
  'net-minor-hit-again': ['je ai 12 ans mon pere me a encore frappe'],
  'net-child-dreads-threat': ['un eleve a peur de rentrer son pere le a menace'],
  'net-pills-set-aside': ['plus la force je ai prepare les cachets pour ce soir'],
};

// as the recognizer reads it, without a learned model: the rules, then the child line
const triage = createTriage();
const assess = (text: string) => {
  const normalized = normalize(text);
  return withModelVote(triage.assess(normalized), undefined, normalized);
};

describe('round 23 families', () => {
  specifyFirstNumbers(assess, R23_FIRST);
});

describe('the child line whenever a minor is in danger from a person', () => {
  specifyNumbersAmong(assess, R23_CHILD_LINE);
});

describe('round 23 calm look-alikes', () => {
  specifyCalm(assess, R23_CALM);
});
