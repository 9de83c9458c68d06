import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { SUBSTANCES } from './triage-net-rescue';

/**
 * Pills gathered to be taken later, told as a plan ("ce soir j'ai préparé toutes les boîtes,
 * je vais les prendre après avoir écrit une lettre"): a suicide not yet done, the 3114
 * first, then the 15 (an overdose already taken stays the body's, 15 first).
 */
const GATHERED = '(prepare|preparee|preparees|prepares|mis de cote|stocke|stockes|stockees|' +
  'accumule|accumules|garde|gardes|economise|compte|comptes|aligne|alignes|sorti|sortis|' +
  'rassemble|reuni|toutes les boites|toute la boite|tous mes|toutes mes|tout mes|tt mes|' +
  'la boite entiere|plusieurs boites|des boites|les boites|mes boites)';
const WILL_TAKE = '(je vais|vais|je veux|je compte|je compte bien|je vais tout|je les|jvais|' +
  'je prevois de|il me reste plus que a|plus que a)( les| la| tout| toutes| tous| me les)? ' +
  '(prendre|avaler|gober|ingurgiter|prends|avale|gobe)';

export const NET_PILLS_PLAN: readonly NetFamily[] = [
  {
    id: 'net-pills-plan',
    situation: 'suicide',
    always: true,
    patterns: [
      rx('', `\\b${GATHERED}\\b.*\\b${WILL_TAKE}\\b`),
      rx('', `\\b${WILL_TAKE}\\b( [a-z]+){0,2} (toutes|tous|tout|toute|la boite|les boites|`,
        `toutes les boites|ma reserve|mon stock)\\b`),
    ],
    requires: rx('', `\\b(${SUBSTANCES}|boites|boite|plaquettes|flacon)\\b`),
    unless: rx('',
      '\\b(ordonnance|posologie|pharmacie|pharmacien|medecin a dit|par jour|chaque jour|',
      'chaque soir|chaque matin|le matin|a jeun|avant le repas|pendant le repas|traitement|',
      'comme prescrit|comme (tous les jours|d habitude|de habitude)|vacances|valise|voyage|',
      'pilulier|semainier|oubli|oublie|date de peremption|perimes|perime|recyclage|jeter)\\b',
    ),
  },
];
