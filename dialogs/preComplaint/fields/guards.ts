import type { Commune } from '../../../geo/types';
import type { PlaceRef } from '../../../records/types';
import type { HomeAddress } from '../../prompts/streetAddress';
import type { FieldOutcome } from '../form';

/** Type guards for what the prompts hand back: dialog results arrive as `unknown`. */

export const NEXT: FieldOutcome = { kind: 'next' };
export const AGAIN: FieldOutcome = { kind: 'again' };

export function isOneOf<V extends string>(values: readonly V[], value: unknown): value is V {
  return typeof value === 'string' && values.some((known) => known === value);
}

export function isCommune(value: unknown): value is Commune {
  return typeof value === 'object' && value !== null && 'inseeCode' in value &&
    typeof value.inseeCode === 'string' && 'name' in value && typeof value.name === 'string' &&
    'postcode' in value && typeof value.postcode === 'string';
}

export function placeOf(commune: Commune): PlaceRef {
  return { inseeCode: commune.inseeCode, name: commune.name, postcode: commune.postcode };
}

/** A text answer stored under `key`, or ask again when the prompt gave something else. */
export function storeText<K extends string>(
  draft: Partial<Record<K, string>>,
  key: K,
  value: unknown,
): FieldOutcome {
  if (typeof value !== 'string') {
    return AGAIN;
  }
  draft[key] = value;
  return NEXT;
}

/** The street prompt's answer: the street, and the commune when it was named with it. */
export function isHomeAddress(value: unknown): value is HomeAddress {
  return typeof value === 'object' && value !== null && 'street' in value &&
    typeof value.street === 'string' && (!('commune' in value) || value.commune === undefined
      || isCommune(value.commune));
}
