import { componentLogger } from '../../core/logger';
import { matches } from './match';
import type { ChangeEvent, Filter, StoredDocument, Subscription } from '../types';

const log = componentLogger('storage');

type Listener = (event: ChangeEvent<StoredDocument>) => void;

interface Entry {
  collection: string;
  filter: Filter;
  listener: Listener;
}

/** Whether a subscription sees this event; see ChangeEvent for the rule on deletes. */
export function wants(filter: Filter, event: ChangeEvent<StoredDocument>): boolean {
  if (event.doc !== undefined) {
    return matches(event.doc, filter);
  }
  return Object.entries(filter).every(([key, value]) => key === 'id' && value === event.id);
}

/** In-process change feed: the embedded engine serves one process only. */
export class ChangeBus {
  private readonly entries = new Set<Entry>();

  subscribe(collection: string, filter: Filter, listener: Listener): Subscription {
    const entry: Entry = { collection, filter, listener };
    this.entries.add(entry);
    return {
      ready: Promise.resolve(),
      close: async () => {
        this.entries.delete(entry);
      },
    };
  }

  /** True when some subscription follows the collection (its events are worth making). */
  listens(collection: string): boolean {
    for (const entry of this.entries) {
      if (entry.collection === collection) {
        return true;
      }
    }
    return false;
  }

  emit(collection: string, event: ChangeEvent<StoredDocument>): void {
    for (const entry of this.entries) {
      if (entry.collection === collection && wants(entry.filter, event)) {
        // A failing listener must not break the write that triggered it.
        try {
          entry.listener(structuredClone(event));
        } catch (error) {
          // Only the kind: a message may quote document values.
          log.error('storage.subscriber_failed', {
            collection, error: error instanceof Error ? error.name : typeof error,
          });
        }
      }
    }
  }
}
