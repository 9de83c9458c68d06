import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "Je me suis fait frapper dans le bus le mois dernier et maintenant j'ose plus sortir":
 * an assault told as past, and the fear it left. Its "maintenant" is the fear's, not a
 * danger's, which the net's now-markers read as under way. The writer is owed the help
 * after violence (the FAQ), not the police on the way. Someone back, waiting or following,
 * a weapon or a wound keeps the alarm.
 */
const ASSAULTED = rx('',
  '\\b(agresse|agressee|agresses|agression|frappe|frappee|tabasse|tabassee|attaque|attaquee|',
  'braque|braquee|vole|volee|cambriole|cambriolee|cambrioles|viole|violee|harcele|harcelee|',
  '(fait|faite) (frapper|agresser|tabasser|attaquer|voler|braquer|violer|cogner|casser la gueule))',
  '\\b',
);

const DATED_BEFORE = rx('',
  '\\b((il y a|ya|y a|ca fait|depuis) (un|une|deux|trois|quatre|quelques|plusieurs|\\d+) ',
  '(jours|semaine|semaines|mois|an|ans|annees)|la semaine derniere|le mois dernier|',
  'le an dernier|le annee derniere|cet ete|cet hiver|le ete dernier|en (janvier|fevrier|mars|',
  'avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\\b',
);

const FEAR_LEFT = rx('',
  '\\b((je ai|jai|j ai|je avais) (tres |trop |super )?peur (de|a) (sortir|prendre|marcher|rentrer|',
  'aller|retourner|croiser|dormir)|(je ose|jose|j ose) (plus|pas|plus jamais) (sortir|prendre|',
  'aller|retourner|marcher)|je (ne )?(sors|sort) plus|je panique (des que|quand|chaque fois que) ',
  'je (sors|sort|prends|marche)|(je suis|chui|jsuis) (angoisse|angoissee|terrorise|terrorisee) ',
  '(a le idee de|de|quand je) (sortir|sors|prendre|marcher))\\b',
);

const DANGER_NOW = rx('',
  '\\b(devant (chez moi|ma porte|la maison|mon immeuble)|me suit|me suivent|me attend|',
  'me attendent|est la|sont la|encore la|toujours la|revient|reviennent|est revenu|en bas|',
  'en ce moment|la maintenant|couteau|arme|flingue|pistolet|saigne|sang|blesse|blessee|',
  'me menace|me menacent|va me|vont me|veut me|veulent me)\\b',
);

export function fearLeftByPastAssault(text: string): boolean {
  return gatedTest(FEAR_LEFT, text) && gatedTest(ASSAULTED, text) &&
    gatedTest(DATED_BEFORE, text) &&
    !gatedTest(DANGER_NOW, text);
}
