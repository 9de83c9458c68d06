import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/** Someone who smokes: a person named, never a thing ("la prise fume" is a fire). */
const PERSON = '((mon|ma|le|la|son|sa|notre|leur|ce|cette|' +
  'un|une|les|des|mes|ses|nos|leurs) (fils|fille|ado|gamin|gamine|voisin|voisine|voisins|pere|' +
  'mere|mari|femme|coloc|colocataire|collegue|collegues|frere|soeur|copain|copine|pote|potes|' +
  'patron|patronne|oncle|tante|grand pere|grand mere|belle mere|beau pere|mec|meuf|jeunes|gens|' +
  'ados|gamins|eleves|clients|locataires?|ouvriers|type|types|mecs))';
/** "il fume dans la cuisine" may be the oven: only a pronoun of a person smokes for sure. */
const PERSON_SMOKER = `(je|tu|on|nous|vous|${PERSON})`;
const SMOKER = `(ils|elles|il|elle|${PERSON_SMOKER})`;
const SMOKES = '(fume|fument|fumait|fumaient)';
/** What a person smokes. */
const SMOKED = '(joints?|joins?|petards?|pets?|oinjs?|clopes?|cigarettes?|cigares?|cigarillos?|' +
  'shit|beuh|weed|cannabis|chichas?|teh|bedos?|spliffs?|herbe|pipes?|vapes?|puffs?|tabac|' +
  'paquets?|cannabis|marijuana|crack|kretek|roulees?)';

/**
 * Smoking told with the words of a fire: "ma voisine fume comme un pompier", "il fume comme
 * une cheminée", "ça fume des joints dans le hall", "mon fils fume dans sa chambre", and the
 * slang "ça fume grave ici" said alone. Removed before the rules, the net and the vote's
 * second reading; smoke seen ("de la fumée partout", "ça fume dans la cuisine") stays, and a
 * person named smoking never hides a thing that smokes or burns beside it.
 */
export const SMOKE_IDIOMS: readonly RegExp[] = [
  // the similes: a fireman, a chimney, a Turk, a locomotive, a factory, a dragon
  rx('g', `\\b${SMOKES}( encore| toujours| trop)? comme (un|une|des|le|la) (pompiers?|`,
    'cheminees?|turcs?|sapeurs?( pompiers?)?|locomotives?|usines?|dragons?|pipes?|pompes?)\\b'),
  // the amount: "clope sur clope", "deux paquets par jour"
  rx('g', `\\b${SMOKES} (clope sur clope|cigarette sur cigarette|paquet sur paquet|`,
    '(un|deux|trois|\\d+) paquets?( par jour| par semaine)?)\\b'),
  // "ça fume des joints", "ils fument du shit": what is smoked is named
  rx('g', `\\b(ca|${SMOKER}) ${SMOKES}( pas)?( des| du| de la| de le| un| une| leur| leurs| `,
    `ses| son| sa| sa| mes| leurs)? ${SMOKED}\\b`),
  // a person who smokes somewhere: "mon fils fume dans sa chambre", "le voisin fume beaucoup"
  rx('g', `\\b${PERSON_SMOKER} ${SMOKES}(?= (dans|sur|sous|devant|a le|au|en|beaucoup|enormement|`,
    'trop|tout le temps|partout|la nuit|le soir|tous les)\\b)(?!.*\\b(fumee|fumees|feu|flammes?|',
    'brule|brulent|crame|incendie|odeur de brule)\\b)'),
  // the slang said alone: "ça fume grave ici", "wsh ça fume de ouf ici mdr"
  rx('g', '^((wsh|wesh|frero|frerot|mdr|lol|ptdr) )*ca fume (grave|de ouf|trop|a mort|sa mere)',
    '( ici| la| la dedans| ce soir)?( (mdr|lol|ptdr|wsh|wesh|frero))*$'),
];

const SMOKING_SEEN = SMOKE_IDIOMS.map((idiom) => rx('', idiom.source));
/** What a real fire shows beside the smoker: then the vote reads the message as it is. */
const FIRE_SIGN = rx('',
  '\\b(fumee|fumees|feu|flammes?|brule|brulent|crame|incendie|odeur|alarme|detecteur|',
  'explose|explosion|etincelles?|pompiers viennent|respire plus|tousse|etouffe)\\b',
);

/**
 * A smoker told and no fire sign: the learned vote, which read what the idiom leaves ("mon
 * père depuis 30 ans", "il") as danger, stays silent.
 */
export function smokingOnly(normalized: string): boolean {
  return SMOKING_SEEN.some((idiom) => gatedTest(idiom, normalized)) &&
    !gatedTest(FIRE_SIGN, normalized);
}
