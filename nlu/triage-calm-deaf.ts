import { gatedTest } from './regex-gate';
import { CANNOT_HEAR, rx } from './triage-words';

/**
 * A deaf or hard-of-hearing citizen who says they cannot phone, only to ask for an
 * appointment, information or a written channel ("je suis sourde, je ne peux pas appeler,
 * comment prendre rendez-vous pour une plainte ?"): the contact FAQ, not the 114. Their
 * "je ne peux pas appeler" is who they are, not a danger silencing them; any danger named
 * beside it ("il y a quelqu'un chez moi", "il est là") keeps the 114 first.
 */
const DEAF = rx('', `\\b(${CANNOT_HEAR}|langue des signes|lsf|appareille|appareillee)\\b`);

/** What is asked: a meeting, a form, a written way to reach the brigade. */
const ASKS_SERVICE = rx('',
  '\\b(rendez vous|rdv|renseignement|renseignements|information|informations|horaires|',
  'plainte|pre plainte|procuration|main courante|signaler|declarer|declaration|mail|email|',
  'courriel|par ecrit|en ligne|formulaire|interprete|contacter|joindre|vous ecrire|',
  'un numero|quel numero|demande|demarche|demarches|dossier|convocation|accueil)\\b',
);

/** Anything that says danger now: a presence, a blow, a fire, a body, a plea. */
const DANGER_NAMED = rx('',
  '\\b(quelqu un|qqn|quelque un|un homme|des hommes|un individu|inconnu|inconnus|il est la|',
  'elle est la|ils sont la|est la|sont la|chez moi|dans la maison|entre|entrer|rentre|',
  'force|forcer|porte|fenetre|cache|cachee|frappe|frapper|tape|coups|menace|menacer|tuer|',
  'couteau|arme|feu|fumee|flammes|gaz|malaise|saigne|sang|blesse|blessee|tombe|tombee|',
  'respire|inconscient|inconsciente|suit|suivie|peur|danger|urgent|urgence|vite|secours|',
  'aidez moi|aide moi|a le aide|en ce moment|maintenant|mourir|suicide|suicider|enferme|',
  'enfermee|accident|agression|agresse|agressee|violence|violent)\\b',
);

export function deafAsksForService(text: string): boolean {
  return gatedTest(DEAF, text) && gatedTest(ASKS_SERVICE, text) && !gatedTest(DANGER_NAMED, text);
}
