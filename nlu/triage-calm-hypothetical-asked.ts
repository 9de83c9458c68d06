import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A question said outright to be hypothetical ("hypothétiquement, si quelqu'un voit un
 * incendie, il doit appeler qui ?", "en théorie, si on me menace avec un couteau, je peux
 * me défendre ?"): curiosity about the numbers or the law, nobody in danger. A word of now,
 * someone said to be here or a cry for help keeps the alarm.
 */
const SUPPOSED = rx('',
  '\\b(hypoth?etiquement|hypoth?etique|par hypothese|th?eoriquement|en theorie|admettons|',
  'supposons|imaginons|par curiosite|question theorique|question hypothetique|',
  'juste pour savoir|simple curiosite|dans le absolu)\\b',
);

const ASKED = rx('',
  '\\b(qui|quel numero|quel service|que faire|quoi faire|faut il|il faut|doit|dois|doit on|',
  'peut on|je peux|on peut|il peut|ai je le droit|a t on le droit|le droit|legal|legitime|',
  'defense|est ce que|comment|appeler|appelle|on appelle|je appelle|fais quoi|fait quoi|',
  'faire quoi|reagir|intervenir)\\b',
);

const REAL_NOW = rx('',
  '\\b(maintenant|actuellement|en ce moment|vite|au secours|aidez|aide moi|urgent|venez|',
  'la il|la elle|tout de suite|(il|elle|ils|elles) (est|sont) (la|ici|devant|derriere|chez moi|',
  'en bas|dans la maison|encore|toujours)|je saigne|je suis blesse|je suis blessee)\\b',
);

export function hypotheticalAsked(text: string): boolean {
  return gatedTest(SUPPOSED, text) && gatedTest(ASKED, text) && !gatedTest(REAL_NOW, text);
}
