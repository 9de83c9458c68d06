import { rx } from './triage-words';

/** Which of a vehicle's lights: "feu arrière", "feu stop", "feux de position". */
const LIGHT = '(feux?|phares?) (arriere|arrieres|avant|stop|de stop|de position|de recul|' +
  'de croisement|de route|antibrouillard|anti brouillard|de plaque|de freinage|clignotant|' +
  'gauche|droit|droite|av|ar)( (arriere|avant|gauche|droit|droite))?';

const LIGHT_STATE = '(mort|morts|morte|grille|grilles|hs|casse|casses|pete|petes|claque|' +
  'eteint|lache|foutu|ne marche plus|marche plus)';

/**
 * "Mon feu arrière est mort depuis hier, je risque une amende ?", "feu stop grillé":
 * a vehicle's light, read by the net as a fire. The light's own name is removed before the
 * rules; "ma voiture est en feu", "le feu a pris dans ma voiture" name no light and stay.
 */
export const LIGHT_IDIOMS: readonly RegExp[] = [
  // the light's state goes too: "mon ... est mort" would read as a death
  rx('g', `\\b${LIGHT}(( (est|sont|etait|a))? ${LIGHT_STATE})?\\b`,
    '(?! (a pris|prend|brule|est en feu))'),
];
