import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * A man of the village or the street who exposes himself where the children wait ("un homme
 * du village s'exhibe devant l'arrêt de bus des enfants"): a known, recurring fact to report
 * at the brigade, not a patrol now. Said as happening now ("là maintenant"), or with a move
 * on the children (getting them into a car, following, touching), it stays an emergency.
 */
const EXPOSURE = rx('',
  '\\b(se exhibe|se exhibent|exhibe son|exhibitionniste|montre ses parties|montre son sexe|',
  'baisse son pantalon|se deshabille)\\b',
);

/** Someone known there, or a thing that keeps happening. */
const KNOWN_OR_RECURRING = rx('',
  '\\b(du village|du quartier|de la residence|du coin|du lotissement|de la cite|de la rue|',
  'du hameau|le voisin|un voisin|notre voisin|regulierement|souvent|plusieurs fois|',
  'tous les (matins|soirs|jours|midis)|chaque (matin|soir|jour)|depuis (des|plusieurs|',
  'quelques) (jours|semaines|mois)|a nouveau|encore une fois|de nouveau)\\b',
);

const MOVE_ON_CHILDREN = rx('',
  '\\b(monter|attrape|attraper|touche les|touche la|touche le|suit|suivre|suivent|emmener|',
  'embarquer|voiture|camionnette|approche|sapproche|se approche|tire|tirer|force|forcer|',
  'enleve|enlever|maintenant|la maintenant|actuellement)\\b',
);

export function knownExposureToReport(text: string): boolean {
  return gatedTest(EXPOSURE, text) && gatedTest(KNOWN_OR_RECURRING, text) &&
    !gatedTest(MOVE_ON_CHILDREN, text) && !hereNow(text);
}
