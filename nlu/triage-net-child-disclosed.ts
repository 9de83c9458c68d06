import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A child who has just told a parent of sexual abuse at home ("ma fille de 8 ans m'a dit
 * que son beau-père la touche", "mon fils dit que son oncle lui fait des choses"): the child
 * line (119) must be given, and the gendarmes with it; first when the abuser is there with
 * the child now (17, 119). A hand on the shoulder, a tickle, a fever checked and a past long
 * over stay calm.
 */

/** The writer's child or a relative's ("sa fille lui a dit"), as the one who spoke. */
const CHILD = '(ma|mon|notre|sa|son|leur) (fille|fils|petite|petit|puce|enfant|gamin|gamine|' +
  'niece|neveu|petite fille|petit fils|belle fille|beau fils|filleule|filleul|eleve)';

/** Told, confided, let slip: "m'a dit que", "me raconte que", "dit que". */
const TOLD = '(dit|me dit|me a dit|nous a dit|a dit|lui a dit|lui dit|vient de (me|nous|lui) ' +
  'dire|raconte|me raconte|me a raconte|lui a raconte|lui a confie|nous a ' +
  'raconte|me a confie|se est confiee?|me a avoue|a avoue|me a ecrit|a dessine|explique|' +
  'me a explique|pleure en disant)';

/** What is done to the child: touched, made to do things. */
const ABUSE = '((la|le|lui) (touche|touchent|tripote|tripotent|caresse|caressent|pelote|' +
  'viole|violent|force|forcent)|lui (fait|font) (des choses|des trucs|des attouchements|' +
  'faire des choses|faire des trucs)|lui montre (son zizi|son sexe|sa zezette|des videos)|' +
  'met (la|sa) main dans (sa|son) (culotte|slip|pyjama)|(fait|font) des attouchements|' +
  'abuse de (elle|lui)|vient dans (son|sa) lit|se met tout nu devant (elle|lui))';

const DISCLOSED = rx('', `\\b${CHILD}( [a-z0-9]+){0,4} ${TOLD} (que|qu)( [a-z]+){1,5} ${ABUSE}`);

/** A game, care, a greeting, a meal; told as over long ago. */
const INNOCENT = rx('',
  '\\b(epaule|front|bras|cheveux|fievre|temperature|chatouille|chatouilles|chatouiller|jeu|',
  'joue|jouent|ballon|bonjour|bisou sur la joue|a manger|des gateaux|des crepes|des cadeaux|',
  'pour la consoler|pour le consoler|quand elle etait petite|quand il etait petit|',
  'il y a (\\d+|quelques|plusieurs|deux|trois|dix) ans|lol|mdr)\\b',
);

/** The abuser with the child now, or tonight: the police first. */
const WITH_CHILD_NOW = rx('',
  '\\b((il|elle) est (la|a la maison|chez nous|avec (elle|lui)|seul avec (elle|lui)|dans sa ',
  'chambre)|(ils|elles) sont seuls|ce soir|cette nuit|maintenant|en ce moment|',
  'tout de suite|en train de)\\b',
);

export const NET_CHILD_DISCLOSED: readonly NetFamily[] = [
  {
    id: 'net-child-disclosed',
    situation: 'child_neglect',
    always: true,
    patterns: [DISCLOSED],
    unless: INNOCENT,
  },
  {
    id: 'net-child-disclosed-now',
    situation: 'child_violence',
    always: true,
    patterns: [DISCLOSED],
    requires: WITH_CHILD_NOW,
    unless: INNOCENT,
  },
];
