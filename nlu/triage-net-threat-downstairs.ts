import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A threat to kill said aloud, and those who said it are downstairs now ("il revient avec
 * son pote, ils ont dit qu'ils allaient me faire la peau, ils sont en bas"). A long story of
 * a partner who drinks ahead of it reads as a habit and used to calm every family: the
 * threatener at the door is tonight's danger whatever came before (17). Habits, a past
 * threat with nobody here and "ma mère va me tuer" for a bad mark stay calm.
 */

/** The threat reported: "ils ont dit qu'ils allaient me faire la peau", "il a juré de". */
const SAID = '(dit|dire|disent|dis|crie|crient|hurle|hurlent|gueule|gueulent|jure|jurent|' +
  'promis|menace|menacent|ecrit|envoye|annonce|repete|repetent)';
const KILL = '(faire la peau|tuer|buter|crever|planter|egorger|massacrer|saigner|fumer|' +
  'descendre|trouer|defoncer|regler (mon|son|notre) compte|faire mon affaire|achever)';
const THREAT = rx('',
  `\\b${SAID}( [a-z]+){0,6} (me|nous|la|le|les|lui|leur|te|vous) ${KILL}\\b|`,
  `\\b(veut|veulent|viennent|vient|revient|reviennent|sont venus|est venu) (pour )?`,
  `(me|nous) (faire la peau|buter|crever|planter|egorger|massacrer|saigner|trouer)\\b`,
);

/** The threatener here: downstairs, at the door, in the stairwell, the hall, the yard. */
const HERE = rx('',
  '\\b(il|elle|ils|elles|on|son pote|ses potes|eux|mon ex|le mec|les mecs) ',
  '(est|sont|attend|attendent|me attend|me attendent|nous attend|nous attendent|guette|',
  'guettent|rode|rodent|tape|tapent|frappe|frappent|sonne|sonnent|monte|montent|arrive|',
  'arrivent|campe|campent|squatte|squattent)',
  '( encore| deja| toujours| la)? (en bas|devant (la porte|ma porte|notre porte|chez moi|',
  'chez nous|le immeuble|la maison|le portail)|dans (la cage de escalier|le escalier|',
  'les escaliers|le hall|la cour|le jardin|le parking|la rue|le couloir)|sur le palier|',
  'derriere la porte|a la porte|au portail|dehors|a le interphone|sous (ma|mes|nos) ',
  'fenetres?)\\b',
);

/** Said in a film, a game, a song; "habite en bas" is a neighbour, not a presence. */
const NOT_NOW = rx('',
  '\\b(film|serie|jeu video|chanson|rap|clip|roman|livre|reve|cauchemar|',
  'il y a (\\d+|deux|trois|quelques|plusieurs) (ans|mois|annees)|le an dernier)\\b',
);

export const NET_THREAT_DOWNSTAIRS: readonly NetFamily[] = [
  {
    id: 'net-threat-downstairs',
    situation: 'violence',
    // "il m'a dit hier qu'il allait me faire la peau, il est devant ma porte": the threat is
    // told as past or asked about, the threatener at the door is now
    always: true,
    patterns: [
      rx('', `^(?=.*${THREAT.source}).*${HERE.source}`),
      rx('', `^(?=.*${HERE.source}).*${THREAT.source}`),
    ],
    unless: NOT_NOW,
  },
];
