/**
 * Departments whose every commune is policed by the police nationale (the Préfecture de
 * police), the gendarmerie having no brigade there: Paris and its inner suburbs. There the
 * OTV is the commissariat's, a pré-plainte is signed at a commissariat, and the nearest
 * brigade may be far away. Elsewhere the zones are mixed: every other commune is treated
 * as the gendarmerie's.
 */
export const POLICE_ZONE_DEPARTMENTS: readonly string[] = ['75', '92', '93', '94'];

/** True for a postcode of a police-only department (its first two digits). */
export function inPoliceZone(postcode: string): boolean {
  return /^\d{5}$/.test(postcode) && POLICE_ZONE_DEPARTMENTS.includes(postcode.slice(0, 2));
}
