import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A first-aid course revised at home: "comment on fait un garrot ? c'est pour réviser mon
 * PSC1". The tourniquet, the bleeding and the unconscious victim are the lesson's. A person
 * bleeding or collapsed here and now, or an urgency word, keeps the alarm.
 */
const COURSE = rx('',
  '\\b(psc1|psc 1|psc|pse1|pse 1|pse2|pse 2|sst|secourisme|secouriste|brevet de secourisme|',
  'bnssa|gqs|formation (aux |de |en )?(premiers|1ers) secours|cours de (premiers )?secours|',
  'diplome de secourisme|afgsu)\\b',
);

/** Studying: revising, an exam, a lesson. */
const STUDY = rx('',
  '\\b(reviser|revise|revision|revisions|examen|exam|partiel|evaluation|cours|formation|',
  'apprendre|apprends|memoriser|fiche|fiches|quiz|qcm|mise en situation|passer mon|passe mon|',
  'valider)\\b',
);

/** A casualty now: someone bleeding or collapsed beside the writer, an urgency word. */
const CASUALTY_NOW = rx('',
  '\\b(vite|urgent|urgence|vient de|viennent de|au secours|aidez moi|en ce moment|',
  'la maintenant|a cote de moi|',
  'devant moi|(il|elle|je|mon|ma|son|sa) ([a-z]+ )?(saigne|saignent|ne respire|respire plus|',
  'est inconscient|est inconsciente|est tombe|est tombee|fait un malaise|se est coupe|',
  'se est coupee|perd connaissance|a perdu connaissance))\\b',
);

export function firstAidStudy(text: string): boolean {
  return gatedTest(COURSE, text) && gatedTest(STUDY, text) && !gatedTest(CASUALTY_NOW, text);
}
