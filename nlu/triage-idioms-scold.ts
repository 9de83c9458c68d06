import { rx } from './triage-words';

/** Who scolds: work, school, family, sport. */
const SCOLDER = '(chef|cheffe|patron|patronne|boss|manager|responsable|directeur|directrice|' +
  'prof|professeur|professeure|maitresse|instit|coach|entraineur|entraineuse|pere|mere|' +
  'daron|daronne|papa|maman|parents|chef de service|chef de equipe|superieur|n plus un)';
/** Where a scolding happens, or why: "devant tout le monde", "pour mon retard". */
const SCENE = '(devant (tout le monde|toute la classe|la classe|les collegues|mes collegues|' +
  'les clients|toute le equipe|le equipe)|en reunion|en public|en cours|en classe|au boulot|' +
  'au travail|au taf|par mail|par sms|au telephone|pour (mon|ma|mes|un|une|rien)|' +
  'parce que|a cause de)';
/** A weapon or a wound anywhere: "il m'a allumé" is then a shot, no scolding. */
const SHOT = '\\b(fusil|flingue|arme|pistolet|balle|balles|tire|tirer|carabine|couteau|sang|' +
  'saigne|blesse|blessee|feu|flammes|fumee|brule|essence)\\b';

/**
 * "mon chef m'a incendié devant tout le monde", "je me suis fait allumer par le prof":
 * scolded, nothing burns and no one shot. Removed before the rules read the message; a
 * weapon, a wound or flames anywhere keep every word ("il m'a allumé avec son fusil").
 */
export const SCOLD_IDIOMS: readonly RegExp[] = [
  rx('g',
    '\\b(me|te|nous|vous) (a|as|ont|avait|avaient|ai|suis|es|est|sommes|etes) ',
    '(fait |faite |faits )?(incendie|incendiee|incendies|incendier|allume|allumee|allumes|',
    'allumer|engueule|engueulee|defonce|defoncee|demonte|demontee|recadre|recadree)',
    `( ${SCENE}| par (le|la|les|mon|ma|mes|son|sa|notre) ${SCOLDER})\\b`,
    `(?!.*${SHOT})(?<!${SHOT}.*)`,
  ),
  rx('g',
    `\\b(mon|ma|mes|le|la|les|notre|son|sa) ${SCOLDER}( [a-z]+){0,3} (me|nous|te) (a|ont) `,
    '(incendie|incendiee|incendies|allume|allumee|allumes)\\b',
    `(?!.*${SHOT})(?<!${SHOT}.*)`,
  ),
  rx('g',
    '\\b(se|me|te|nous|vous) (faire|fait|faite|suis fait|suis faite|es fait|est fait|',
    'sommes fait|sommes faits|fais|fera|ferai) (incendier|allumer|engueuler|defoncer|',
    `demonter|recadrer|descendre) par (le|la|les|mon|ma|mes|son|sa|notre) ${SCOLDER}\\b`,
    `(?!.*${SHOT})(?<!${SHOT}.*)`,
  ),
];
