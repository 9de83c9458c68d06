import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';
import { NET_ROUND_T96_MORE } from './triage-net-round-t96-more';

/**
 * Round t96 (a fresh tester's misses): a fire typed in extreme SMS ("tt brul chez moi"),
 * pills swallowed with alcohol after "je suis pas bien", a threat to kill with blows heard
 * now at the end of a question about something else. The abbreviation, the opening and the
 * question framing must not hide a danger told in the message.
 */

/**
 * "tt brul", "ca brul", "sa brule": the stem without its ending is no word the other fire
 * families know. "j'ai tout brûlé" (a cake) is a past deed, not a fire going on.
 */
const BURNS_SOMEWHERE = rx('',
  '(?<!\\b(a|ai|as|avez|avons|ont|est|se|me|te) )\\b(tout|ca|sa) (brul|brl|brule|brulle|',
  'brulent|bruler|crame|cram|cramme) (chez (moi|nous|elle|lui|eux|mon|ma|mes|le|la|les)|',
  'dans (la|le|l|mon|ma|notre) (cuisine|maison|salon|chambre|garage|cave|grange|appart|',
  'appartement|immeuble|grenier|batiment|hangar|entrepot|cage de escalier|couloir)|a la maison|',
  'a le appart|au garage|au sous sol|au grenier|en bas|a cote|dans le immeuble)\\b',
);

/** Heat, spice, a burning pain, a ruined dish: "ça brûle" that is no fire. */
const NO_FIRE = rx('',
  '\\b(chaleur|canicule|soleil|chaud|piment|epice|epices|pipi|uriner|gorge|estomac|peau|',
  'yeux|gateau|tarte|roti|rate|ratee|plat|poele|casserole|frites|jeu|serie|film|lol|mdr)\\b',
);

/** Pills swallowed, and alcohol with them: an overdose the SAMU must see. */
const PILLS_WITH_DRINK = rx('',
  '\\b(je ai|jai|il a|elle a|on a|ma mere a|mon pere a|mon fils a|ma fille a|mon mari a|',
  'ma femme a) (pris|avale|gobe|bouffe) (des|plein de|mes|ses|tous mes|tous ses|',
  'une plaquette de|une boite de|la boite de|toute une boite de|toute la boite de) ',
  '(cachets|cachet|medocs|medicaments|comprimes|pilules|somniferes|anxiolytiques|',
  'antidepresseurs|xanax|lexomil|boite|plaquette)',
  '( [a-z]+){0,3} (avec|et|plus|en buvant) (de le |du |de la |des |une |un |toute la |',
  'une bouteille de |un litre de )?(alcool|vin|whisky|vodka|biere|bieres|rhum|pastis|',
  'alcools|champagne|bouteille)\\b',
);

/** A question about the mix, past and well, or one pill a day: no overdose of now. */
const PILLS_CALM = rx('',
  '\\b(peut on|on peut|est ce que on peut|est ce dangereux|ce est dangereux|interaction|',
  'notice|pharmacien a dit|hier|la semaine derniere|il y a (\\d+|deux|trois|quelques) ',
  '(jours|semaines|mois|ans)|ca va mieux|je vais bien|va bien|tous les soirs|chaque soir|',
  'tous les jours|un verre|une coupe|un doliprane|une aspirine)\\b',
);

/** A threat to kill a partner shouted now: "il crie qu'il va tuer sa femme". */
const KILL_SHOUTED = rx('',
  '\\b(crie|hurle|gueule|dit|repete|menace)( [a-z]+){0,4} (que )?(il|elle) (va|veut) (tuer|',
  'buter|massacrer|egorger|etrangler) (sa|la|son|ma|mon|leur|les)\\b',
);

/** Blows or screams heard on this side of the wall, or for an hour now. */
const HEARD_NOW = rx('',
  '\\b((je|j|on|nous) (entends|entend|entendons) (des |les )?(coups|cris|hurlements|',
  'bruits de coups|bruits de bagarre)|ca tape|ca cogne|depuis (une|1|deux|2|dix|10|vingt|20|',
  'trente|30) ?(heure|heures|h|minutes|min)|depuis tout a le heure|en ce moment)\\b',
);

/** Over, or a show: the threat heard last month, a film through the wall. */
const THREAT_OVER = rx('',
  '\\b(hier|la semaine derniere|le mois dernier|le an dernier|il y a (\\d+|deux|trois|',
  'quelques|plusieurs) (jours|semaines|mois|ans)|la tele|la television|un film|une serie|',
  'jeu video|jeux video|console)\\b',
);

export const NET_ROUND_T96: readonly NetFamily[] = [
  {
    id: 'net-fire-sms-stem',
    situation: 'fire',
    patterns: [BURNS_SOMEWHERE],
    unless: NO_FIRE,
  },
  {
    id: 'net-pills-with-drink',
    situation: 'medical',
    patterns: [PILLS_WITH_DRINK],
    unless: PILLS_CALM,
  },
  {
    id: 'net-kill-shouted-blows-heard',
    situation: 'domestic_violence',
    patterns: [KILL_SHOUTED],
    requires: HEARD_NOW,
    unless: THREAT_OVER,
    always: true,
  },
  ...NET_ROUND_T96_MORE,
];
