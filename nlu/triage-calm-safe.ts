import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Told safe by the citizen, with nothing happening now: an animal hit on the road with
 * "moi ça va", a woman hidden at a relative's since yesterday who asks for a protection
 * order. Each yields to a sign of danger now (someone hurt, the man at the door).
 */
const ANIMAL = '(sanglier|sangliers|chevreuil|chevreuils|cerf|biche|faon|daim|blaireau|renard|' +
  'lievre|lapin|herisson|vache|cheval|mouton|chien|chat|animal|bete|gibier|marcassin)';
const ANIMAL_STRUCK = rx('',
  '\\b(percute|percutee|tape|tapee|heurte|heurtee|renverse|renversee|fauche|fauchee|ecrase|',
  'ecrasee|collision avec|choc avec|accident avec)( [a-z]+){0,2} (un|une|le|la|des|les) ',
  `${ANIMAL}\\b|`,
  `\\b${ANIMAL}( [a-z]+){0,4} (a percute|a heurte|a traverse|se est jete|me a fonce|a surgi|`,
  'est sorti|a saute)\\b',
);
const ALL_WELL = rx('',
  '\\b(moi ca va|ca va moi|je vais bien|(nous )?on va bien|nous allons bien|tout le monde va ',
  'bien|tout le monde est ok|personne de blesse|personne blesse|personne ne est blesse|pas de ',
  'blesse|pas de blesses|aucun blesse|(je suis|suis|je ne suis) pas (blesse|blessee)|moi rien|',
  'indemne|indemnes|sain et sauf|saine et sauve|plus de peur que de mal|je ai rien|on a rien)\\b',
);
const HURT_NOW = rx('',
  '\\b(saigne|saignent|sang|inconscient|inconsciente|coince|coincee|coinces|bouge plus|',
  'respire|en feu|prend feu|fume|sur le toit|mal a|douleur|enceinte|ambulance|au secours|',
  'vite|aidez)\\b',
);

const RELATIVE = '(soeur|frere|mere|pere|parents|tante|oncle|cousin|cousine|ami|amie|copine|' +
  'copain|grand mere|grand pere|grands parents|voisin|voisine|collegue|fille|fils|mamie|papi)';
const AWAY_SINCE = rx('',
  '\\b(suis|me suis|me cache|cachee|cache|refugiee|refugie|planquee|a le abri|hebergee|heberge|',
  `partie|dors|dormi|reste|restee) (chez|a le abri chez) (ma|mon|mes|une|un) ${RELATIVE}\\b`,
);
const SINCE_YESTERDAY = rx('',
  '\\b(depuis (hier|avant hier|ce matin|deux jours|trois jours|\\d+ jours|samedi|dimanche|',
  'lundi|mardi|mercredi|jeudi|vendredi|le week end)|hier|avant hier)\\b',
);
const PROCEDURE = rx('',
  '\\b(ordonnance|protection|eloignement|porter plainte|deposer plainte|juge|telephone grave ',
  'danger|tgd|bracelet|demarche|demarches|procedure)\\b',
);
const HE_IS_NEAR = rx('',
  '\\b((il|ils) (est|sont|arrive|arrivent|vient|viennent|me a retrouvee?|a trouve|frappe|',
  'tape|defonce|force|essaie|essaye|monte|attend|rode|crie|hurle|menace de (monter|venir))|',
  'devant (la|le|chez)|en bas|escalier|la il|maintenant il|couteau|arme|au secours|vite|',
  'aidez moi|en ce moment)\\b',
);

export function toldSafe(text: string): boolean {
  if (gatedTest(ANIMAL_STRUCK, text) && gatedTest(ALL_WELL, text)) {
    return !gatedTest(HURT_NOW, text);
  }

  return gatedTest(AWAY_SINCE, text) && gatedTest(SINCE_YESTERDAY, text) &&
    gatedTest(PROCEDURE, text) && !gatedTest(HE_IS_NEAR, text);
}
