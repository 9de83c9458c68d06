import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A faint at a blood test or a jab, over and told to ask something ("malaise ce matin à la
 * prise de sang, ça va, je peux conduire ?"): the needle made the writer faint, the care was
 * there, and the question is what follows. A body still down or a pain in the chest keeps
 * the alarm.
 */
const HINT = /\b(malaise|evanoui|evanouie|evanouis|pommes|connaissance|oeil|vagal)\b/;

const FAINT = rx('',
  '\\b(malaise|malaise vagal|evanoui|evanouie|evanouis|dans les pommes|perdu connaissance|',
  'tourne de le oeil)\\b',
);
const AT_CARE = rx('',
  '\\b(prise de sang|prises de sang|vaccin|vaccination|piqure|labo|laboratoire|analyse|',
  'analyses|bilan sanguin|don du sang|don de sang|perfusion|dentiste|prelevement|infirmiere|',
  'chez le medecin|chez le docteur)\\b',
);
const OVER = rx('',
  '\\b(ca va|ca va mieux|tout va bien|je vais bien|je vais mieux|ce est passe|cest passe|',
  'rien de grave|remise|remis|en forme|(je peux|peut on|je ai le droit de|est ce que je peux) ',
  '(conduire|prendre le volant|rouler|reprendre la voiture|travailler|faire du sport))\\b',
);
const STILL_DOWN = rx('',
  '\\b(respire (plus|pas|mal)|inconscient|inconsciente|se reveille pas|ne se reveille|',
  'convulse|convulsions|poitrine|bras gauche|toujours (mal|pas bien)|encore (mal|par terre)|',
  'par terre|au sol|vite|au secours|saigne|va pas bien|ca va pas|ca ne va pas)\\b',
);

export function faintOverAtCare(text: string): boolean {
  return gatedTest(HINT, text) && gatedTest(FAINT, text) && gatedTest(AT_CARE, text) &&
    gatedTest(OVER, text) &&
    !gatedTest(STILL_DOWN, text);
}
