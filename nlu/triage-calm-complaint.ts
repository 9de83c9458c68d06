import { gatedReplace } from './regex-gate';
import { rx } from './triage-words';
import { PAPERWORK_NOW } from './triage-calm-paperwork-now';

/**
 * "la semaine dernière il m'a menacé, je veux porter plainte maintenant": that "maintenant"
 * dates the complaint, not the danger, and must not make a dated story happen now. Word
 * classes for the wish and the filing, on either side of the time word.
 */
const NOW_WORD = '(maintenant|des maintenant|tout de suite|aujourd hui|rapidement|vite|enfin|' +
  'mtn|ce matin|cet apres midi|asap)';
const WISH = '(je )?(veux|voudrais|souhaite|souhaiterais|aimerais|vais|peux|peu|dois|compte|' +
  'voulais|suis prete? a|me decide a|ai decide de)';
// "porte", "depose": the participle's accent gone, as phonetic writers spell the infinitive
const FILE = '(porter|porte|deposer|depose|faire|signaler|declarer)( une| ma| la)?( pre)? ' +
  '(plainte|main courante)';

const COMPLAINT_NOW = rx('g',
  `\\b(et |mais )?${NOW_WORD} ${WISH} ${FILE}\\b|`,
  `\\b${FILE}( pour ca| contre (lui|elle|eux))? ${NOW_WORD}\\b|`,
  // "maintenant que j'ai le courage", "maintenant qu'il est parti": a story's turn, not now
  '\\bmaintenant que (je|il|elle|ils|on) (ai|me sens|suis|est|sont|a)\\b(?! (la|ici|devant|dans))|',
  // "le blessé va bien maintenant": a recovery's "now" dates the healing, not a danger
  '\\b(va|vont|allons|vais|est|sont) (bien|mieux|remise?|remis|gueri|guerie|sortie? de affaire) ',
  '(maintenant|aujourd hui|mtn)\\b|\\b(maintenant|aujourd hui) (il|elle|ils|tout le monde) ',
  '(va|vont) (bien|mieux)\\b|',
  // "il m'a frappée y a 2 ans maintenant": how long ago, not a danger now
  '(?<=\\by a (\\d+|deux|trois|quatre|cinq|quelques|plusieurs) (ans|annees|mois|semaines) )',
  'maintenant\\b',
);

/** The text read for "now" markers: without the ones that only date a complaint. */
export function withoutComplaintNow(text: string): string {
  const untimed = gatedReplace(text, COMPLAINT_NOW, ' ');

  return gatedReplace(untimed, PAPERWORK_NOW, ' ').replace(/ +/g, ' ').trim();
}
