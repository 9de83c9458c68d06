import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';
import { NET_ROUND_T87_MORE } from './triage-net-round-t87-more';

/**
 * Round t87 (a fresh tester's misses): violence told as past with the man back within hours,
 * a knife taken now at the end of a complaint question, a child an adult meets tonight, a
 * violent theft minutes ago with the thief still running. The past or the question told first
 * must not calm a danger the end of the message places now or in the coming hours.
 */

/** Blows, strangling or a death threat done to the writer or a relative. */
const VIOLENCE_DONE = rx('',
  '\\b(me|la|le|nous|te|les) (a|ont|avait) (etrangle|etranglee|frappe|frappee|tabasse|',
  'tabassee|battue|cogne|cognee|roue de coups|rouee de coups|etouffe|etouffee|viole|violee|',
  'poignarde|poignardee|brule|brulee|defonce|defoncee|menace de mort|menacee de mort|',
  'menace avec un couteau|menacee avec un couteau|mis des coups|mis une raclee|',
  'mis une gifle|mis des gifles|mis des claques|tape dessus|tapee|frappe au visage)\\b|',
  '\\bse est fait (etrangler|frapper|tabasser|cogner|battre|violer|poignarder)\\b|',
  '\\b(a|ont) (essaye|tente|voulu) de (me|la|le|nous) (tuer|etrangler|etouffer|noyer)\\b',
);

/** Back within the day: "il rentre dans une heure", "il revient ce soir". */
const BACK_WITHIN_HOURS = rx('',
  '\\b(il|elle|ils|mon mari|mon copain|mon ex|mon compagnon|son mari|son copain|son ex)',
  '( [a-z]+)? (rentre|revient|reviens|arrive|rentrera|reviendra|sera la|sera de retour|',
  'va rentrer|va revenir|va arriver|doit rentrer|doit revenir|finit le travail|sort du travail)',
  ' (dans (une|1|deux|2|trois|3|quelques|10|dix|20|vingt|30|trente|quinze|15|45) ?(heure|',
  'heures|h|minutes|min|mn)|dans une demi heure|dans un quart de heure|dans pas longtemps|',
  'dans peu de temps|bientot|tout a le heure|ce soir|cette nuit|ce midi|cet apres midi|',
  'dans la soiree|dans la nuit|(vers|a) [0-9]{1,2} ?h([0-9]{2})?)\\b',
);

/** Long over, or the man kept away: then the complaint and the FAQ answer. */
const KEPT_AWAY = rx('',
  '\\b(il y a (deux|trois|quatre|cinq|[0-9]+|plusieurs|quelques) (ans|annees|mois)|',
  'le an dernier|le annee derniere|en prison|en garde a vue|incarcere|interdit de contact|',
  'interdiction de (contact|approcher)|bracelet|aux echecs|aux cartes|au tennis|au ping pong|',
  'au foot|au jeu|a la console|au babyfoot|au scrabble|au monopoly)\\b',
);

/** A weapon taken in hand: "il a pris un couteau dans la cuisine". */
const WEAPON_TAKEN = rx('',
  '\\b(il|elle|ils) (a pris|prend|a sorti|sort|a attrape|attrape|brandit|tient|',
  'est alle chercher|va chercher|a recupere|a saisi|saisit) (un|une|le|la|son|sa|des|ses|',
  'mon|ma) (couteau|couteaux|lame|machette|hache|marteau|fusil|carabine|arme|flingue|',
  'pistolet|revolver|ciseaux|tournevis|batte|cutter|poignard)\\b',
);

/** "là il est rentré", "maintenant il": the story reaches this moment. */
const NOW_REACHED = rx('',
  '\\b(la|et la|la maintenant|maintenant|en ce moment|a le instant|actuellement|juste la) ',
  '(il|elle|ils) |\\b(il|elle|ils) (vient|viennent) de (rentrer|arriver|revenir|prendre|',
  'sortir)\\b',
);

/** A clear past for the weapon, or a kitchen use of it. */
const WEAPON_OVER = rx('',
  '\\b(hier|avant hier|la semaine derniere|le mois dernier|la nuit derniere|le an dernier|',
  'il y a ([0-9]+|deux|trois|quelques|plusieurs) (jours|semaines|mois|ans)|',
  'pour (couper|eplucher|decouper|trancher|ouvrir|tailler|bricoler|reparer))\\b',
);

/** Running off now: "le mec part en courant", "ils s'enfuient". */
const THIEF_RUNNING = rx('',
  '\\b(il|ils|elle|le mec|le type|le gars|le voleur|les voleurs|la voleuse|les mecs|',
  'les types|les gars|le agresseur|les agresseurs|le individu|le jeune|les jeunes|le scooter)',
  ' (part|partent|se enfuit|se enfuient|court|courent|file|filent|se sauve|se sauvent|',
  'se barre|se barrent|detale|detalent|prend la fuite|prennent la fuite|sen va|se tire|',
  'est en train de (partir|fuir|courir|se enfuir))\\b',
);

/** Minutes ago: "il y a 2 minutes", "à l'instant", "à l'instant même". */
const MINUTES_AGO = rx('',
  '\\b(il y a|y a) (1|2|3|4|5|6|7|8|9|10|deux|trois|quatre|cinq|dix|quelques|une) ',
  '(minute|minutes|min|mn|secondes|sec)\\b|\\ba le instant\\b',
);

/** A theft done with force: snatched, held up, or stolen with blows or a threat. */
const VIOLENT_THEFT = rx('',
  '\\b(arrache|arrachee|arracher|braque|braquee|braques|agresse|agressee|racket|',
  'rackette|rackettee|vol a le arrache|vol avec violence)\\b|',
  '\\b(vole|volee|pique|piquee|pris|prise)( [a-z]+){0,5} (avec violence|violemment|',
  'de force|en me (frappant|poussant|menacant|tapant|tirant)|sous la menace|',
  'avec un couteau|avec une arme)\\b|',
  '\\b(frappe|frappee|pousse|poussee|tabasse|tabassee|menace|menacee|jete|jetee)',
  '( [a-z]+){0,5} (vole|pris|pique|arrache)\\b',
);

/** Any theft, for a thief seen running off now. */
const THEFT_ANY = rx('',
  '\\b(vole|volee|voles|voler|arrache|arrachee|braque|braquee|agresse|agressee|pique|',
  'piquee|vol|voleur|voleurs|voleuse|racket|rackette)\\b',
);

/** Long ago or a date: a story of the theft, for the complaint. */
const THEFT_OVER = rx('',
  '\\b(hier|avant hier|la semaine derniere|le mois dernier|la nuit derniere|le an dernier|',
  'il y a ([0-9]+|deux|trois|quelques|plusieurs) (heures|jours|semaines|mois|ans)|',
  'ce matin|samedi dernier|dimanche dernier)\\b',
);

export const NET_ROUND_T87: readonly NetFamily[] = [
  {
    id: 'net-back-within-hours-after-violence',
    situation: 'domestic_violence',
    patterns: [BACK_WITHIN_HOURS],
    requires: VIOLENCE_DONE,
    unless: KEPT_AWAY,
    always: true,
  },
  {
    id: 'net-weapon-taken-after-question',
    situation: 'weapon',
    patterns: [WEAPON_TAKEN],
    requires: NOW_REACHED,
    unless: WEAPON_OVER,
    always: true,
  },
  {
    id: 'net-thief-running-after-violent-theft',
    situation: 'violence',
    patterns: [THIEF_RUNNING],
    requires: THEFT_ANY,
    unless: THEFT_OVER,
    always: true,
  },
  {
    id: 'net-violent-theft-minutes-ago',
    situation: 'violence',
    patterns: [MINUTES_AGO],
    requires: VIOLENT_THEFT,
    unless: THEFT_OVER,
    always: true,
  },
  ...NET_ROUND_T87_MORE,
];

