import type { NetFamily } from './triage-net-families';
import { NET_ROUND_T73_MORE } from './triage-net-round-t73-more';
import { rx } from './triage-words';

/**
 * Round t73 (a fresh tester's misses): each danger below is told at the end of a story
 * whose beginning is past ("hier soir on a mangé chez des amis...", "hier on m'a volé mon
 * sac"), and that past calmed the whole message. The present anchor of each family
 * ("encore dedans", "il est encore chez elle", "là il me fonce dessus") is now by itself,
 * so these families are read whatever the story's date; told as over, they stay calm.
 */

/** Someone who may be a burglar: a person unnamed, or named by the offence. */
const INTRUDER = '(quelqu un|quelque un|quelquun|qqn|quelqun|des gens|du monde|un homme|' +
  'des hommes|un mec|des mecs|un type|des types|un individu|des individus|un inconnu|' +
  'des inconnus|le cambrioleur|les cambrioleurs|un cambrioleur|des cambrioleurs|le voleur|' +
  'les voleurs|un voleur|des voleurs|le intrus|les intrus|un intrus|il|ils)';

/** Inside the home the writer has just come back to. */
const INSIDE = '(dedans|la dedans|a le interieur|a le etage|en haut|dans (la|le|notre|ma|mon|' +
  'sa|son|leur|le) (maison|appartement|appart|logement|pavillon|chambre|salon|cuisine|' +
  'garage|cave|grenier|etage|bureau|magasin|boutique|salle de bain))';

/** "il y a encore quelqu'un dedans", "le cambrioleur est encore à l'intérieur". */
const STILL_INSIDE = rx('',
  `\\b(encore|toujours|tjrs) ${INTRUDER}( est| sont)? ${INSIDE}\\b|`,
  `\\b${INTRUDER} (est|sont) (encore|toujours|tjrs) (la |ici )?${INSIDE}\\b|`,
  `\\b(il y a|y a|ya) ${INTRUDER} ${INSIDE}( [a-z]+){0,8} (je|on|nous|elle|il) (le |la |les )?`,
  '(entend|entends|entendons) (bouger|marcher|fouiller|parler|remuer|courir)\\b',
);

/** The home found broken into, or the writer just back: what makes the someone a burglar. */
const BROKEN_INTO = rx('',
  '\\b(porte (est |etait )?(ouverte|fracturee|forcee|defoncee|cassee|enfoncee)|fenetre ',
  '(est |etait )?(cassee|brisee|ouverte|forcee)|vitre cassee|serrure|effraction|cambriol[a-z]*|',
  'voleurs?|intrus|rentre|rentree|rentres|rentrees|rentrons|rentrer|en rentrant|revenus?|',
  '(on|je) (le |la |les )?(entend|entends))\\b',
);

/** Gone already, or a person expected there: "il s'est enfui", "qui travaille". */
const LEFT_OR_EXPECTED = rx('',
  '\\b((se est|se sont) (enfui|enfuis|enfuie|sauve|sauves|echappe)|(a|ont) fui|',
  '(est|sont) (reparti|repartis|parti|partis|sorti|sortis)|(etait|etaient) encore|',
  'travaille|travaillent|femme de menage|baby sitter|nounou|locataire|colocataire|',
  'film|serie|reve|cauchemar|jeu)\\b',
);

/** An old or lonely relative or neighbour: "ma mère 92 ans est seule", "mamie". */
const FRAIL = rx('',
  '\\b([6-9][0-9] ans|1[01][0-9] ans|agee?s?|vieille|vieux|seule?|alzheimer|',
  'personne agee|grand mere|grand pere|grands parents|mamie|mami|papi|papy|handicapee?)\\b',
);

/** An offender: a fake tradesman or officer, a thief, a stranger. */
const OFFENDER = '(un|le|une|la|des|les|deux|trois) (faux|fausse|pretendu|pretendue|' +
  'soi disant) [a-z]+( [a-z]+)?|(un|le|des|les) (escroc|escrocs|voleur|voleurs|cambrioleur|' +
  'cambrioleurs|demarcheur|demarcheurs|arnaqueur|arnaqueurs)';

/** A stranger, who needs an act to be an offender. */
const STRANGER = '(un homme|un inconnu|une inconnue|un individu|des individus|quelqu un|' +
  'qqn|un mec|un type|des hommes|une femme|un jeune|des jeunes|(\\d+|deux|trois) (hommes|' +
  'types|mecs|individus|personnes|inconnus|jeunes))';

const AT_HOME = 'chez (elle|lui|eux)|dans (sa|son|leur) (maison|appartement|appart|salon|' +
  'cuisine|chambre)';

/** Still there: "il est encore chez elle", "un faux plombier est chez lui". */
const OFFENDER_THERE = rx('',
  `\\b(${OFFENDER}) (est|sont) (encore |toujours |tjrs |la )?(${AT_HOME})\\b|`,
  `\\b(il|ils|${STRANGER}) (est|sont) (encore|toujours|tjrs) (${AT_HOME})\\b|`,
  `\\b${STRANGER} (est|sont) (${AT_HOME})\\b|`,
  `\\b(il y a|y a|ya) ${STRANGER} (${AT_HOME})\\b|`,
  '\\b(en train de|est en train de) (lui|leur) (prendre|voler|soutirer|extorquer|arracher|',
  'vider|faire signer|demander)\\b',
);

/** What the stranger does to them: takes, forces, demands their card or jewels. */
const PREYED_ON = rx('',
  '\\b(force|forcee|forces|oblige|obligee|obliges|prendre|prend|vole|voler|soutire|',
  'extorque|arrache|menace|menacee|frappe|frappee|bijoux|carte bleue|carte bancaire|',
  'carte|code|argent|liquide|cheque|cheques|economies|demande|exige|fouille|',
  'faux|fausse|escroc|arnaque|arnaqueur)\\b',
);

const PREY_CUES = new RegExp(`^(?=.*${FRAIL.source})(?=.*${PREYED_ON.source})`);

/** Gone, or told as a lesson learnt: "il est reparti hier", "on s'est fait avoir". */
const OFFENDER_GONE = rx('',
  '\\b((est|sont) (reparti|repartis|parti|partis)|se est enfui|se sont enfuis|',
  'on se est fait avoir|(a|ont) fui|film|serie|reportage|reve|cauchemar)\\b',
);

export const NET_ROUND_T73: readonly NetFamily[] = [
  {
    id: 'net-burglar-still-inside',
    situation: 'intrusion',
    always: true,
    patterns: [STILL_INSIDE],
    requires: BROKEN_INTO,
    unless: LEFT_OR_EXPECTED,
  },
  {
    id: 'net-frail-offender-there',
    situation: 'intrusion',
    always: true,
    patterns: [OFFENDER_THERE],
    requires: PREY_CUES,
    unless: OFFENDER_GONE,
  },
  ...NET_ROUND_T73_MORE,
];
