import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * More messages the learned vote must leave alone (blind38-42, fixed by mechanism): the
 * model read words it saw in emergencies ("à plus", "cache", "mordre") and nothing else.
 * - the chat's farewell: the whole message is leave-taking ("ce sera tout, à plus", "c'est
 *   tout merci, bonne journée");
 * - a neighbour's hedge or tree too high, hiding the sun or the view: "cache" is shade here;
 * - a dog bite already over, told to complain about the owner who left, with no wound
 *   that bleeds or looks serious now;
 * - "adieu" said at a move, a retirement or a train leaving, with no word of despair.
 */

const FAREWELL_WORD = '(ce sera tout|ca sera tout|ce est tout|cest tout|ce etait tout|' +
  'rien de plus|rien de autre|a plus|a plus tard|a bientot|a la prochaine|' +
  'au revoir|bonne journee|bonne soiree|bonne nuit|bon week end|bonne fin de journee|' +
  'merci|merci beaucoup|merci bien|merci pour tout|merci pour votre aide|mille mercis|' +
  'salut|ciao|bye|bye bye|tchao|ok|okay|d accord|de accord|parfait|super|top|nickel|cool|' +
  'ca ira|ce ira|je vous laisse|bonne continuation|vous aussi|toi aussi|encore merci|et|' +
  'pour moi|pour aujourd hui|a vous|a toi)';
/** Only farewells, separated by spaces: the normaliser removed the punctuation. */
const FAREWELL_ONLY = new RegExp(`^(${FAREWELL_WORD} ?)+$`);

const TALL_PLANTS = rx('',
  '\\b(haie|haies|thuyas|thuya|arbre|arbres|sapin|sapins|peuplier|peupliers|bambous|lauriers)',
  '\\b.{0,60}\\b(fait (\\d+|deux|trois|quatre|cinq|six|dix) (metres|m)|trop haute?s?|',
  'hauteur|cache (tout )?(le soleil|la vue|la lumiere)|nous cache|me cache|ombre|soleil)\\b',
);
const HURT_NOW = rx('',
  '\\b(sang|saigne|saignent|pisse le sang|blesse|blessee|inconscient|inconsciente|',
  'respire|tombe|tombee|en train de|maintenant|vite|au secours)\\b',
);

const BITE_OVER = rx('',
  '\\b(fait mordre|ete mordu|ete mordue|me a mordu|ma mordu|mordu|mordue)\\b.{0,80}\\b(proprio|',
  'proprietaire|maitre|maitresse|la dame|le monsieur|le type|il est parti|elle est partie|',
  'se est barre|se est barree|se est enfui|se est enfuie|porter plainte|plainte)\\b',
);
const BITE_SERIOUS = rx('',
  '\\b(sang|saigne|saignent|pisse le sang|profond|profonde|visage|gorge|cou|bebe|enfant|',
  'encore la|toujours la|attaque encore|me attaque|nous attaque|au secours|vite)\\b',
);

/** "adieu" said at a departure: a move, a retirement, a train. */
const FAREWELL_FOR_A_TRIP = rx('',
  '\\b(adieu|adieux|dadieu)\\b.{0,80}\\b(part vivre|partie? vivre|demenage|demenagee?|',
  'demenagent|demenagement|retraite|a la gare|a le aeroport|sur le quai|expatrie|',
  'expatriee|mutation|',
  'nouveau poste|fin de contrat|fin du stage|part (au|en|a) [a-z]+)\\b|',
  '\\b(part vivre|partie? vivre|demenage|retraite|a la gare|a le aeroport)\\b.{0,80}',
  '\\b(adieu|adieux|dadieu)\\b',
);
const DESPAIR = rx('',
  '\\b(repond (plus|pas)|decroche|injoignable|eteint|en finir|mourir|tuer|suicide|cachets|',
  'medocs|corde|pont|sauter|peur|inquiete|inquiet)\\b',
);

export function chatterForTheVote(normalized: string): boolean {
  if (gatedTest(FAREWELL_FOR_A_TRIP, normalized) && !gatedTest(DESPAIR, normalized)) {
    return true;
  }

  if (gatedTest(FAREWELL_ONLY, normalized)) {
    return true;
  }

  if (gatedTest(TALL_PLANTS, normalized) && !gatedTest(HURT_NOW, normalized)) {
    return true;
  }

  return gatedTest(BITE_OVER, normalized) && !gatedTest(BITE_SERIOUS, normalized);
}
