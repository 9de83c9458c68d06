import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A relative's farewell by text ("ma fille ado m'envoie des sms bizarres, elle dit adieu"):
 * a goodbye sent from afar is a suicide warning, so the 3114 first, the SAMU with it. A
 * goodbye to a teacher, a holiday or a song is no warning: a worrying cue is needed too.
 */
const RELATIVE = '(mon|ma|notre) (fils|fille|ado|enfant|frere|soeur|mari|femme|pere|mere|' +
  'copain|copine|ami|amie|pote|cousin|cousine|neveu|niece|compagnon|compagne|ex)';

const SENDS = '(envoie|envoye|envoyes|ecrit|ecrits|texte|dit|dis|mis|poste|sms|message|' +
  'messages|texto|textos|mail|snap|whatsapp)';

const FAREWELL_SENT = rx('',
  `^(?=.*\\b(adieu|adieux|dadieu)\\b)(?=.*\\b${RELATIVE}\\b).*\\b${SENDS}\\b`,
);

/** Something is wrong: the texts are odd, the sender went silent, the goodbye is final. */
const WORRY = rx('',
  '\\b(bizarre|bizarres|etrange|etranges|inquietant|inquietants|inquiete|inquiet|peur|',
  'repond plus|repond pas|decroche plus|decroche pas|injoignable|pardon|pour toujours|',
  'adieu (maman|papa|a tous|tout le monde|la vie|mon amour)|je vous aime|je te aime)\\b',
);

/** A goodbye to a place, a teacher, a pet; a song or a film called "Adieu". */
const ORDINARY = rx('',
  '\\b(vacances|maitresse|maitre|prof|ecole|college|lycee|colo|chanson|film|serie|livre|',
  'demenage|demenagement|gare|aeroport|chien|chat|lol|mdr|blague)\\b',
);

export const NET_FAREWELL_SMS: readonly NetFamily[] = [
  {
    id: 'net-farewell-sms',
    situation: 'suicide',
    always: true,
    patterns: [FAREWELL_SENT],
    requires: WORRY,
    unless: ORDINARY,
  },
];
