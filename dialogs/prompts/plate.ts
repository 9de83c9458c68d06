import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';

/** "unknown": no plate given (a bike has none; a rental car's is not known by heart). */
export type PlateFormat = 'siv' | 'fni' | 'unknown';

export interface Plate {
  /** Canonical form: "AB-123-CD" (SIV, since 2009) or "123 ABC 45" (older FNI). */
  value: string;
  format: PlateFormat;
}

/**
 * SIV never uses I, O and U, nor SS at the start or 000 in the middle; WW is kept: it is
 * the temporary registration a newly bought car may still carry when stolen.
 */
const SIV_LETTER = '[A-HJ-NP-TV-Z]';
const SIV = new RegExp(`^(${SIV_LETTER}{2})(\\d{3})(${SIV_LETTER}{2})$`);
const FNI = /^(\d{1,4})([A-Z]{1,3})(\d{2}|2A|2B|97\d)$/;

/**
 * "aucune", "je ne sais pas", "c'est un vélo il a pas de plaque": no plate to give; the
 * citizen goes on rather than being held until they invent one (tester12's F6).
 */
const NO_PLATE = new RegExp('^(?:aucune?|rien|non|pas de plaque|sans plaque|'
  + 'je (?:ne )?(?:sais|connais) pas|je (?:ne )?me souviens (?:pas|plus)|jsp|'
  + 'aucune idee|inconnue?)\\b|\\b(?:pas de plaque|sans plaque|n a pas de plaque|'
  + 'a pas de plaque|pas d immatriculation|(?:sais|connais|souviens) (?:pas|plus) '
  + '(?:la|sa) plaque)\\b');

/** A French plate, or the citizen's word that there is none to give (format "unknown"). */
export function parsePlateOrNone(text: string): Parsed<Plate> {
  if (NO_PLATE.test(foldWords(text))) {
    return parsed({ value: '', format: 'unknown' });
  }
  return parseFrenchPlate(text);
}

/** A French registration plate in either format, spaces and dashes optional. */
export function parseFrenchPlate(text: string): Parsed<Plate> {
  const compact = text.toUpperCase().replace(/[\s\-.]/g, '');
  const siv = SIV.exec(compact);
  if (siv) {
    if (siv[2] === '000' || siv[1] === 'SS') {
      return failed('prompts/errors.plate_format');
    }
    return parsed({ value: `${siv[1]}-${siv[2]}-${siv[3]}`, format: 'siv' });
  }
  const fni = FNI.exec(compact);
  if (fni && fni[1].length + fni[2].length <= 6 && Number(fni[1]) > 0) {
    return parsed({ value: `${fni[1]} ${fni[2]} ${fni[3]}`, format: 'fni' });
  }
  return failed('prompts/errors.plate_format');
}
