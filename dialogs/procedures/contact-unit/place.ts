import type { Activity } from 'botbuilder';
import { findCommunes, namedInSentence } from '../../prompts/commune';
import { isCityWidePostcode } from '../../prompts/communeDepartment';
import type { Commune, PostcodeDirectory } from '../../../geo/types';
import { GeoPoint, isValidPoint } from '../../../geo/units';

/** Where the citizen is: typed (postcode or commune) or shared by the browser. */
export type PlaceAnswer =
  | { kind: 'communes'; communes: Commune[] }
  | { kind: 'location'; point: GeoPoint }
  | { kind: 'unknown_postcode'; postcode: string }
  | { kind: 'not_found' };

const POSTCODE_IN_TEXT = /\b([0-9]{2}) ?([0-9]{3})\b/;

/** True when the message itself already says where (a postcode, or a shared location). */
export function saysWhere(activity: Partial<Activity>): boolean {
  return sharedLocation(activity) !== undefined || POSTCODE_IN_TEXT.test(activity.text ?? '');
}

function readPoint(value: unknown): GeoPoint | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const holder = 'geo' in value && typeof value.geo === 'object' ? value.geo : value;
  if (typeof holder !== 'object' || holder === null) {
    return undefined;
  }
  if (!('latitude' in holder) || !('longitude' in holder)) {
    return undefined;
  }
  const point = { latitude: Number(holder.latitude), longitude: Number(holder.longitude) };
  return isValidPoint(point) ? point : undefined;
}

/**
 * A location the page sent because the citizen chose to share it: in the activity value,
 * or as a schema.org GeoCoordinates / Place entity. Never asked for behind their back.
 */
export function sharedLocation(activity: Partial<Activity>): GeoPoint | undefined {
  const fromValue = readPoint(activity.value);
  if (fromValue) {
    return fromValue;
  }
  for (const entity of activity.entities ?? []) {
    if (entity.type === 'GeoCoordinates' || entity.type === 'Place') {
      const point = readPoint(entity);
      if (point) {
        return point;
      }
    }
  }
  return undefined;
}

/** One entry per commune: a commune with several postcodes is still one place. */
export function distinctCommunes(communes: Commune[]): Commune[] {
  const seen = new Set<string>();
  return communes.filter((commune) => {
    const fresh = !seen.has(commune.inseeCode);
    seen.add(commune.inseeCode);
    return fresh;
  });
}

/**
 * Where the citizen is: a shared location, else the commune lookup of the pré-plainte
 * (postcode, name, or a name inside a sentence: "j'habite à Saint-Étienne").
 */
export function findPlace(
  directory: PostcodeDirectory,
  activity: Partial<Activity>,
): PlaceAnswer {
  const point = sharedLocation(activity);
  if (point) {
    return { kind: 'location', point };
  }
  const text = (activity.text ?? '').trim();
  const postcode = POSTCODE_IN_TEXT.exec(text);
  const code = postcode ? `${postcode[1]}${postcode[2]}` : undefined;
  // "75000" is no postcode, but everyone's Paris: looked up as the city (t89)
  if (code !== undefined && directory.byPostcode(code).length === 0
    && !isCityWidePostcode(code, directory)) {
    return { kind: 'unknown_postcode', postcode: code };
  }
  // "42 100" is a postcode too: the lookup reads five digits together
  const found = findCommunes(postcode ? text.replace(postcode[0], ` ${code} `) : text, directory);
  return found.ok ? { kind: 'communes', communes: distinctCommunes(found.value) }
    : { kind: 'not_found' };
}

/**
 * A commune the first message already named ("la gendarmerie la plus proche de gap"): only
 * a name ending the message after "à", "de", "près de"..., so that the request itself
 * ("une brigade en ville") is never read as a place.
 */
export function namedInRequest(
  directory: PostcodeDirectory,
  activity: Partial<Activity>,
): Commune[] {
  return distinctCommunes(namedInSentence(activity.text ?? '', directory, { firstMessage: true }));
}
