import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { SUBSTANCES } from './triage-net-rescue';

/**
 * Pills set aside "pour ce soir" by someone whose life has just fallen apart ("j'ai perdu
 * mon travail, ma femme est partie, j'ai préparé les cachets pour ce soir"): a suicide
 * planned for tonight, 3114 first. A carer's evening dose has no despair around it.
 */
const SET_ASIDE = '(prepare|preparee|preparees|prepares|mis de cote|sorti|sortis|sorties|' +
  'rassemble|rassembles|compte|comptes|aligne|alignes|garde|gardes|pose|poses|tout pret|prets)';
const WHEN = '(ce soir|cette nuit|tout a le heure|plus tard|la fin|le grand soir|le moment venu|' +
  'quand ils dormiront|quand tout le monde dormira|apres)';

export const NET_PILLS_TONIGHT: readonly NetFamily[] = [
  {
    id: 'net-pills-set-aside',
    situation: 'suicide',
    always: true,
    patterns: [
      rx('', `\\b${SET_ASIDE} (les|mes|tous les|toutes les|tous mes|toutes mes|des|ses) `,
        `(${SUBSTANCES}|boites|plaquettes)( [a-z]+){0,3} pour ${WHEN}\\b`),
      rx('', `\\b(${SUBSTANCES}|boites|plaquettes) (sont )?(prets|pretes|prepares|preparees|`,
        `alignes|alignees) pour ${WHEN}\\b`),
    ],
    requires: rx('',
      '\\b(plus de importance|plus aucune importance|sert a rien|servira a rien|plus la force|',
      'plus envie|marre|bout|fini|finir|en finir|adieu|avant de partir|dire au revoir|',
      'le ecrire a quelqu un|le dire a quelqu un|perdu mon (travail|boulot|emploi)|',
      'est partie?|me a quitte|plus personne|personne ne|pardon|lettre|lettres|',
      'dernier soir|derniere nuit|plus rien|tout perdu|ils seront mieux|sans moi)\\b',
    ),
    unless: rx('',
      '\\b(ordonnance|posologie|pilulier|semainier|infirmiere|aide soignante|ma mere|mon pere|',
      'mamie|papi|grand mere|grand pere|patient|patients|residents|le chien|le chat)\\b',
    ),
  },
];
