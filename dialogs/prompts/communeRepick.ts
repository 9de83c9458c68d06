import type { Commune, PostcodeDirectory } from '../../geo/types';
import { findCommunes } from './commune';
import { pickCommune } from './communePick';
import { Parsed, failed, parsed } from './parsed';

/**
 * While choosing among the candidates, the citizen may also give another postcode or name
 * ("29200", "brest", "29200 Brest"), as the question invites: it is looked up afresh. The
 * one candidate chosen, or the communes the new answer names.
 */
export function pickOrSearch(text: string, candidates: readonly Commune[],
  directory: PostcodeDirectory): Parsed<Commune[]> {
  const chosen = pickCommune(text, candidates);
  if (chosen.ok) {
    return parsed([chosen.value]);
  }
  // among candidates shown, an answer is a pick or a new name, never guessed near one
  const found = findCommunes(text, directory, false);
  return found.ok ? found : failed(chosen.error);
}
