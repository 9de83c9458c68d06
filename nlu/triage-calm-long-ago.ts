import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A captivity lived years ago, told for the follow-up ("il y a quatre ans des voleurs m'ont
 * séquestrée chez moi, l'enquête avance ?"): the hiding rule calls for help whatever the
 * time, so this needs three proofs: told in the past tense, dated months or years back,
 * and asked about the case; nothing may say the captors are back.
 */
const HELD_THEN = rx('',
  '\\b(me ont|ma|me a|nous ont|nous a|ont ete|ai ete|avons ete|a ete) (sequestre|sequestree|',
  'sequestres|sequestrees|enferme|enfermee|enfermes|enfermees|retenu|retenue|retenus|',
  'pris en otage|prise en otage|ligote|ligotee|attache|attachee)\\b',
);
const LONG_AGO = rx('',
  '\\b(il y a (\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) ',
  '(mois|ans|annees)|le an (dernier|passe)|le annee (derniere|passee)|en (19|20)\\d\\d|',
  'quand je etais (petite?|enfant|ado|jeune))\\b',
);
const FOLLOW_UP = rx('',
  '\\b(enquete|plainte|proces|avocat|avocate|dossier|indemnisation|indemnise|juge|tribunal|',
  'condamne|condamnes|arrete|arretes|savoir si|des nouvelles|prescription|prescrit|prescrite|',
  'psy|psychologue|cauchemars|temoigner|aide aux victimes|association)\\b',
);
const BACK_NOW = rx('',
  '\\b(encore|de nouveau|a nouveau|revenu|revenus|revenue|reviennent|en ce moment|maintenant|',
  'ce soir|cette nuit|la dehors|devant chez moi|aidez moi|au secours|vite|toujours enferme|',
  'toujours enfermee|sortir de la)\\b',
);

export function captivityLongAgo(text: string): boolean {
  return gatedTest(HELD_THEN, text) && gatedTest(LONG_AGO, text) && gatedTest(FOLLOW_UP, text) &&
    !gatedTest(BACK_NOW, text);
}
