import type { PreComplaintContent } from '../../records/types';
import { Draft, involvesVehicle } from './draft';
import { isOneOf } from './fields/guards';
import { OFFENCE_KINDS } from '../../records/types';
import { FRENCH_TIME_ZONE } from '../prompts/parisTime';

/**
 * The record a gendarme reads, from a completed draft; undefined when a required answer
 * is missing (a bug: the form asks every applicable field before it ends).
 */
export function buildRecordContent(draft: Draft): PreComplaintContent | undefined {
  const { kind, when, commune, homeCommune, role, phone, callback } = draft;
  if (!isOneOf(OFFENCE_KINDS, kind) || !when || !commune || !homeCommune || !role ||
    !phone || !callback || draft.lastName === undefined || draft.firstName === undefined ||
    draft.birthDate === undefined) {
    return undefined;
  }
  const content: PreComplaintContent = {
    offence: kind,
    facts: {
      from: when.from, to: when.to, precision: when.precision, dateAsSaid: when.said,
      timeZone: when.timeZone ?? FRENCH_TIME_ZONE,
      commune,
      placeDetails: draft.placeDetails ?? '',
      account: draft.account ?? '',
      items: draft.items ?? [],
      evidence: draft.evidence ?? '',
      attachments: draft.attachments ?? [],
    },
    filer: { role },
    person: {
      lastName: draft.lastName, firstName: draft.firstName, birthDate: draft.birthDate,
      birthPlace: draft.birthPlace ?? '',
      address: { street: draft.street ?? '', commune: homeCommune },
    },
    contact: { phone, callback },
  };
  if (involvesVehicle(draft) && draft.plate) {
    content.facts.vehicle = { plate: draft.plate.value, plateFormat: draft.plate.format,
      description: draft.vehicleDescription ?? '' };
  }
  if (role === 'company') {
    content.filer.companyName = draft.companyName;
  }
  if (role === 'parent') {
    content.filer.minor = { lastName: draft.minorLastName ?? '',
      firstName: draft.minorFirstName ?? '', birthDate: draft.minorBirthDate ?? '' };
  }
  if (draft.email) {
    content.contact.email = draft.email;
  }
  return content;
}
