import { gatedTest } from './regex-gate';
import type { Situation } from './triage-words';
import { dreadsBeaterReturn } from './triage-dread-return';

/**
 * Two dangers the calm checks used to hide, read on the normalised text:
 * - who cannot speak aloud with an intruder in the home ("je chuchote, un homme est entré"):
 *   hiding, so that the SMS 114 is among the numbers;
 * - a child afraid to go home tonight because a parent will beat them, even told by a
 *   third person or met online ("il m'écrit sur un jeu"): a child in danger now (119).
 */

const WHISPER = new RegExp('\\b((peux|peut|dois|doit|pouvons) (pas|plus) parler ' +
  '(fort|a voix haute|haut)|pas parler fort|parle (tout )?bas|(je|on) (chuchote|murmure)|' +
  '(dois|faut|dois pas|faut pas) (chuchoter|murmurer)|(pas|aucun) (le droit de )?faire ' +
  '(de|du|aucun) bruit)\\b');
const INTRUDER = new RegExp('\\b(homme|mec|type|gars|inconnu|inconnus|intrus|cambrioleur|' +
  'cambrioleurs|voleur|voleurs|individu|individus|quelqu un|des gens)\\b.{0,40}\\b(est entre|' +
  'sont entres|est rentre|sont rentres|fouille|fouillent|force|forcent|dans (la|ma|notre) ' +
  '(maison|appart|appartement|chambre|cuisine|salon|entree)|chez (moi|nous)|en bas)\\b');
/** A stammer, deafness, muteness or panic that makes the phone impossible: the SMS 114. */
const CANNOT_PHONE = new RegExp('\\b(je begaie|je begaye|je bloque sur les mots|' +
  'je suis (muet|muette|sourd|sourde|sourd muet|sourde muette)|sourde? de naissance|' +
  'je (ne )?entends (pas|rien)(?! (bien|ce que|ce qu|de ce))|' +
  '(je )?(arrive|peux|sais) (pas|plus) (a )?(telephoner|parler au telephone)|' +
  'le telephone je (peux|arrive) pas|(pas|plus) de voix pour appeler)\\b');
const SILENT_FOR_ANOTHER_REASON = new RegExp('\\b(dort|dorment|sieste|reunion|bibliotheque|' +
  'repare|reparer|plombier|technicien|ouvrier|extinction de voix|aphone|laryngite|' +
  'mal a la gorge|livreur|invite|invites)\\b');

const DREAD = /\b(peur de|ose pas|ose plus|veut pas|veut plus|refuse de) rentrer\b/;
const TONIGHT = /\b(ce soir|cette nuit|tout a le heure|apres le ecole|apres les cours)\b/;
const PARENT = /\b(pere|mere|beau pere|belle mere|daron|daronne|parents|papa|maman)\b/;
const BLOWS = new RegExp('\\b(frapper|battre|taper|cogner|defoncer|tabasser|frappe|bat|tape|' +
  'cogne|ceinture|coups|martinet)\\b');
const SCOLDING = /\b(sur les doigts|gronder|engueuler|punir|puni|privee? de)\b/;

/** Who cannot speak aloud, in any danger found: the SMS 114 is among the numbers too. */
export function whispers(normalized: string): boolean {
  return gatedTest(WHISPER, normalized) && !gatedTest(SILENT_FOR_ANOTHER_REASON, normalized);
}

/** Who whispers, or cannot use a phone at all (stammer, deafness, panic): 114 too. */
export function writesOnly(normalized: string): boolean {
  return whispers(normalized) || gatedTest(CANNOT_PHONE, normalized);
}

/** A child dreading tonight's blows at home: 119 first, not the 17 of blows under way. */
export function dreadsHomeTonight(normalized: string): boolean {
  return (gatedTest(DREAD, normalized) && gatedTest(TONIGHT, normalized) &&
    gatedTest(PARENT, normalized) &&
    gatedTest(BLOWS, normalized) && !gatedTest(SCOLDING, normalized)) ||
      dreadsBeaterReturn(normalized);
}

/** Situations these two families add, whatever the calm context says. */
export function unheardSituations(normalized: string): Situation[] {
  const found: Situation[] = [];
  if (whispers(normalized) && gatedTest(INTRUDER, normalized)) {
    found.push('hiding');
  }

  if (dreadsHomeTonight(normalized)) {
    found.push('child_neglect');
  }
  return found;
}
