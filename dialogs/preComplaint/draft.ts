import type {
  AttachmentInfo, CallbackSlot, FilerRole, OffenceKind, PlaceRef, StolenItem,
} from '../../records/types';

/** Answers of the eligibility question that lead elsewhere instead of a pré-plainte. */
export type OrientationKind = 'person' | 'online_fraud' | 'card_fraud' | 'illegal_content';

export type EligibilityKind = OffenceKind | OrientationKind;

/** Why the dialog ended without a record; each has a template in orient/. */
export type Orientation =
  | 'emergency' | 'person' | 'author_known' | 'thesee' | 'perceval' | 'pharos' | 'declined';

/**
 * The answers so far. Kept in conversation state, hence JSON only: dates are ISO strings.
 * Every field is optional because the citizen fills them one at a time.
 */
export interface Draft {
  danger?: boolean;
  kind?: EligibilityKind;
  /** 'unsure': "jsp", "je sais pas": led on as not known, with the doubt kept for the gendarme. */
  authorKnown?: boolean | 'unsure';
  when?: { from: string; to: string; precision: 'time' | 'part_of_day' | 'day' | 'range';
    said: string;
    /** ISO instant the citizen said it: "hier" is read again against it (localTime.ts). */
    saidAt?: string;
    /** IANA zone the words were read in; absent in drafts started before: Paris. */
    timeZone?: string };
  /** The date no longer held once read in the commune's time: it is asked again. */
  dateNotLocal?: boolean;
  commune?: PlaceRef;
  placeDetails?: string;
  /** The commune was changed after the place was given: « toujours … ? » is asked. */
  placeToConfirm?: boolean;
  account?: string;
  items?: StolenItem[];
  plate?: { value: string; format: 'siv' | 'fni' | 'unknown' };
  vehicleDescription?: string;
  evidence?: string;
  attachments?: AttachmentInfo[];
  role?: FilerRole;
  companyName?: string;
  minorLastName?: string;
  minorFirstName?: string;
  minorBirthDate?: string;
  lastName?: string;
  firstName?: string;
  birthDate?: string;
  birthPlace?: string;
  street?: string;
  homeCommune?: PlaceRef;
  /** The street answer named the commune too: « Dans quelle commune ? » is not asked. */
  homeCommuneInStreet?: boolean;
  phone?: string;
  email?: string | null;
  callback?: CallbackSlot;
  consent?: boolean;
  /** "non" at the consent was answered once: the next "non" erases the answers. */
  declineWarned?: boolean;
}

/** Where the citizen is in the form: answered fields in the order they were answered. */
export interface FormState {
  draft: Draft;
  answered: string[];
  current?: string;
  /** The answered fields when the summary last reopened some: what a "c'est bon" restores. */
  beforeReopen?: string[];
  /** ISO instant the draft was started: it expires 30 days later. */
  startedAt: string;
}

export function newForm(now: Date): FormState {
  return { draft: {}, answered: [], startedAt: now.toISOString() };
}

export function isFormState(value: unknown): value is FormState {
  return typeof value === 'object' && value !== null &&
    'draft' in value && typeof value.draft === 'object' && value.draft !== null &&
    'answered' in value && Array.isArray(value.answered) &&
    'startedAt' in value && typeof value.startedAt === 'string';
}

/** Reads `{ form }` from dialog options or state, whatever shape they arrived in. */
export function formIn(holder: unknown): FormState | undefined {
  if (typeof holder !== 'object' || holder === null || !('form' in holder)) {
    return undefined;
  }
  return isFormState(holder.form) ? holder.form : undefined;
}

export const VEHICLE_KINDS: readonly EligibilityKind[] = ['vehicle_theft', 'theft_from_vehicle'];

export function involvesVehicle(draft: Draft): boolean {
  return draft.kind !== undefined && VEHICLE_KINDS.includes(draft.kind);
}
