import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A whole stock of medicines to be swallowed, told beside a farewell ("j'ai écrit ma lettre,
 * je vais prendre toutes les boîtes de mon traitement ce soir, personne ne remarquera"): the
 * pills-plan family lets "traitement" or "ordonnance" calm a routine dose, but a letter, a
 * goodbye or "personne ne remarquera" says it is no dose. A suicide not yet done: 3114 first.
 */
const MEDS = '(cachets|medocs|medicaments|comprimes|pilules|somniferes|anxiolytiques|' +
  'antidepresseurs|boites|boite|plaquettes|plaquette|traitement|doliprane|paracetamol|' +
  'lexomil|xanax|stilnox|lithium|gelules|flacon|tube)';
/** All of it: "toutes les boîtes", "tout mon traitement", "la plaquette entière". */
const WHOLE_STOCK = `(toutes (les|mes) ${MEDS}|tous (les|mes) ${MEDS}|toute (la|ma) ${MEDS}|` +
  `tout (le|mon) ${MEDS}|tout mon stock|tout le stock|ma reserve|la reserve|` +
  `(la|ma) ${MEDS} entiere|(le|mon) ${MEDS} entier|${MEDS} de un coup)`;
const SWALLOW = '(prendre|avaler|gober|ingurgiter|descendre|prends|avale|gobe|tout prendre|' +
  'tout avaler|tout gober)';

/** What makes it a farewell rather than a dose: a letter, a goodbye, nobody to notice. */
const FAREWELL = rx('',
  '\\b(ma lettre|une lettre|des lettres|mes lettres|lettre de adieu|mot de adieu|adieu|adieux|',
  'dit au revoir|dire au revoir|personne (ne )?(remarquera|remarquerait|verra|saura|',
  'se rendra compte|me regrettera|me manquera|va remarquer)|en finir|pour de bon|',
  'ne plus me reveiller|plus jamais me reveiller|pas me reveiller|dormir pour toujours|',
  'ce sera fini|tout sera fini|ce est decide|ma decision est prise|je suis prete?|',
  '(lettres?|mots?) (est |sont )?(ecrites?|pretes?|poses?|posees?)|laisse un mot|',
  'plus la demain|quand (ils|elles|tout le monde) (dormira|dormiront|sera couche)|',
  'mes affaires en ordre|testament)\\b',
);

export const NET_PILLS_FAREWELL: readonly NetFamily[] = [
  {
    id: 'net-pills-farewell',
    situation: 'suicide',
    always: true,
    patterns: [
      new RegExp(`\\b${SWALLOW}( [a-z]+){0,2} ${WHOLE_STOCK}`),
      new RegExp(`\\b${WHOLE_STOCK}( [a-z]+){0,3} (je vais|vais|je veux|jvais|je compte) ` +
        `(les |la |le )?${SWALLOW}\\b`),
    ],
    requires: FAREWELL,
    unless: rx('',
      '\\b(pharmacie|pharmacien|rapporter|rapporte|jeter|recycler|perimes|perime|valise|',
      'vacances|voyage|chien|chat|lettre de motivation|lettre recommandee|par erreur)\\b',
    ),
  },
];
