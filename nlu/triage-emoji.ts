import { gatedTest } from './regex-gate';
import type { EmergencyAssessment } from './types';
import { SITUATION_NUMBERS, rx, type Situation } from './triage-words';

/**
 * normalize() drops emojis, so "🆘", "🔥🔥 maison" or "🔪 mon mari" reached the rules as
 * nothing or a bare word. They are read here from the raw text, beside the words normalize()
 * kept; "🔥" alone stays the slang for great ("ce son c'est le feu 🔥").
 */

const SOS = /\u{1F198}/u;
const FIRE = /\u{1F525}/u;
const KNIFE = /\u{1F52A}|\u{1F5E1}/u;

const HOME = rx('',
  '\\b(maison|chez moi|chez nous|appart|appartement|immeuble|cuisine|garage|grenier|',
  'chambre|salon|cave|batiment|voiture|foret|jardin|balcon|escalier|ferme|grange)\\b',
);

/** The slang "🔥" (a song, a party, a dish) and what is over or shown. */
const FIRE_HYPE = rx('',
  '\\b(le feu|de feu|trop bien|son|sons|musique|soiree|ambiance|canon|bombe|top|genial|',
  'dingue|ouf|concert|match|plat|recette|deco|look|tenue|photo|video|etait|hier|film|serie)\\b',
);

const PERSON = rx('',
  '\\b(mon mari|ma femme|mon ex|mon pere|ma mere|mon copain|ma copine|mon compagnon|',
  'ma compagne|mon fils|ma fille|mon frere|ma soeur|mon voisin|ma voisine|mon beau pere|',
  'il|elle|ils|un homme|un mec|un type|quelqu un|qqn|un inconnu|des mecs)\\b',
);

/** The knife in the kitchen, a recipe, a game. */
const KNIFE_CALM = rx('',
  '\\b(cuisine|recette|couper|coupe|legumes|viande|pain|gateau|emoji|jeu|partie|film|serie|',
  'aiguise|aiguiser|cadeau|achete|collection)\\b',
);

/** A work named beside the "🆘": "la chanson SOS 🆘 d'Indochine", "le film 🆘 Mayday". */
const WORK_NAMED = rx('',
  '\\b(chanson|chansons|film|films|serie|livre|roman|album|titre|clip|morceau|single|tube|',
  'chanteur|chanteuse|jeu|jeu video|emission|episode|bd|manga|podcast|spectacle|',
  'karaoke|playlist|paroles|concert|bande annonce|affiche du film|dessin anime)\\b',
);

/** What a "🆘" beside a title still means: a plea of the writer's own. */
const OWN_PLEA = rx('',
  '\\b(aide|aidez|aider|secours|vite|venez|urgent|urgence|danger|peur|detresse|',
  'sauvez|appelez|je suis|on est|chez moi|ici|moi|nous|bousculade|blesse|blessee|blesses|',
  'malaise|ecrase|ecrasee|ecrases|quelqu un|qqn|un homme|des hommes|force|porte|entre|feu|',
  'fumee|il me|elle me|ils me|me suit|me frappe|me menace|enferme|enfermee)\\b',
);

function assessed(situation: Situation): EmergencyAssessment {
  return { detected: true, numbers: [...SITUATION_NUMBERS[situation]], situation };
}

/** The danger an emoji tells, when the words normalize() kept leave no calm reading. */
function emojiDanger(raw: string, normalized: string): EmergencyAssessment | undefined {
  if (gatedTest(SOS, raw) &&
    !(gatedTest(WORK_NAMED, normalized) && !gatedTest(OWN_PLEA, normalized))) {
    return assessed('generic');
  }

  if (gatedTest(FIRE, raw) && gatedTest(HOME, normalized) && !gatedTest(FIRE_HYPE, normalized)) {
    return assessed('fire');
  }

  if (gatedTest(KNIFE, raw) && gatedTest(PERSON, normalized) &&
    !gatedTest(KNIFE_CALM, normalized)) {
    return assessed('weapon');
  }

  return undefined;
}

/** The rules' assessment, or the emoji's danger when the rules saw none. */
export function withEmojiDanger(emergency: EmergencyAssessment, raw: string,
  normalized: string): EmergencyAssessment {
  if (emergency.detected) {
    return emergency;
  }

  return emojiDanger(raw, normalized) ?? emergency;
}
