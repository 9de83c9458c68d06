import { randomUUID } from 'crypto';
import { componentLogger } from '../core/logger';
import type { Collection, CollectionSpec, StoredDocument } from '../storage/types';
import type { Understanding } from './types';
import { storableText } from './masking';
import { isSensitiveText } from './unansweredSensitive';
import { isSensitiveTopic } from '../core/sensitiveTopics';
import { DayCounts, type CountField, type DayCountsDocument } from './unansweredCounts';

/**
 * Questions the assistant could not answer, for the team to grow the corpus: a count per
 * day of `none` and low-confidence answers, and each text stored only once masked
 * (phones, e-mails, plates, names), for a limited time. Flagged messages are neither
 * counted nor kept, sensitive ones only counted. The texts carry no conversation id.
 */
export type UnansweredReason = 'none' | 'low_confidence' | 'ambiguous';

export type UnansweredDay = DayCountsDocument;

export interface UnansweredText extends StoredDocument {
  day: string;
  reason: UnansweredReason;
  /** Masked then normalised; never the message as received. */
  text: string;
  /** What the model would have said. */
  guess: string;
  score: number;
  expiresAt: Date;
}

export const UNANSWERED_DAYS: CollectionSpec = { name: 'nlu_unanswered_days' };
export const UNANSWERED_TEXTS: CollectionSpec = {
  name: 'nlu_unanswered_texts',
  indexes: [[{ field: 'day', direction: -1 }]],
  ttlField: 'expiresAt',
};

export interface UnansweredOptions {
  /** Below this score an answered topic still counts as low confidence. */
  lowConfidence: number;
  retentionDays: number;
}

export const DEFAULT_UNANSWERED: UnansweredOptions = { lowConfidence: 0.5, retentionDays: 90 };

export interface UnansweredLog {
  /** Records the message when it was not answered with confidence; returns the reason. */
  record(understanding: Understanding, now?: Date): Promise<UnansweredReason | undefined>;
  day(day: string): Promise<UnansweredDay | undefined>;
  texts(day: string, limit?: number): Promise<UnansweredText[]>;
}

const COUNTERS: Readonly<Record<UnansweredReason, CountField>> = {
  none: 'none',
  low_confidence: 'lowConfidence',
  ambiguous: 'ambiguous',
};
const DAY_MS = 24 * 60 * 60 * 1000;
const log = componentLogger('nlu.unanswered');

export function reasonOf(understanding: Understanding, lowConfidence: number):
  UnansweredReason | undefined {
  // a flagged message (an emergency, or the learned model's 'uncertain') is the danger
  // path's, never a question the team should read later
  if (understanding.emergency.detected || understanding.emergency.situation !== undefined) {
    return undefined;
  }
  if (understanding.topic === 'none') {
    return 'none';
  }
  if (understanding.ambiguous) {
    return 'ambiguous';
  }
  return understanding.score < lowConfidence ? 'low_confidence' : undefined;
}

/** Whether the model's answer or its first guess is a topic the privacy notice protects. */
function sensitiveGuess(understanding: Understanding): boolean {
  return isSensitiveTopic(understanding.topic)
    || isSensitiveTopic(understanding.alternatives[0]?.topic);
}

export function createUnansweredLog(
  days: Collection<UnansweredDay>,
  texts: Collection<UnansweredText>,
  options: UnansweredOptions = DEFAULT_UNANSWERED,
): UnansweredLog {
  const counts = new DayCounts(days);
  return {
    async record(understanding, now = new Date()) {
      const reason = reasonOf(understanding, options.lowConfidence);
      if (!reason) {
        return undefined;
      }

      const day = now.toISOString().slice(0, 10);
      await counts.add(day, COUNTERS[reason]);

      // counted, but a text about health, self-harm or violence is never kept, nor one the
      // model reads as such a topic: its own words may miss the list ("une gifle a le ecole"
      // guessed faq.child_in_danger was kept, tester28), the guess says what it is about
      const text = storableText(understanding.text);
      if (text !== '' && !isSensitiveText(text) && !sensitiveGuess(understanding)) {
        await texts.insert({
          id: randomUUID(),
          day,
          reason,
          text,
          guess: understanding.alternatives[0]?.topic ?? 'none',
          score: understanding.alternatives[0]?.score ?? understanding.score,
          expiresAt: new Date(now.getTime() + options.retentionDays * DAY_MS),
        });
      }
      log.debug('unanswered message recorded', { event: 'nlu.unanswered', reason, day });
      return reason;
    },
    day: (day) => days.get(day),
    texts: (day, limit = 100) =>
      texts.find({ day }, { sort: [{ field: 'day', direction: -1 }], limit }),
  };
}
