/**
 * The gendarmerie's own name as voice dictation and phonetic writers spell it (a fresh set,
 * blind93: "comment on devient enquêteur dans l'agent de marie"): "la gens d'arme rit",
 * "la gendarme rie", "la jean darmerie", "des gens d'armes", "un jean d'arme". The topic
 * model and the rules know the dictionary's spelling only, and read these as an agent, a
 * Marie or a weapon. Over normalised words ("l agent" is "le agent", "d arme" is "de arme").
 *
 * "Agent de mairie" is a real job and stays; "l'agent de Marie" is kept as the gendarmerie
 * only after an article, where a first name is rarer than the dictated institution.
 */

/** "l'agent de marie", "la gens d'arme rit", "la gendarme rie": the institution. */
const INSTITUTION = new RegExp('(^| )(?:(?:le|la) agent de (?:marie|armerie)|lagent de marie|' +
  '(?:gens|jean|jan) (?:de armerie|darmerie|de arme (?:rit|ri|rie)|darme (?:rit|ri|rie))|' +
  // not "le gendarme rit", nor "la gendarme rit": someone laughs
  'la gendarme (?:ri|rie))(?= |$)', 'g');

/** What the writer meant: the article they dictated, then the name. */
function institution(match: string, lead: string): string {
  const article = match.includes('agent') || match.includes('la gendarme') ? 'la ' : '';
  return `${lead}${article}gendarmerie`;
}

/** "des gens d'armes", "un jean d'arme", "les gens darmes": the gendarmes themselves. */
const GENDARMES = /(^| )(?:gens|jean|jan) (?:de armes|darmes)(?= |$)/g;
const GENDARME = /(^| )(?:gens|jean|jan) (?:de arme|darme)(?= |$)/g;

/** Cheap test first: most messages hold none of these. */
const HINT = /\b(marie|armerie|darmerie|arme|armes|darme|darmes|rie|rit|ri)\b/;

/** `text` (normalised words) with the dictated spellings of the gendarmerie respelt. */
export function gendarmerieRespelled(text: string): string {
  if (!HINT.test(text)) {
    return text;
  }

  return text.replace(INSTITUTION, institution)
    .replace(GENDARMES, '$1gendarmes')
    .replace(GENDARME, '$1gendarme');
}
