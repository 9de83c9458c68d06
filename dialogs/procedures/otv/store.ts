import { randomInt } from 'crypto';
import { componentLogger } from '../../../core/logger';
import { REFERENCE_ALPHABET } from '../../../records/reference';
import { Collection, CollectionSpec, DuplicateKeyError, Filter } from '../../../storage/types';
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

const REFERENCE_ATTEMPTS = 5;

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

export interface OtvQuery {
  status?: OtvStatus;
  communeInsee?: string;
  limit?: number;
  offset?: number;
}

export type OtvChangeResult =
  | { ok: true; request: OtvRequest }
  | { ok: false; error: 'not_found' | 'already_handled' | 'conflict' };

export interface OtvStoreOptions {
  clock?: () => Date;
  newReference?: () => string;
}

/** Holiday-watch requests: written by the citizen's dialog, listed and handled by gendarmes. */
export class OtvStore {
  private readonly clock: () => Date;
  private readonly reference: () => string;

  constructor(private readonly collection: Collection<OtvRequest>, options: OtvStoreOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.reference = options.newReference ?? (() => newOtvReference());
  }

  async submit(content: OtvContent, channel: string): Promise<OtvRequest> {
    const now = this.clock();
    const back = fromIsoDay(content.absence.to) ?? now;

    for (let attempt = 1; ; attempt += 1) {
      const request: OtvRequest = {
        id: this.reference(), status: 'submitted', submittedAt: now, updatedAt: now,
        expiresAt: addDays(back, RETENTION_DAYS_AFTER_RETURN + 1),
        communeInsee: content.address.commune.inseeCode, from: content.absence.from,
        channel, content, history: [{ status: 'submitted', at: now }],
      };
      try {
        await this.collection.insert(request);
        log.info('otv submitted', { reference: request.id, channel });
        return request;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError) || attempt >= REFERENCE_ATTEMPTS) {
          throw error;
        }
      }
    }
  }

  /** Soonest departure first: the patrols plan by date. */
  async list(query: OtvQuery = {}): Promise<OtvRequest[]> {
    const filter: Record<string, string> = {};
    if (query.status !== undefined) {
      filter.status = query.status;
    }
    if (query.communeInsee !== undefined) {
      filter.communeInsee = query.communeInsee;
    }
    const found = await this.collection.find(filter satisfies Filter, {
      sort: [{ field: 'from', direction: 1 }, { field: 'id', direction: 1 }],
      limit: query.limit ?? 50,
      skip: query.offset ?? 0,
    });
    const now = this.clock();
    return found.filter((request) => request.expiresAt > now);
  }

  async get(reference: string): Promise<OtvRequest | undefined> {
    const request = await this.collection.get(reference);
    return request && request.expiresAt > this.clock() ? request : undefined;
  }

  /** Compare-and-set on the status, so two gendarmes cannot both take the same request. */
  async markHandled(reference: string, agentId: string): Promise<OtvChangeResult> {
    const request = await this.get(reference);
    if (!request) {
      return { ok: false, error: 'not_found' };
    }
    if (request.status === 'handled') {
      return { ok: false, error: 'already_handled' };
    }
    const now = this.clock();
    const updated = await this.collection.update(reference, {
      status: 'handled',
      updatedAt: now,
      history: [...request.history, { status: 'handled', at: now, agentId }],
    }, { status: 'submitted' });
    if (!updated) {
      return { ok: false, error: 'conflict' };
    }
    log.info('otv handled', { reference, agentId });
    return { ok: true, request: updated };
  }
}
