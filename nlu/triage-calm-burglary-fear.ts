import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A burglary feared ahead ("on a peur d'un cambriolage pendant les vacances", "j'ai peur
 * qu'on me cambriole quand je suis au travail"): the prevention FAQ (tranquillité
 * vacances, an alarm), not a 17. Anyone there or at the door now keeps the alarm.
 */
const FEAR = /\b(peur|crainte|crains|craint|craignons|inquiet|inquiete|inquiets|angoisse)\b/;

const BURGLARY_FEARED = rx('',
  '\\b(peur|crainte|crains|craint|craignons|inquiet|inquiete|inquiets|angoisse)( [a-z]+){0,3} ',
  '(que|de|des|du)( [a-z]+){0,6} (cambriolage|cambriolages|cambrioler|cambriole|cambriolee|',
  'cambrioles|cambriolent|cambrioleurs|voleurs|vol|vols|squat|squatteurs|entrent|rentrent|',
  'entre|rentre|intrusion)\\b',
);

/** "plusieurs maisons cambriolées, on a peur que ce soit notre tour". */
const BURGLARIES_AROUND = /\b(cambriol[a-z]*|voleurs|vols)\b/;
const OUR_TURN = /\b(que ce soit|que ca soit|que ca tombe sur) (notre|mon|nous|moi)\b/;

/** Someone there or at the door now: the fear is of him, and it is a 17. */
const SOMEONE_NOW = rx('',
  '\\b(en ce moment|maintenant|en train|est la|sont la|(est|sont) dans (la|le|ma|mon|notre)|',
  'entends|bruit|bruits|essaie|essaient|essaye|force|forcent|forcer|fracture|vite|',
  'au secours|aidez moi|cache|cachee|caches|ce soir|cette nuit|rode|rodent|devant chez moi|',
  'dans le jardin|sonne|frappe a la porte)\\b',
);

export function burglaryFeared(text: string): boolean {
  return gatedTest(FEAR, text) && !gatedTest(SOMEONE_NOW, text) &&
    (gatedTest(BURGLARY_FEARED, text) || (gatedTest(BURGLARIES_AROUND, text) &&
      gatedTest(OUR_TURN, text)));
}
