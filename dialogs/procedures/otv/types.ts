import type { PlaceRef } from '../../../records/types';
import type { StoredDocument } from '../../../storage/types';

export const HOME_KINDS = ['house', 'flat', 'other'] as const;
export type HomeKind = (typeof HOME_KINDS)[number];

export interface PersonContact {
  name: string;
  /** E.164. */
  phone: string;
}

/** What the citizen told the holiday watch. Personal data: never logged. */
export interface OtvContent {
  /** ISO days (YYYY-MM-DD), first and last day away. */
  absence: { from: string; to: string };
  address: { street: string; commune: PlaceRef };
  home: HomeKind;
  /** Digicode, floor, gate, dog... "" when nothing to say. */
  access: string;
  alarm: boolean;
  applicant: PersonContact;
  /** Someone the patrol can call while the citizen is away, or null. */
  contact: PersonContact | null;
  keysLeft: boolean;
  /** Who has them, as the citizen said it ("à ma sœur"); absent when not said. */
  keysHolder?: string;
  /** Vehicles left at home as described by the citizen, "" when none. */
  vehicles: string;
}

/** A request is submitted, then handled once a gendarme has taken it into the patrols. */
export const OTV_STATUSES = ['submitted', 'handled'] as const;
export type OtvStatus = (typeof OTV_STATUSES)[number];

export interface OtvStatusChange {
  status: OtvStatus;
  at: Date;
  agentId?: string;
}

export interface OtvRequest extends StoredDocument {
  /** Reference given to the citizen (OTV-7K4M-Q2XD). */
  id: string;
  status: OtvStatus;
  submittedAt: Date;
  updatedAt: Date;
  /** Purge date (storage TTL): a while after the return, then nothing is kept. */
  expiresAt: Date;
  /** Copied out of the content for the "filter by commune" queries. */
  communeInsee: string;
  /** First day away, for sorting the patrols' list. */
  from: string;
  channel: string;
  content: OtvContent;
  history: OtvStatusChange[];
}
