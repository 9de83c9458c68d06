import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t95 (the lead's): thanks for the help in another language ("obrigado pela ajuda",
 * "thanks for the help", "danke für die Hilfe") alarmed as a call for help, and "c'est la
 * fin pour moi si ma mère voit mes notes" as despair. A plea for help beside the thanks, or
 * despair over a person rather than a school report, keeps its alarm.
 */

/** Thanks for the help: Portuguese, Spanish, English, German, Italian, French. */
const THANKS_FOR_HELP = rx('',
  '\\b(muito |muchas |many |vielen |mille |grazie mille )?(obrigado|obrigada|gracias|',
  'thanks|thank you|thx|danke|grazie|merci) (pela|por|for|fur|per|pour) ',
  '(la |a |sua |su |your |the |all the |die |deine |ihre |le |l |vostro |tuo |votre |ton )?',
  '(ajuda|ayuda|help|hilfe|aiuto|aide)\\b',
);
const THANKS_FOR_HELP_ALL = new RegExp(THANKS_FOR_HELP.source, 'g');

/** A plea or a danger beside the thanks. */
const PLEA_LEFT = rx('',
  '\\b(help|ajuda|ayuda|hilfe|aiuto|socorro|socorra|auxilio|aidez|aide moi|secours|vite|',
  'urgent|urgence|now|agora|ahora|jetzt|subito|maintenant|please help|police|policia|',
  'polizei|polizia|ambulance|ambulancia|fire|fogo|fuego|feuer|fuoco|sang|blood|sangue)\\b',
);

/** "c'est la fin pour moi si ma mère voit mes notes": the end of a quiet evening. */
const END_IF_FOUND_OUT = rx('',
  '\\b(ce est|c est|ca sera|ce sera|je suis) (la fin pour moi|fini|foutu|foutue|mort|morte)',
  ' si (mon|ma|mes|le|la|les) (pere|mere|parents|daron|daronne|darons|prof|profs|professeur|',
  'patron|patronne|chef|mari|femme|copain|copine|frere|soeur|grand pere|grand mere)? ?',
  '(voit|voient|decouvre|decouvrent|apprend|apprennent|sait|savent|trouve|trouvent|lit|',
  'lisent|recoit|recoivent|ouvre|ouvrent)\\b',
);

/** What the writer fears being found out: a report, a mark, a bill, a fine. */
const TRIFLE_FOUND = rx('',
  '\\b(bulletin|bulletins|notes|note|carnet|carnet de notes|resultats|releve|copie|copies|',
  'controle|devoir|zero|punition|colle|retenue|facture|amende|pv|contravention|ticket|',
  'rayure|voiture rayee|telephone casse|ecran casse|portable casse|tatouage|piercing)\\b',
);

/** Despair beyond the idiom keeps its alarm. */
const DESPAIR_TOO = rx('',
  '\\b(me tuer|me suicider|en finir avec la vie|mourir|me pendre|sauter|plus vivre|',
  'plus envie de vivre|me faire du mal|disparaitre pour toujours)\\b',
);

/** Fights at a yearly feast, told to ask for a patrol: "des rixes chaque année". */
const YEARLY_FIGHTS = rx('',
  '\\b(fete|fetes|vogue|ducasse|kermesse|bal|feria|fete patronale|fete votive|fete foraine|',
  'festival|foire|apero geant|14 juillet|feu de la saint jean)\\b',
);
const EVERY_YEAR = rx('',
  '\\b(chaque annee|chaque an|tous les ans|toutes les annees|toujours|a chaque fois|',
  'comme chaque annee|comme tous les ans|souvent|regulierement)\\b',
);
const PATROL_ASKED = rx('',
  '\\b(patrouille|patrouilles|passer|venir|presence|gendarmes|vous pouvez|on peut avoir|',
  'on aimerait|pourriez vous|est il possible|envoyer)\\b',
);
const FIGHT_NOW = rx('',
  '\\b(la maintenant|en ce moment|actuellement|en train|vite|au secours|aidez moi|couteau|',
  'arme|blesse|blessee|blesses|sang|saigne|inconscient|venez vite|tout de suite)\\b',
);

/** A patrol asked for a feast where fights are a yearly habit: contact the unit, no 17. */
export function yearlyFeastPatrol(text: string): boolean {
  return gatedTest(YEARLY_FIGHTS, text) && gatedTest(EVERY_YEAR, text) &&
    gatedTest(PATROL_ASKED, text) && !gatedTest(FIGHT_NOW, text);
}

/** Thanks for the help, in any of six languages, with no plea beside them. */
export function thanksForHelpOnly(text: string): boolean {
  return gatedTest(THANKS_FOR_HELP, text) &&
    !gatedTest(PLEA_LEFT, gatedReplace(text, THANKS_FOR_HELP_ALL, ' '));
}

/**
 * True for thanks in another language, a patrol asked for a feast's yearly fights, or the
 * end-of-me idiom over a school report.
 */
export function settledT95(text: string): boolean {
  if (gatedTest(THANKS_FOR_HELP, text)) {
    return thanksForHelpOnly(text);
  }

  if (yearlyFeastPatrol(text)) {
    return true;
  }

  return gatedTest(END_IF_FOUND_OUT, text) && gatedTest(TRIFLE_FOUND, text) &&
    !gatedTest(DESPAIR_TOO, text);
}
