import { randomInt } from 'crypto';
import { componentLogger } from '../../../core/logger';
import { REFERENCE_ALPHABET } from '../../../records/reference';
import {
  RequestQuery, RequestStore, RequestStoreOptions,
} from '../../../records/requestStore';
import { Collection, CollectionSpec } from '../../../storage/types';
import { addDays } from '../../prompts/calendar';
import { fromIsoDay } from './dates';
import { OtvContent, OtvRequest, OtvStatus } from './types';

const log = componentLogger('procedure.otv.store');

export const OTV_REQUESTS: CollectionSpec = {
  name: 'otvRequests',
  indexes: [
    [{ field: 'status', direction: 1 }, { field: 'from', direction: 1 }],
    [{ field: 'communeInsee', direction: 1 }, { field: 'from', direction: 1 }],
  ],
  ttlField: 'expiresAt',
};

/** Kept this long after the return, for a burglary found late; then purged. */
export const RETENTION_DAYS_AFTER_RETURN = 30;

/** Same alphabet as pré-plaintes (readable on the phone), with its own prefix. */
export function newOtvReference(random: (size: number) => number = randomInt): string {
  const pick = (): string => REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)] ?? 'A';
  const block = (): string => Array.from({ length: 4 }, pick).join('');
  return `OTV-${block()}-${block()}`;
}

export function normalizeOtvReference(text: string): string | undefined {
  const match = /^OTV([A-Z0-9]{4})([A-Z0-9]{4})$/.exec(text.toUpperCase().replace(/[\s\-_.]/g, ''));
  return match ? `OTV-${match[1]}-${match[2]}` : undefined;
}

export type OtvQuery = RequestQuery<OtvStatus>;

export type OtvChangeResult =
  | { ok: true; request: OtvRequest }
  | { ok: false; error: 'not_found' | 'already_handled' | 'conflict' };

export type OtvStoreOptions = RequestStoreOptions;

/** Holiday-watch requests: written by the citizen's dialog, listed and handled by gendarmes. */
export class OtvStore {
  private readonly requests: RequestStore<OtvStatus, OtvRequest>;

  constructor(collection: Collection<OtvRequest>, options: OtvStoreOptions = {}) {
    this.requests = new RequestStore(collection, {
      clock: options.clock,
      newReference: options.newReference ?? (() => newOtvReference()),
      sort: [{ field: 'from', direction: 1 }, { field: 'id', direction: 1 }],
    });
  }

  async submit(content: OtvContent, channel: string): Promise<OtvRequest> {
    const now = this.requests.now();
    const back = fromIsoDay(content.absence.to) ?? now;

    const request = await this.requests.insertNew((id) => ({
      id, status: 'submitted', submittedAt: now, updatedAt: now,
      expiresAt: addDays(back, RETENTION_DAYS_AFTER_RETURN + 1),
      communeInsee: content.address.commune.inseeCode, from: content.absence.from,
      channel, content, history: [{ status: 'submitted', at: now }],
    }));

    log.info('otv submitted', { reference: request.id, channel });
    return request;
  }

  /** Soonest departure first: the patrols plan by date. */
  async list(query: OtvQuery = {}): Promise<OtvRequest[]> {
    return this.requests.list(query);
  }

  async get(reference: string): Promise<OtvRequest | undefined> {
    return this.requests.get(reference);
  }

  /** Compare-and-set on the status, so two gendarmes cannot both take the same request. */
  async markHandled(reference: string, agentId: string): Promise<OtvChangeResult> {
    const result = await this.requests.transition(
      reference,
      (request) => (request.status === 'handled' ? 'already_handled' : undefined),
      (request, now) => ({
        status: 'handled',
        updatedAt: now,
        history: [...request.history, { status: 'handled', at: now, agentId }],
      }),
    );

    if (!result.ok) {
      return result;
    }
    log.info('otv handled', { reference, agentId });
    return { ok: true, request: result.doc };
  }
}
