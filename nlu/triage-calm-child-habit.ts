import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A child's plight told as what happens week after week, with a question about what to do:
 * the neighbours' boy who "a souvent des bleus et a peur de rentrer après l'école", a
 * four-year-old "qui joue seul dans la rue tous les soirs jusqu'à 22h". The child-in-danger
 * answer gives the 119 and the way to report; an alarm answers nobody. Tonight, a scream,
 * blows now, "il va la tuer", a child lost or crying in the street now keep the alarm.
 */
const CHILD = rx('',
  '\\b(enfant|enfants|gamin|gamine|gamins|gosse|gosses|petit|petite|petits|fils|fille|eleve|',
  'mome|bebe|bambin|neveu|niece)\\b',
);

/** Week after week: the marks come back, the child lingers, every evening. */
const HABIT = rx('',
  '\\b(souvent|toujours|tout le temps|regulierement|parfois|plusieurs fois|tous les (jours|soirs|',
  'midis|week ends)|chaque (jour|soir|semaine|fois)|a chaque fois|le soir jusque a|',
  'les soirs|jusque a (tres )?tard|depuis (des|plusieurs|quelques) (jours|semaines|mois)|',
  'de plus en plus|presque tous les)\\b',
);

/** The marks, the dread, the child alone outside. */
const PLIGHT = rx('',
  '\\b(bleus|hematomes?|marques|traces|griffures|coquards?|peur de rentrer|',
  '(veut|ose|voudrait) (pas|plus) rentrer|pour (ne )?pas rentrer|que rentrer|',
  '(seul|seule|seuls|tout seul|toute seule) (dehors|dans la rue|sur le parking|en bas|',
  'devant)|(joue|jouer|joueur|traine|trainer|reste|rester|erre|errer) (tout )?(seul|seule|',
  'seuls) (dehors|dans la rue|sur le parking|en bas|devant))\\b',
);

/** The writer asks what to do about it. */
const ASKS = rx('',
  '\\b(je fais quoi|on fait quoi|que faire|quoi faire|',
  'comment (faire|agir|reagir|le aider|la aider)|',
  'que dois je faire|je dois (faire quoi|signaler|prevenir|appeler)|qui (je dois )?prevenir|',
  'a qui (le )?(signaler|en parler|me adresser|le dire)|qui contacter|(je|on) (peux|peut) ',
  '(signaler|faire quelque chose)|faut il (signaler|prevenir)|est ce (grave|normal)|',
  'ce est (grave|normal|de la maltraitance)|c (grave|normal)|signaler)\\b',
);

/** What makes it tonight's: a time now, a scream, blows now, a threat to kill, a child lost. */
const NOW = rx('',
  '\\b(ce soir|cette nuit|tout a le heure|en ce moment|maintenant|actuellement|la (il|elle) ',
  '(est|pleure|hurle|crie|saigne)|je (entends|viens de)|on entend|hurle|hurlent|hurler|cris|',
  'cri|(le|la|les|me|te) (tuer|tue)|tuer|saigne|sang|inconscient|',
  'enferme|enfermee|perdu|perdue|personne autour|chez moi (la|maintenant)|est chez moi|',
  'il est (minuit|\\d+ ?h)|en pyjama|vient de|viennent de|route|couteau|arme)\\b',
);

/** The gate: a child word and a habit word, both short regexes, before the long ones. */
const GATE = rx('',
  '\\b(souvent|toujours|tout le temps|regulierement|parfois|tous les|chaque|tard|soirs?|',
  'depuis|plusieurs|de plus en plus)\\b',
);

export function childPlightAsHabit(text: string): boolean {
  return gatedTest(GATE, text) && gatedTest(CHILD, text) && gatedTest(HABIT, text) &&
    gatedTest(PLIGHT, text) && gatedTest(ASKS, text) && !gatedTest(NOW, text);
}
