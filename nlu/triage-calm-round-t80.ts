import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t80's false alarms: a dead phone that cannot call the bank, rain that kills the
 * tomatoes, "se tuer à la tâche", "brûler les étapes", a film called "Au secours...". Each
 * figure settles the message only when no real danger is told beside it.
 */

/** "mon téléphone est mort": the device, not a person. */
const DEVICE_DEAD = rx('',
  '\\b(telephone|portable|tel|phone|iphone|mobile|batterie|ordi|ordinateur|tablette|box) ',
  '(est|etait|est completement|est carrement) (mort|morte|hs|cuit|foutu|a plat)\\b',
);

/** Plants and crops killed by the weather or pests. */
const PLANTS_KILLED = rx('',
  '\\b(tuer|tue|tuent|tuera|crever|creve|bousiller|flinguer) (mes|les|nos|mon|ma|tous mes|',
  'toutes mes) (tomates|plantes|fleurs|salades|semis|legumes|potager|jardin|recoltes|',
  'geraniums|rosiers|arbres|courgettes|plantations|vignes|fraisiers)\\b',
);

/** Working oneself to death, the idiom. */
const WORKED_TO_DEATH = rx('',
  '\\b(se|me|te|nous|vous) (tuer|tue|tuent|tues|tuait) (a la tache|au travail|au boulot|',
  'a bosser|a travailler|a la peine|a reviser)\\b',
);

/** "brûler les étapes", "brûler la chandelle par les deux bouts". */
const BURN_FIGURE = rx('',
  '\\b(brule|bruler|brules|brulent|brulons|brulez|brulait|brulais) (les|des) etapes\\b|',
  '\\b(bruler|brule|brulait) la chandelle\\b',
);

/** A work's title: "le film Au secours j'ai 30 ans", "la série À l'aide". */
const TITLED_WORK = rx('',
  '\\b(film|serie|livre|roman|chanson|emission|piece|spectacle|album|bd|comedie|',
  'dessin anime|episode|titre|pub) (intitule |intitulee |appele |appelee |qui se appelle |',
  'nomme )?(au secours|a le aide|a l aide|help|sos)\\b',
);

/** Left over beside the figure: then it is no figure-only message. */
export const DANGER_LEFT = rx('',
  '\\b(feu dans|incendie|flammes|fumee|frappe|frapper|couteau|arme|sang|saigne|me suit|',
  'agresse|agression|viol|menace|urgence|inconscient|malaise|blesse|blessee|suicide|',
  'en finir|mourir|pendre|medicaments|cachets|au secours|aidez moi|aide moi|il me tue|',
  'me tuer|entre chez|cambrioleur|respire plus|respire pas|pompiers|samu|police|gendarmes|',
  'gendarmerie|secours|ambulance|tombe|tombee|bouge plus|bouge pas|accident|noye|noie)\\b',
);

const FIGURES: readonly RegExp[] = [
  DEVICE_DEAD, PLANTS_KILLED, WORKED_TO_DEATH, BURN_FIGURE, TITLED_WORK,
];

/** True when a figure of round t80 is told and, once it is removed, no danger is left. */
export function settledT80(text: string): boolean {
  const figure = FIGURES.find((pattern) => gatedTest(pattern, text));
  if (figure === undefined) {
    return false;
  }

  const global = new RegExp(figure.source, 'g');
  return !gatedTest(DANGER_LEFT, text.replace(global, ' '));
}
