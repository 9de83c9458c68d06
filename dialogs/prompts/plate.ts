import { Parsed, failed, parsed } from './parsed';

export type PlateFormat = 'siv' | 'fni';

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
