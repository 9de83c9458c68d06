import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { withModelVote } from '../../nlu/emergency-vote';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import { B52_CALM, B52_FIRST } from './triage-blind52-cases';

/**
 * Blind sets 52-55: suicide said obliquely, accidents and alarms at work, children left
 * alone for days, and the calm look-alikes of each (a trip, a job, traffic on a bridge).
 */
export const BLIND52_EXAMPLES: Record<string, string[]> = {
  'net-join-the-dead': ['je vais rejoindre ma mere ce soir elle est au ciel'],
  'net-decision-taken': ['vous inquietez pas pour moi apres ma decision est prise'],
  'net-on-the-bridge': ['je suis sur le pont ca fait une heure je regarde le eau'],
  'net-pills-laid-out': ['je ai mis toutes les boites sur la table pour dire adieu'],
  'net-caught-in-machine': ['le bras de mon ouvrier est coince dans la presse'],
  'net-site-intruders': ['trois types viennent de couper le grillage et sont dans le entrepot'],
  'net-lone-worker-silent': ['mon collegue est parti seul en foret il repond plus et il fait nuit'],
  'net-affairs-in-order': ['je ai tout range je ai ecrit a chacun les cles sont chez la voisine'],
  'net-kids-alone-for-days': ['deux enfants seuls depuis trois jours ils ont faim'],
};

// as the recognizer reads it, without a learned model
const triage = createTriage();
const assess = (text: string) => {
  const normalized = normalize(text);
  return withModelVote(triage.assess(normalized), undefined, normalized);
};

describe('blind sets 52-55 families', () => {
  specifyFirstNumbers(assess, B52_FIRST);
});

describe('blind sets 52-55 calm look-alikes', () => {
  specifyCalm(assess, B52_CALM);
});
