import type { Understanding } from '../../nlu/types';
import { PROPERTY_FACTS } from './propertyFacts';

/**
 * "je veux porter plainte car mon ex m'a frappé l'an dernier" read as the pré-plainte
 * (tester28): the online form is for property offences by an unknown author, and turned the
 * victim away three questions later. Violence told with a complaint asked goes to the
 * violence procedure (safety first, 3919, the complaint at a brigade). Normalised words.
 */

/** Blows, threats, harassment or rape suffered: the pré-plainte covers none of them. */
const VIOLENCE = new RegExp('\\b(?:frappe|frappee|frapper|frappait|frappes|battu|battue|'
  + 'battait|me bat|la bat|nous bat|tabasse|tabassee|gifle|giflee|etrangle|'
  // "ma voiture a été tapée", "j'ai cogné le portail": a hit person only
  + '(?:me|nous|la|le|te|les) (?:a |ont |avait )?(?:tape|tapee|tapait|cogne|cognee|cognait)|'
  + 'etranglee|agresse|agressee|agression|agressions|violences?|violente|violentee|viol|'
  + 'violee|viols|menace|menacee|menaces|menacait|harcele|harcelee|harcelement|'
  + 'des coups|coups de poing|coup de poing|coups de pied|coup de couteau)\\b');


const SEXUAL = /\b(?:viol|violee|viols|agression sexuelle|attouchements?|sexuel|sexuelle)\b/;
const HARASSED = /\b(?:harcele|harcelee|harcelement|menace|menacee|menaces|menacait)\b/;

const PRE_COMPLAINT = 'procedure.pre_complaint';

/** The violence topic to start instead of the pré-plainte, or undefined. */
export function violenceInsteadOfPreComplaint(understanding: Understanding):
string | undefined {
  const words = understanding.normalized;
  if (understanding.topic !== PRE_COMPLAINT || !VIOLENCE.test(words) ||
    PROPERTY_FACTS.test(words)) {
    return undefined;
  }
  if (SEXUAL.test(words)) {
    return 'faq.sexual_violence';
  }
  return HARASSED.test(words) ? 'faq.harassment' : 'faq.domestic_violence';
}
