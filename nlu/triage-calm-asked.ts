import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
// the whole asked clause about a friend's talk of suicide, for HYPOTHETICAL's first place
export { OTHERS_TALK_ASKED } from './triage-calm-suicide-worry';

/**
 * Questions that borrow danger words without a danger under way (blind17 false alarms):
 * fear over papers lost ("j'ai perdu mon titre de séjour dans le bus, j'ai peur"), a shop
 * asking how to limit the risk of a hold-up, a past episode now over asking which number
 * for next time ("tout va bien maintenant, c'est le 15 ou le 18 ?"). Each yields to someone
 * threatening here, or to an alarm told now.
 */

/** Papers, keys or a phone lost or forgotten: what the fear is about. */
const LOST_THINGS = rx('',
  '\\b(perdu|perdue|egare|egaree|oublie|oubliee|fait tomber) (mon|ma|mes|sa|son|ses|notre|',
  'nos|tous mes|toutes mes) (titre de sejour|carte de sejour|recepisse|papiers|passeport|',
  'passeports|carte de identite|carte identite|cni|permis|portefeuille|sac|carte vitale|',
  'carte bancaire|cb|visa|carte grise|telephone|portable|cles)\\b',
);
/** Someone who frightens: then the fear is of him, and the lost papers are by the way. */
const SOMEONE_THREATENING = rx('',
  '\\b(homme|hommes|mec|mecs|type|types|gars|individu|individus|quelqu un|qqn|inconnu|',
  'inconnus|suit|suivent|suivi|suivie|rode|rodent|menace|menacent|louche|louches|chelou|',
  'agresse|agressee|agresser|frappe|frapper|couteau|arme|colle|collent|insulte|insultent)\\b',
);

/** "j'ai perdu mon titre de séjour, j'ai peur": the lost-papers FAQ, not a 17. */
export const FEAR_OVER_LOST_PAPERS = new RegExp(
  `^(?!.*${SOMEONE_THREATENING.source}).*${LOST_THINGS.source}`);

/**
 * A fear told in general ("j'ai peur de rentrer seule le soir en général"): a worry for the
 * prevention FAQ, unless someone frightening is named beside it.
 */
export const FEAR_IN_GENERAL = new RegExp(`${FEAR_OVER_LOST_PAPERS.source}|` +
  `^(?!.*${SOMEONE_THREATENING.source}).*\\b(en general|generalement|de maniere generale|` +
  'de facon generale|en regle generale)\\b');

/** How to limit, avoid, deter a hold-up or a burglary: the prevention FAQ. */
const PREVENTION_ASKED = rx('',
  '\\b(comment|que faire pour|quoi faire pour|conseils? (pour|contre)|astuces? (pour|contre)|',
  'quels? conseils|moyens? de|des idees pour)( [a-z]+){0,4} (limiter|eviter|reduire|prevenir|',
  'se proteger|me proteger|nous proteger|proteger|se premunir|securiser|dissuader|decourager)',
  '( [a-z]+){0,6} (braquage|braquages|cambriolage|cambriolages|vol|vols|agression|',
  'agressions|intrusion|intrusions|cambrioleurs|voleurs|braqueurs)\\b|',
  '\\b(le |les )?risques? de (braquage|braquages|cambriolage|cambriolages)\\b',
);
const UNDER_WAY = rx('',
  '\\b(en ce moment|maintenant|en train de|vite|au secours|(est|sont) (la|dans|devant|',
  'dedans|encore)|braque|braquent|pointe|pointent|cagoule|cagoules)\\b',
);

export function preventionQuestion(text: string): boolean {
  return gatedTest(PREVENTION_ASKED, text) && !gatedTest(UNDER_WAY, text);
}

/**
 * "tout va bien maintenant", "il dit que c'est rien maintenant": that "maintenant" says the
 * episode is over, not that it is happening; the word alone is removed before the time is
 * read, so that "la semaine dernière" tells the past again and "elle va mieux" stays to say
 * she recovered. A pain told now still alarms without it.
 */
export const FINE_NOW = rx('g',
  '(?<=\\b((tout|ca|il|elle) (va|vont) (bien|mieux|beaucoup mieux)|ca va|ce est (rien|fini|',
  'passe)|(il|elle) (est|a) (gueri|guerie|remis|remise|repris)|tout est rentre dans le ordre) )',
  'maintenant\\b|\\bmaintenant(?= (tout va bien|ca va|(il|elle) va (bien|mieux))\\b)',
);

/** "pour la prochaine fois, c'est le 15 ou le 18 ?": which number, asked for later. */
const NEXT_TIME = rx('',
  '\\b((pour |a )?la prochaine fois|si ca recommence|si ca se reproduit|si ca arrive encore|',
  'une autre fois)\\b',
);
const WHICH_NUMBER = rx('',
  '\\b(quel numero|qui appeler|on appelle qui|je appelle qui|(ce est )?le (15|17|18|112)( ou ',
  '(le )?(15|17|18|112))?|il faut appeler)\\b',
);
const AGAIN_NOW = rx('',
  '\\b(en ce moment|la il|la elle|recommence|recommencent|de nouveau|encore une|vite|',
  'respire (pas|plus|mal)|inconscient|inconsciente)\\b',
);

export function nextTimeQuestion(text: string): boolean {
  return gatedTest(NEXT_TIME, text) && gatedTest(WHICH_NUMBER, text) &&
    !gatedTest(AGAIN_NOW, text.replace(/\bsi ca recommence\b/, ' '));
}

/**
 * "les signes d'une intoxication au monoxyde de carbone", "c koi les symptômes d'un avc":
 * the whole illness asked about is removed, not its last words left as if lived. Signs
 * someone has ("mon père a les symptômes d'un AVC") and a clause told now stay.
 */
export const SIGNS_ASKED = rx('g',
  '\\b(?<!\\b(a|ai|as|avons|avez|ont|presente|presentent|montre|montrent) (les |des |',
  'tous les )?)(signes|symptomes) (de une|de un|dune|dun|des|de|du)\\b( (?!(et|mais|la|',
  'maintenant|actuellement|depuis|car|je|il|elle|mon|ma|on)\\b)[a-z0-9]+){0,6}',
);
