import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A scene seen in a series or a film, asked about as real life ("dans la série hier le type
 * appelait au secours et les gendarmes arrivaient en 2 minutes, c'est comme ça en vrai ?"):
 * the cry for help is a character's, quoted, and so is "tout de suite": the strict here-and-now
 * reading would take them for the writer's. It yields to the writer's own danger.
 */
const SCREEN = rx('',
  '\\b(serie|series|film|films|feuilleton|telefilm|episode|saison|netflix|documentaire|',
  'reportage|emission|dessin anime|a la tele|a la television)\\b',
);

/** "c'est comme ça en vrai ?", "dans la vraie vie", "c'est réaliste ?". */
const REAL_LIFE_QUESTION = rx('',
  '\\b(en vrai|en realite|dans la realite|dans la vraie vie|pour de vrai|realiste|',
  'ca se passe (vraiment )?comme ca|ce est (vraiment )?comme ca|est ce vrai|ce est vrai|',
  'ce est possible|vraiment possible|ca existe)\\b',
);

/** The writer's own danger beside the question, or a cry that opens the message. */
const OWN_DANGER = rx('',
  '\\b(chez moi|a la maison|ma porte|je suis|on est|nous sommes|aidez moi|me frappe|',
  'me suit|me menace|en ce moment|maintenant|actuellement|essaie|essaye|en train de|sang|',
  'saigne|blesse|blessee)\\b|^(au secours|a le aide|help|sos|vite)\\b',
);

export function screenSceneQuestion(text: string): boolean {
  return gatedTest(SCREEN, text) && gatedTest(REAL_LIFE_QUESTION, text) &&
    !gatedTest(OWN_DANGER, text);
}
