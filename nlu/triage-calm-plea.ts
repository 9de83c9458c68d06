import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "aidez-moi svp j'ai perdu mon portefeuille avec mes papiers", "SOS il me reste 2 points",
 * "au secours le formulaire ne se valide pas": a cry for help that opens an ordinary
 * problem (papers, a proxy vote, points on the licence, a form, a website) is a plea for a
 * procedure, not a call for rescue. The thing must be named and no person may be in danger:
 * a blow, a threat, a pursuer, a wound, someone lost or shut in keep the call for help
 * ("au secours mon mari me bat, il a pris mes papiers" was calmed by its papers).
 */
const CRY = rx('',
  '\\b(au secours|a le aide|help|sos|(aidez|aide|aider) (moi|nous)|svp aidez|aidez svp)\\b',
);

/** Papers, votes, points, forms and sites: what a procedure is about. */
const ORDINARY = rx('',
  '\\b(portefeuille|porte feuille|porte monnaie|papiers|carte de identite|cni|passeport|',
  'permis|carte grise|carte vitale|carte bleue|carte bancaire|titre de sejour|procuration|',
  'procurations|vote|voter|elections?|electeur|bureau de vote|points|point sur|stage de ',
  'recuperation|amende|amendes|contravention|pv|formulaire|formulaires|pre plainte|dossier|',
  'demarche|demarches|site|le appli|application|en ligne|valider|se valide|validation|',
  'declaration|attestation|justificatif|rendez vous|rdv|mot de passe|identifiant|ants|',
  'prefecture|mairie|teleservice|recepisse|plainte|main courante|classee sans suite)\\b',
);

/** A person in danger, whatever the papers: the call for help stands. */
const PERSON_DANGER = rx('',
  '\\b(frappe|frappent|frapper|tape|tapent|cogne|cognent|bat|battu|battue|tabasse|agresse|',
  'agressee|agresser|attaque|attaquee|menace|menacee|menacent|tuer|couteau|arme|flingue|',
  'sang|saigne|blesse|blessee|suit|suivi|suivie|poursuit|poursuivi|poursuivie|enferme|',
  'enfermee|enferment|sequestre|sequestree|retient|retenue|viole|violee|etrangle|suture|',
  'peur(?! de (perdre|rater|louper|pas|ne pas|me tromper))|disparu|disparue|introuvable|',
  'danger|perdu dans|perdue dans|perdu en|perdue en|coince|coincee|bloque dans|bloquee dans|',
  'malaise|respire|inconscient|inconsciente|feu|fumee|gaz|noie|accident|mourir|en finir|',
  'suicid[a-z]*|vite|urgence|urgent|en ce moment|maintenant|chez moi un|dans ma maison|',
  'il est la|ils sont la|est entre|sont entres|(perdu|trouve plus|vois plus) (mon|ma|notre) ',
  '(fils|fille|enfant|bebe|petit|petite|mari|femme|mere|pere)|(parti|partie|partis) avec|',
  'emmene|emmenee|enleve|enlevee|kidnappe|kidnappee)\\b',
);

/** The gate: one of the cry's words, a short regex most messages fail at once. */
const GATE = /\b(secours|aide|aidez|aider|help|sos)\b/;

export function ordinaryPlea(text: string): boolean {
  return gatedTest(GATE, text) && gatedTest(CRY, text) && gatedTest(ORDINARY, text) &&
    !gatedTest(PERSON_DANGER, text);
}
