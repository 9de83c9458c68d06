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

/**
 * "au cas où un cambrioleur viendrait chez moi la nuit, je contacte qui": a visit supposed
 * in the conditional, and who to call then (round t95).
 */
const SUPPOSED_VISIT = rx('',
  '\\b(au cas ou|dans le cas ou|si jamais|si un jour|si une nuit|si)( un jour| une nuit)? ',
  '(un|une|des|quelqu un|quelque un|qqn|on)( [a-z]+)? (cambrioleur|cambrioleurs|voleur|',
  'voleurs|intrus|inconnu|inconnus|rodeur|rodeurs|squatteur|squatteurs|individu|individus|',
  'personne|homme|hommes)? ?(viendrait|viendraient|venait|venaient|entrerait|entreraient|',
  'entrait|entraient|rentrerait|rentreraient|rentrait|rentraient|essaierait|essayait|',
  'forcerait|forcait|sintroduirait|se introduirait|se introduisait|cambriolerait|',
  'cambriolait|penetrait|penetrerait)\\b',
);

/** Who to call then, or what to do. */
const WHO_THEN = rx('',
  '\\b(je contacte qui|on contacte qui|je appelle qui|on appelle qui|qui appeler|qui contacter|',
  'quel numero|je fais quoi|on fait quoi|que faire|quoi faire|comment reagir|que dois je faire|',
  'il faut faire quoi|faut faire quoi|je dois faire quoi|je dois appeler|il faut appeler)\\b',
);

export function burglaryFeared(text: string): boolean {
  if (gatedTest(SUPPOSED_VISIT, text) && gatedTest(WHO_THEN, text) &&
    !gatedTest(SOMEONE_NOW, text)) {
    return true;
  }

  return gatedTest(FEAR, text) && !gatedTest(SOMEONE_NOW, text) &&
    (gatedTest(BURGLARY_FEARED, text) || (gatedTest(BURGLARIES_AROUND, text) &&
      gatedTest(OUR_TURN, text)));
}
