/**
 * How to help someone in danger, asked ahead ("que faire si je vois quelqu'un se noyer ?",
 * "si quelqu'un fait un malaise devant moi"): nobody is in danger now, so no alarm (the
 * triage reads the supposition), but the answer must give the number for that scene. The
 * model had no topic for it and answered "not sure" with no number at all. Read on
 * normalised text; a road accident keeps its own FAQ, which gives its numbers.
 */
export type RescueScene = 'sea' | 'inlandWater' | 'water' | 'malaise' | 'fire';

/** The question asked ahead: "que faire si", "comment réagir", "si je vois…". */
const ASKED_AHEAD = new RegExp('^(?:(?:et|mais|bonjour|euh|question) )*si\\b|'
  + '\\b(?:que faire|quoi faire|je fais quoi|on fait quoi|il faut faire quoi|que dois je faire|'
  + 'comment (?:reagir|agir|faire|aider|sauver|secourir|porter secours)|quels? (?:gestes?|'
  + 'reflexes?)|qui (?:appeler|prevenir|contacter)|quel numero|en cas de|face a)\\b');

/** A scene supposed, not told: "si", "en cas de", "quand on voit", "un jour". */
const SUPPOSED = new RegExp('\\b(?:si|en cas de|face a|quand on|lorsque|un jour|'
  + 'si jamais)\\b');

const DROWNING = new RegExp('\\b(?:noie|noient|noyer|noyade|noyades|se noyer|boit la tasse|'
  + 'tombe a le eau|tomber a le eau|tombe dans le eau|tomber dans le eau|emporte par le courant|'
  + 'emporte par les vagues|coule a pic|en difficulte dans (?:le eau|la mer|les vagues|le lac|'
  + 'la riviere)|(?:nageur|nageuse|baigneur|baigneuse)(?: [a-z]+){0,2} en difficulte)\\b');
const SEA = new RegExp('\\b(?:mer|plage|ocean|vagues?|baine|baines|au large|port|bateau|'
  + 'voilier|surf|kitesurf|paddle|littoral|digue|jetee|calanque|crique)\\b');
const INLAND = new RegExp('\\b(?:lac|riviere|fleuve|etang|canal|piscine|bassin|mare|seine|'
  + 'loire|rhone|garonne|ruisseau|torrent|plan de eau|gravieres?|base de loisirs)\\b');
const MALAISE = new RegExp('\\b(?:malaise|perd connaissance|perdre connaissance|'
  + 'inconscient|inconsciente|evanoui|evanouie|evanouit|evanouir|tombe dans les pommes|'
  + 'arret cardiaque|crise cardiaque|ne respire plus|respire plus|etouffe|se etouffe|avc|'
  + 'convulse|convulsions|crise de epilepsie|crise epilepsie|fait une crise|effondre|'
  + 's effondre|se effondre|tombe par terre|bouge plus)\\b');

/**
 * A fire seen, not lit: "si je vois un incendie", "en cas de départ de feu", "de la fumée
 * dans les bois" (t99: "que faire si un jour je vois un incendie dans la forêt" began the
 * pré-plainte). "si je fais un feu de camp" is a question of what is allowed (beachFire).
 */
const FIRE = new RegExp('\\b(?:incendies?|incendi|insendies?|incandies?|depart de feu|'
  + 'departs de feu|feu de (?:foret|forets|broussailles?|garrigue|champ|maison|immeuble|'
  + 'voiture|poubelles?)|feux de (?:foret|forets|broussailles?)|(?:des|les|grandes?) flammes|'
  + 'de la fumee|fumee (?:noire|epaisse)|(?:vois|voit|voyez|voir|apercois|apercoit|sens|sent) '
  + '(?:du|un|le) feu)\\b');

/** Someone in danger told as now: the triage's alarm, never this answer. */
const NOW = new RegExp('\\b(?:maintenant|en ce moment|actuellement|vite|aidez|au secours|la il|'
  + 'la elle)\\b|\\bsi (?:vous|tu|personne|on)\\b(?! (?:voit|voyez|vois|tombe))');

/** The scene a rescue question asks about, if `words` is one. */
export function rescueSceneAsked(words: string): RescueScene | undefined {
  if (!ASKED_AHEAD.test(words) || !SUPPOSED.test(words) || NOW.test(words)) {
    return undefined;
  }
  if (DROWNING.test(words)) {
    if (SEA.test(words)) {
      return 'sea';
    }
    return INLAND.test(words) ? 'inlandWater' : 'water';
  }
  if (MALAISE.test(words)) {
    return 'malaise';
  }
  return FIRE.test(words) ? 'fire' : undefined;
}
