import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t85's false alarms (two fresh sets: mountain and overseas writers, writers who spell
 * by sound): a neighbour's children left alone as a habit, a thing stolen and the thief
 * gone, a neighbour shooting birds asked about as a point of law, "au coin du feu". Each
 * settles the message only when no danger under way is told beside it.
 */

/** Children left alone, told as a habit: the child-in-danger answer (119's advice). */
const LEFT_ALONE = rx('',
  '\\b(laisse|laissent|laissait|laissaient)( [a-z]+){0,3} (seul|seuls|seule|seules)\\b',
);
const AS_A_HABIT = rx('',
  '\\b(depuis (longtemps|des (semaines|mois|annees)|plusieurs (semaines|mois|annees))|',
  'tous les (soirs|jours|week ends)|tout le temps|souvent|regulierement|chaque (soir|jour|',
  'week end)|le soir|les soirs|le week end|les week ends)\\b',
);
const CHILD_AT_RISK_NOW = rx('',
  '\\b(ce soir|cette nuit|maintenant|en ce moment|la depuis|depuis ce matin|depuis hier|',
  'depuis (\\d+|deux|trois|quatre|cinq|six) (heures|h)|pleure|pleurent|crie|crient|hurle|',
  'hurlent|fenetre|balcon|rebord|feu|fumee|tombe|tombee|blesse|blessee|malade|fievre|',
  'pas mange|faim|froid|frappe|frappent|au secours|vite|bebe|nourrisson)\\b',
);

/** A thing stolen, told as done: the complaint, unless the thief is still at it. */
const THING_STOLEN = rx('',
  '\\b((on|quelqu un|ils|des gens|un mec|un type|un individu|des jeunes) (me |nous )?',
  '(a|ont) (vole|voles|volee|volees|pique|piquee|derobe)|on ma vole|',
  '(a|ont) ete (vole|voles|volee|volees|derobe|derobes))\\b',
);
/** The thief still near, or a person taken with the thing: no longer a complaint. */
const THIEF_STILL_THERE = rx('',
  '\\b(vient de|viennent de|en ce moment|maintenant|encore la|toujours la|il est la|ils sont ',
  'la|il est dans|ils sont dans|je (le |la |les )?vois|fonce|dessus|me suit|nous suit|',
  'menace|menacent|couteau|arme|pistolet|frappe|frappent|blesse|blessee|au secours|aidez|',
  'vite|poursuis|poursuit|court|courent|chez moi|dans la maison|agresse|agressee|arrache|',
  'arrachee|coup|coups|violence|sang|dedans|a bord|a le arriere|fils|fille|enfant|enfants|',
  'bebe|petit|petite|gamin|gamine|chien|de force|emmener|enlever|marier|passeport)\\b',
);

/** A neighbour shooting at birds or pests, and a question of law. */
const SHOOTS_ANIMALS = rx('',
  '\\b(tire|tirent|tir|tirait) sur (les|des|un|une|le|la|ses|mes) (merles?|oiseaux|',
  'oiseau|pigeons?|corbeaux|corbeau|corneilles?|pies?|geais|etourneaux|tourterelles?|',
  'moineaux|chats?|lapins?|ragondins?|taupes?|rats?|sangliers?|renards?|canards?|faisans?|',
  'choucas|nuisibles|cibles?|canettes?|bouteilles?|ecureuils?)\\b',
);
const LAW_QUESTION = rx('',
  '\\b(legal|illegal|le droit|autorise|autorisee|interdit|permis|la loi|reglementation|',
  'reglementaire|ce est normal|est ce normal|peut il|peuvent ils)\\b',
);
const AT_PEOPLE = rx('',
  '\\b(gens|nous|moi|enfants|enfant|personnes|passants|promeneurs|vise (les|mon|ma|mes|nous|',
  'moi|le|la)|(me|nous|les) vise|blesse|blessee|touche|touchee|sang|balle dans|plombs dans|',
  'en ce moment|maintenant)\\b',
);

/** Fire words that are no fire: by the fireplace, a campfire, a traffic light, fireworks. */
const FIRE_FIGURE = rx('',
  '\\b((au )?coin du feu|feux? de camp|feux? de cheminee|feux? de artifice|feu (rouge|vert|',
  'orange|tricolore)|feux (rouges|verts|tricolores))\\b',
);
const FIRE_LEFT = rx('',
  '\\b(feu|feux|flammes|fumee|brule|brulee|brules|explose|explosion|blesse|blesses|blessee|',
  'incendie|crame|urgence|au secours|aidez|pompiers|accident|renverse|renversee|percute|',
  // a red light blinking on a lake or at sea is a distress signal
  'clignote|clignotent|lac|mer|large|bateau|voilier|signal|signaux|detresse)\\b',
);

/** A teenager out of touch whose whereabouts are known: the worry, not a search. */
const TEEN_OUT_OF_TOUCH = rx('',
  '\\b(mon fils|ma fille|mon ado|notre fils|notre fille) de (1[2-7]) ans( [a-z]+){0,3} ',
  '(repond plus|ne repond plus|est pas rentree?|pas rentree?|injoignable)\\b',
);
const WHEREABOUTS_KNOWN = rx('',
  '\\b((il|elle) est (chez (un|une|son|sa|ses) (ami|amie|amis|copain|copine|copains|pote|potes|',
  'cousin|cousine|pere|mere|grand mere|grand pere)|rentree?|revenue?)|(on|je) (le|la) a ',
  'retrouvee?|va bien)\\b',
);
const TEEN_DANGER = rx('',
  '\\b(frappe|frappee|menace|menacee|drogue|droguee|arme|couteau|fugue|suicide|mourir|',
  'en finir|majeur|adulte|homme de|sang|blesse|blessee|enferme|enfermee|sequestre)\\b',
);

function teenWhereaboutsKnown(text: string): boolean {
  return gatedTest(TEEN_OUT_OF_TOUCH, text) && gatedTest(WHEREABOUTS_KNOWN, text) &&
    !gatedTest(TEEN_DANGER, text);
}

function childrenLeftAsHabit(text: string): boolean {
  return gatedTest(LEFT_ALONE, text) && gatedTest(AS_A_HABIT, text) &&
    !gatedTest(CHILD_AT_RISK_NOW, text);
}

function thingStolenAndGone(text: string): boolean {
  return gatedTest(THING_STOLEN, text) && !gatedTest(THIEF_STILL_THERE, text);
}

function shootingAnimalsAsked(text: string): boolean {
  return gatedTest(SHOOTS_ANIMALS, text) && gatedTest(LAW_QUESTION, text) &&
    !gatedTest(AT_PEOPLE, text);
}

function fireFigureOnly(text: string): boolean {
  if (!gatedTest(FIRE_FIGURE, text)) {
    return false;
  }

  const global = new RegExp(FIRE_FIGURE.source, 'g');
  return !gatedTest(FIRE_LEFT, text.replace(global, ' '));
}

/** True when a calm situation of round t85 is all the message tells. */
export function settledT85(text: string): boolean {
  return childrenLeftAsHabit(text) || thingStolenAndGone(text) || shootingAnimalsAsked(text) ||
    fireFigureOnly(text) || teenWhereaboutsKnown(text);
}
