import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * How to recognise an illness, asked for someone said to be well ("cmt on reconnait un malaise
 * cardiaque ? jdemande pr mon daron, il va très bien hein"): a precaution, nobody ill now. A
 * sign felt now, or "vite", keeps the alarm.
 */
const HOW_TO_TELL = rx('',
  '\\b(comment|cmt)( on| je| faire pour)? (reconnait|reconnaitre|reconnaître|savoir|detecter|',
  'reperer|voir)\\b|\\b(quels sont les|les) (signes|symptomes)\\b',
);
const IS_WELL = rx('',
  '\\b(il|elle|ils|elles) (va|vont) (tres |super |parfaitement |tout a fait )?bien\\b|',
  '\\b(il|elle) (a|na|ne a) rien\\b|\\b(tout va bien|en pleine forme|en bonne sante)\\b',
);
const FELT_NOW = rx('',
  '\\b(la maintenant|maintenant|en ce moment|vite|au secours|aidez|urgent|urgence|',
  'il a mal|elle a mal|douleur|respire mal|tombe|tombee|inconscient|inconsciente)\\b',
);

export function precautionAsked(text: string): boolean {
  return gatedTest(HOW_TO_TELL, text) && gatedTest(IS_WELL, text) && !gatedTest(FELT_NOW, text);
}
