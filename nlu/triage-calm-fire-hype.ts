import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Slang "le feu" for great, in the word orders the idioms' FIRE_SLANG does not read: "le feu
 * ce son", "trop le feu ce concert", "ce son est le feu", "c le feu frérot". A place that
 * burns, flames, smoke or the firemen keep the alarm ("y a le feu chez le voisin 🔥").
 */
const HYPE_FIRE = rx('',
  '\\b(ce est|ce|cest|c|ct|etait|ce etait|est|trop|grave|vraiment|tellement|carrement|',
  'juste|de la balle|un truc de fou|de ouf)( trop| grave| vraiment| tellement| juste)? ',
  'le feu\\b|^le feu (ce|cet|cette|ces|ton|ta|tes|son|sa|ses|leur|leurs|le|la|les)\\b',
);
/** What slang calls great, or who writes it. */
const HYPE = rx('',
  '\\b(son|sons|rap|rappeur|clip|album|morceau|chanson|musique|playlist|concert|festival|',
  'soiree|fete|teuf|dj|match|film|serie|episode|saison|jeu|tenue|look|sape|sapes|outfit|',
  'baskets|style|spectacle|show|ambiance|artiste|chanteur|chanteuse|titre|track|feat|beat|',
  'prod|freestyle|danse|choree|live|stream|sketch|equipe|frere|frerot|wesh|wsh|gros|frero|',
  'mec|meuf|kiffe|kif|ouf|masterclass|banger|vibe|vibes|trop bien|trop bon|ma gueule)\\b',
);
const REAL_FIRE = rx('',
  '\\b(y a le feu|il y a le feu|ya le feu|au feu|le feu (a|prend|se propage|gagne)|en feu|',
  'brule|brulent|flammes|flamme|fumee|incendie|pompiers|cuisine|maison|appart|appartement|',
  'immeuble|chez|voisin|voisine|garage|grange|voiture|foret|cave|escalier|batiment|',
  'poubelle|poubelles|gaz|explosion|secours|vite|aidez)\\b',
);

export function fireHype(text: string): boolean {
  return gatedTest(HYPE_FIRE, text) && gatedTest(HYPE, text) && !gatedTest(REAL_FIRE, text);
}
