import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A stroke told by two of its signs without the word: speech gone all at once, an arm that
 * falls, a face that droops ("elle a plus pu parler … son bras tombe"). One sign alone can
 * be anything ("il me parle plus"), two together are the SAMU's.
 */
const SPEECH = '(plus pu parler|plus su parler|arrive plus a parler|peut plus parler|' +
  'parle plus (du tout|normalement|correctement)|mots sortent plus|arrive plus a articuler|' +
  'bafouille|parle bizarre|parle bizarrement|parle de travers|elocution)';
const ARM = '(bras|main|jambe) (qui |lui |droit |droite |gauche )?(tombe|retombe|pend|lache|' +
  'ne repond plus|repond plus|ne bouge plus|bouge plus|tout mou|toute molle|engourdi|engourdie)';
const FACE = '((bouche|visage|levre|joue|oeil) (est )?(toute |tout )?(de travers|tordue?|' +
  'tombe|affaisse|affaissee|paralyse|paralysee))';

const NOT_STROKE = rx('', '\\b(me parle plus|nous parle plus|fache|fachee|boude|dispute|',
  'telephone|portable|au telephone|depuis des (mois|annees)|poupee|peluche|jeu)\\b');

export const NET_STROKE: readonly NetFamily[] = [
  {
    id: 'net-stroke-signs',
    situation: 'medical',
    patterns: [
      rx('', `\\b${SPEECH}\\b( [a-z0-9]+){0,12} ${ARM}\\b`),
      rx('', `\\b${ARM}\\b( [a-z0-9]+){0,12} ${SPEECH}\\b`),
    ],
    unless: NOT_STROKE,
  },
  {
    id: 'net-stroke-sudden',
    situation: 'medical',
    patterns: [rx('', `\\b(${SPEECH}|${ARM})\\b`)],
    requires: rx('', `\\b(${FACE}|de un coup|soudain|soudainement|tout a coup)\\b`),
    unless: NOT_STROKE,
  },
];
