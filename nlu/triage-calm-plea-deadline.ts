import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "aidez-moi svp, la fourrière ferme à 18h", "au secours je prends l'avion demain et mon
 * passeport est périmé", "aidez moi, l'amende est majorée demain": a cry for help that opens
 * a procedure racing a deadline. The hurry ("vite", "urgent", "avant ce soir") is the
 * office's closing time, not a danger, so unlike the calm plea (triage-calm-plea.ts) it may
 * be said; what keeps the alarm is a person in danger, whatever the papers.
 */
const CRY = rx('',
  '\\b(au secours|a le aide|help|sos|(aidez|aide|aider|aidez vite|aide vite) (moi|nous)|',
  'svp aidez|aidez svp|besoin de aide)\\b',
);

/** What the deadline is about: the pound, papers for a trip, a fine to pay or contest. */
const PROCEDURE = rx('',
  '\\b(fourriere|fourrieres|enlevement|passeport|passeports|carte de identite|cni|',
  'titre de sejour|visa|permis|carte grise|amende|amendes|contravention|contraventions|pv|',
  'proces verbal|avis de contravention|majoree|majoration|contester|contestation|recours|',
  'ants|prefecture|mairie|rendez vous en prefecture)\\b',
);

/** A person in danger: blows, threats, a pursuer, a wound, someone gone or taken, a fire. */
const PERSON_DANGER = rx('',
  '\\b(frappe|frappent|frapper|tape|tapent|cogne|cognent|bat|battu|battue|tabasse|agresse|',
  'agressee|agresser|attaque|attaquee|menace|menacee|menacent|tuer|couteau|arme|flingue|',
  'sang|saigne|blesse|blessee|blesses|suit|suivi|suivie|poursuit|poursuivi|poursuivie|',
  'enferme|enfermee|sequestre|sequestree|retient|retenue|viole|violee|etrangle|peur|',
  'disparu|disparue|introuvable|danger|coince|coincee|malaise|respire|inconscient|',
  'inconsciente|(le|du|au|en) feu(?! (rouge|orange|vert|tricolore))|incendie|flammes|fumee|',
  'gaz|noie|accident|accidente|renverse|renversee|mourir|en finir|suicid[a-z]*|',
  'il est la|ils sont la|est entre|sont entres|enlevee|kidnappe|kidnappee|',
  '(enleve|emmene|pris|perdu|trouve plus|vois plus) (mon|ma|notre|nos|mes) (fils|fille|',
  'enfant|enfants|bebe|petit|petite|mari|femme|mere|pere)|(parti|partie|partis) avec|',
  'emmenee|seule? dehors|dors dehors|dans la rue)\\b',
);

/** The gate: one of the cry's words, then one of the procedure's. */
const GATE = /\b(secours|aide|aidez|aider|help|sos)\b/;

export function deadlinePlea(text: string): boolean {
  return gatedTest(GATE, text) && gatedTest(CRY, text) && gatedTest(PROCEDURE, text) &&
    !gatedTest(PERSON_DANGER, text);
}
