import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Everyday figures and facts a fresh tester (tester21) saw raise alarms, each calmed only
 * without a word of danger of the writer's own: a film's suicide told as seen ("j'ai vu un film
 * où le mec se suicide"), "se jeter sur le buffet", "je suis en feu aujourd'hui au boulot",
 * "sauter de joie", and a street named after a danger given as one's address ("j'habite rue du
 * Feu à Lyon").
 */
const FILM_SUICIDE = rx('',
  '\\b(film|serie|episode|livre|roman|manga|jeu|clip|documentaire|docu)\\b.{0,40}',
  '\\b(le mec|le type|le gars|la fille|le personnage|le heros|la heroine|l acteur|le acteur|',
  'il|elle) ',
  '(se suicide|se tue|se pend|se jette|saute)\\b',
);

const FOOD_RUSH = rx('',
  '\\b(jeter|jette|jeterais|jeterai) sur (le|la|les) (buffet|bouffe|nourriture|gateau|gateaux|',
  'chocolat|chocolats|frigo|repas|dessert|desserts|soldes|apero|raclette|pizza|bonbons)\\b',
);

const ON_FIRE_FORM = rx('',
  '\\b(je suis|chui|jsuis|on est|il est|elle est) (trop |grave )?en feu (aujourd hui|ce soir|',
  'au boulot|au travail|au taf|au sport|au match|sur le terrain|en ce moment au)\\b',
);

const JOY_JUMP = rx('', '\\bsaut(er|e|ait|ais|ent|ant|erait) de joie\\b');

const DANGER_STREET_ADDRESS = rx('',
  '\\b(j habite|je habite|je vis|je suis domicilie|je suis domiciliee|mon adresse (est|ce est|c))',
  ' (au |a )?([0-9]+ )?(bis |ter )?(rue|avenue|chemin|impasse|place|allee|boulevard|route|',
  'quai|square|lieu dit) (du|de la|de le|des|de) (feu|feux|incendie|noyade|noyes|pendu|pendus|',
  'mort|morts|guet|tue|sang|bombe|bombes)\\b',
);

const OWN_DANGER = rx('',
  '\\b(moi aussi|je veux|envie de|j y pense|me jeter (sous|du|de la|par)|me suicider|me tuer|',
  'mourir|en finir|',
  'au secours|a l aide|vite|urgent|il y a le feu|ya le feu|brule|brulent|fumee|flammes|',
  'blesse|blessee|saigne|inconscient|respire)\\b',
);

export function everydayFigure(text: string): boolean {
  return (gatedTest(FILM_SUICIDE, text) || gatedTest(FOOD_RUSH, text) ||
    gatedTest(ON_FIRE_FORM, text) ||
    gatedTest(JOY_JUMP, text) || gatedTest(DANGER_STREET_ADDRESS, text)) &&
      !gatedTest(OWN_DANGER, text);
}
