import type { StoredDocument } from '../storage/types';

/** What the citizen reported: the pré-plainte covers offences against property only. */
export type OffenceKind =
  | 'theft'
  | 'burglary'
  | 'damage'
  | 'fraud'
  | 'vehicle_theft'
  | 'theft_from_vehicle';

export const OFFENCE_KINDS: readonly OffenceKind[] = [
  'theft', 'burglary', 'damage', 'fraud', 'vehicle_theft', 'theft_from_vehicle',
];

export interface PlaceRef {
  inseeCode: string;
  name: string;
  postcode: string;
}

export interface StolenItem {
  description: string;
  /** Estimated value in euros; null when the citizen does not know. */
  valueEuros: number | null;
}

export interface VehicleDetails {
  plate: string;
  /** "unknown": the citizen had none to give (plate ""). */
  plateFormat: 'siv' | 'fni' | 'unknown';
  description: string;
}

/** What the channel told us of a file; its content is not kept here. */
export interface AttachmentInfo {
  name: string;
  contentType: string;
  size?: number;
  url?: string;
}

export type FilerRole = 'victim' | 'parent' | 'company';

export type CallbackSlot = 'morning' | 'afternoon' | 'evening' | 'any';

export interface PersonIdentity {
  lastName: string;
  firstName: string;
  /** ISO day (YYYY-MM-DD). */
  birthDate: string;
}

/**
 * The longest account of the facts a record holds: the largest message Web Chat's box and
 * the Direct Line take (directline/incoming.ts), so that an account typed in one message is
 * never refused for its length there.
 */
export const MAX_ACCOUNT_LENGTH = 5000;

export interface PreComplaintContent {
  offence: OffenceKind;
  facts: {
    /** ISO instants of the span the citizen gave, and how precise it was. */
    from: string;
    to: string;
    precision: 'time' | 'part_of_day' | 'day' | 'range';
    /** The citizen's own words for the date, so the gendarme can ask again. */
    dateAsSaid: string;
    /**
     * IANA zone the citizen spoke in (the commune's: America/Guadeloupe...), for showing
     * the times as they said them; absent on records made before it was kept: Paris.
     */
    timeZone?: string;
    commune: PlaceRef;
    placeDetails: string;
    /** At most MAX_ACCOUNT_LENGTH characters. */
    account: string;
    items: StolenItem[];
    vehicle?: VehicleDetails;
    evidence: string;
    attachments: AttachmentInfo[];
  };
  filer: {
    role: FilerRole;
    companyName?: string;
    minor?: PersonIdentity;
  };
  person: PersonIdentity & {
    /** Commune (and country when abroad), as the citizen wrote it. */
    birthPlace: string;
    address: { street: string; commune: PlaceRef };
  };
  contact: {
    /** E.164. */
    phone: string;
    email?: string;
    callback: CallbackSlot;
  };
}

/** Lifecycle of a submitted pré-plainte, in the order it can only move forward. */
export const RECORD_STATUSES = [
  'submitted', 'called_back', 'appointment_set', 'signed', 'closed',
] as const;

export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** What a gendarme may set; "submitted" is only ever set by the citizen's submission. */
export type AgentStatus = Exclude<RecordStatus, 'submitted'>;

export interface StatusChange {
  status: RecordStatus;
  at: Date;
  /** Account id of the gendarme; absent for the citizen's submission. */
  agentId?: string;
}

export interface PreComplaintRecord extends StoredDocument {
  /** The reference number given to the citizen (PP-7K4M-Q2XD). */
  id: string;
  status: RecordStatus;
  submittedAt: Date;
  updatedAt: Date;
  /**
   * Purge date (storage TTL): 30 days after submission, then after signing. Null only in
   * records signed before signed ones had a date (PreComplaintStore.dateUndatedSigned).
   */
  expiresAt: Date | null;
  /** Copied out of the content for the "filter by commune" index. */
  communeInsee: string;
  channel: string;
  content: PreComplaintContent;
  history: StatusChange[];
}
