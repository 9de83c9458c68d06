import type { Content } from '../../../content/renderer';
import { inPoliceZone } from '../../../geo/policeZone';
import type { Commune } from '../../../geo/types';
import type { NearbyUnit } from '../../../geo/units';

/** "3,4 km": French decimal comma, one decimal is enough to compare two brigades. */
function kilometres(distance: number): string {
  return `${distance.toFixed(1).replace('.', ',')} km`;
}

export function renderNearest(content: Content, found: NearbyUnit[], commune?: Commune): string {
  const units = found.map(({ unit, distanceKm }) => ({
    name: unit.name,
    address: unit.address,
    phone: unit.phone,
    hours: unit.openingHours,
    distance: kilometres(distanceKm),
  }));
  return content.render('procedures/contact-unit/nearest', {
    units,
    commune: commune?.name ?? '',
    postcode: commune?.postcode ?? '',
  });
}

/** Until a unit list is imported, say so plainly and point to the official directory. */
export function renderWithoutList(content: Content, commune?: Commune): string {
  return content.render('procedures/contact-unit/without_list', {
    commune: commune?.name ?? '',
    postcode: commune?.postcode ?? '',
  });
}

/**
 * Paris and its inner suburbs have no brigade: the commissariat, not a brigade kilometres
 * away, is the answer there. Undefined for any other commune.
 */
export function renderPoliceZone(content: Content, commune?: Commune): string | undefined {
  if (commune === undefined || !inPoliceZone(commune.postcode)) {
    return undefined;
  }
  return content.render('procedures/contact-unit/police_zone', {
    name: commune.name,
    postcode: commune.postcode,
  });
}
