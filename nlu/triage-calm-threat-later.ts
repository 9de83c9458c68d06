import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A threat made for a day weeks or months away ("un gars m'a menacé sur insta de me tabasser
 * à la rentrée", "il a dit qu'il me casserait la gueule cet été"): a complaint for threats
 * or harassment, not an emergency. Tonight, the person outside, a weapon or blows keep the
 * alarm.
 */
const THREAT = rx('',
  '\\b(menace|menacee|menaces|menacer|menacent|menacait|a dit|me a dit|a ecrit|me a ecrit|',
  'dit que|promis de|jure de|jure que|a promis|me a promis)\\b|',
  '\\b(va|vont|allait|allaient|vais) me (tuer|buter|tabasser|frapper|taper|defoncer|',
  'casser|niquer|planter|egorger|cogner|choper|attraper|retrouver)\\b|',
  '\\b(casserait|tuerait|taperait|frapperait|defoncerait|tabasserait|buterait|',
  'cassera|tuera|frappera|defoncera|tabassera|butera|attrapera|choppera|retrouvera|',
  'retrouverait|aura|aurait)\\b',
);
const LATER = rx('',
  '\\b(a la rentree|a la rentre|cet ete|cet hiver|cet automne|ce printemps|au printemps|',
  'le mois prochain|la semaine prochaine|les semaines qui viennent|le an prochain|',
  'le annee prochaine|apres les vacances|aux vacances|pendant les vacances|aux grandes ',
  'vacances|a noel|a paques|en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|',
  'septembre|octobre|novembre|decembre)|dans (\\d+|deux|trois|quatre|cinq|six|quelques|',
  'plusieurs|un|une) (semaines|semaine|mois|ans|an)|quand (il|elle|ils) (sortira|sortiront|',
  'sera sorti|sera sortie|reviendra|rentrera)|a sa sortie|a la fin (de le annee|du mois|',
  'de le ete)|le jour de la rentree)\\b',
);
const NOW_OR_HERE = rx('',
  '\\b(ce soir|cette nuit|maintenant|tout de suite|en ce moment|actuellement|devant|dehors|',
  'en bas|est la|sont la|arrive|arrivent|attend|attendent|vient|viennent|demain|',
  'aujourd hui|cet apres midi|ce midi|ce matin|vite|au secours|aidez|couteau|arme|flingue|',
  'pistolet|fusil|frappe|tape|saigne|sang|cache|cachee|enferme|enfermee|suit|suivi|rode|',
  'rodent|chez moi|sortie des cours|a la sortie|en train de)\\b',
);

/** The threat is of blows: being sent abroad or married by force is another danger. */
const BLOWS = rx('',
  '\\b(tabasser|tabasserait|tabassera|frapper|frapperait|frappera|taper|taperait|',
  'defoncer|defoncerait|defoncera|casser la gueule|casserait la gueule|cassera la gueule|',
  'tuer|tuerait|tuera|buter|buterait|butera|niquer|planter|egorger|cogner|regler son compte|',
  'faire la peau|peter la gueule|peter les dents|retrouver|retrouvera|retrouverait)\\b',
);

export function threatForLater(text: string): boolean {
  return gatedTest(THREAT, text) && gatedTest(BLOWS, text) && gatedTest(LATER, text) &&
    !gatedTest(NOW_OR_HERE, text);
}
