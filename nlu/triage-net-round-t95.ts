import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t95 (the lead's, from misses left by earlier rounds): a sports fall whose gear failed
 * ("le parachute ne s'est pas ouvert", a bungee cord that broke) and a thief who still
 * threatens the writer on the spot. The theft told first reads as a complaint, and the
 * gear's failure names nobody hurt: both were calm.
 */

/** A canopy that failed: parachute, paraglider or kite wing, told as it happened. */
const CANOPY_FAILED = rx('',
  '\\b(parachute|parapente|voile|aile)(( de| du| des)( [a-z]+){1,2})? ',
  '((ne )?(se est|sest|s est) pas (ouvert|ouverte|deploye|deployee)|(se est|sest|s est) ',
  '(mis en torche|ferme|fermee|replie|repliee))\\b|',
  '\\b(parachute|parapente|voile|aile)(( de| du| des)',
  '( [a-z]+){1,2})? (a fait une fermeture|a ferme|a pas ouvert|ne a pas ouvert)\\b',
);

/** A cord, rope or harness that gave way. */
const LINE_FAILED = rx('',
  '\\b(elastique|corde|baudrier|harnais|mousqueton|longe|assurage|relais)(( de| du| des)',
  '( [a-z]+){1,2})? (a casse|a lache|a cede|a pete|a claque|(se est|sest|s est) (rompu|',
  'rompue|casse|cassee|decroche|decrochee))\\b',
);

/** A jump or a climb, or someone who fell: a bungee cord, not the elastic of trousers. */
const JUMP_OR_CLIMB = rx('',
  '\\b(saut|sauts|sauteur|sauteuse|sautait|pont|viaduc|escalade|grimpe|grimpait|grimpeur|',
  'grimpeuse|rappel|falaise|via ferrata|paroi|cordee|canyon|canyoning|alpinisme|alpiniste|',
  'speleo|elagueur|elagage|echafaudage|toit)\\b|',
  '\\b(il|elle|ils|elles|on|je|mon [a-z]+|ma [a-z]+) (est|sont|suis|a|ont|ai) ',
  '(tombe|tombee|tombes|tombees|chute|chuter|fait une chute)\\b',
);

/** Clothes, a washing line, luggage, or nobody hurt: no fall to send help to. */
const HOUSEHOLD_LINE = rx('',
  '\\b(heureusement|personne de blesse|personne ne est blesse|pas de blesse|rien de grave|',
  'plus de peur que de mal|tout va bien|sans gravite|indemne|linge|etendoir|pantalon|short|',
  'jupe|culotte|slip|chaussette|chaussettes|cheveux|',
  'chouchou|sac|valise|bagage|bagages|store|volet|rideau|rideaux|guirlande|tente)\\b',
);

/** A thief who threatens still, on the spot: "il me menace encore au pied des pistes". */
const STILL_THREATENS = rx('',
  '\\b(il|ils|elle|le mec|le type|le gars|le voleur|les voleurs|les mecs|les gars) ',
  '(me|nous) (menace|menacent|suit|suivent|attend|attendent|guette|guettent)',
  ' (encore|toujours|en ce moment|la|maintenant|devant|dehors|en bas|au pied|pres de)\\b',
);

/** The theft the threat follows. */
const THEFT_DONE = rx('',
  '\\b(vole|volee|voles|pique|piquee|arrache|arrachee|pris|prise|racket|rackette|',
  'rackettee|braque|braquee|vol)\\b',
);

/** Threats sent from afar are harassment to report, not a danger on the spot. */
const FROM_AFAR = rx('',
  '\\b(sur snap|sur snapchat|sur insta|sur instagram|sur facebook|sur tiktok|sur whatsapp|',
  'sur les reseaux|par message|par messages|par sms|par texto|par mail|au telephone|',
  'en ligne|sur internet|en message prive|en mp)\\b',
);

/** A minor by age or word: "ma fille de 15 ans", "mon ado". */
const MINOR = rx('',
  '\\b((mon|ma|notre) (fils|fille|ado|gamin|gamine|petit|petite|garcon|enfant|frere|soeur)',
  ' (de )?(1[0-7]|dix|onze|douze|treize|quatorze|quinze|seize|dix sept) ?ans|mon ado|',
  'ma ado|notre ado)\\b',
);

/** Not home since last night, and no contact: a phone off, no answer, no news. */
const NIGHT_GONE_UNREACHABLE = rx('',
  '\\b(pas rentre|pas rentree|toujours pas rentre|toujours pas rentree|pas revenu|',
  'pas revenue)( [a-z]+){0,2} (hier soir|cette nuit|de la nuit|depuis hier|la nuit derniere)',
  '( [a-z]+){0,4} (telephone|tel|portable|phone) (est |a )?(eteint|coupe|sur messagerie|hors ',
  'service)|\\b(pas rentre|pas rentree|pas revenu|pas revenue)( [a-z]+){0,2} (hier soir|',
  'cette nuit|de la nuit|depuis hier|la nuit derniere)( [a-z]+){0,4} (repond pas|repond plus|',
  'injoignable|aucune nouvelle|pas de nouvelles|sans nouvelles|personne ne sait)\\b|',
  // no news since last night and the phone off (tester27)
  '\\b(pas|plus|aucune) (donne de |eu de |de )?nouvelles? depuis (hier soir|cette nuit|hier|',
  'la nuit derniere)( [a-z]+){0,4} (telephone|tel|portable) (est |a )?(eteint|coupe|',
  'sur messagerie)\\b',
);

/** Known to be safe: a message came, a friend's home, back this morning. */
const MINOR_SAFE = rx('',
  '\\b(dort chez|dormi chez|chez (un|une|son|sa|ses) (copain|copine|pote|ami|amie|amis|pere|',
  'mere|grand)|m a envoye|a envoye un|message de|va bien|tout va bien|est revenu|est revenue|',
  'est rentre ce|est rentree ce|rentre ce matin|rentree ce matin|on sait ou)\\b',
);

export const NET_ROUND_T95: readonly NetFamily[] = [
  {
    id: 'net-minor-gone-overnight-unreachable',
    situation: 'missing_child',
    patterns: [NIGHT_GONE_UNREACHABLE],
    requires: MINOR,
    unless: MINOR_SAFE,
    always: true,
  },
  {
    id: 'net-canopy-failed',
    situation: 'medical',
    patterns: [CANOPY_FAILED],
  },
  {
    id: 'net-line-failed-jump-or-climb',
    situation: 'medical',
    patterns: [LINE_FAILED],
    requires: JUMP_OR_CLIMB,
    unless: HOUSEHOLD_LINE,
  },
  {
    id: 'net-thief-still-threatens',
    situation: 'violence',
    patterns: [STILL_THREATENS],
    requires: THEFT_DONE,
    unless: FROM_AFAR,
    always: true,
  },
];
