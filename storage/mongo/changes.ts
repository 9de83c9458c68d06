import type { ChangeStreamDocument, Document } from 'mongodb';
import { assertFilter } from '../filter';
import type { ChangeEvent, Filter, StoredDocument } from '../types';
import { fieldName, fromMongoDoc } from './query';

/** Change stream stages for a filter; see ChangeEvent for the rule on deletes. */
export function changePipeline(filter: Filter): Document[] {
  assertFilter(filter);
  const onDocument = Object.keys(filter).some((field) => field !== 'id');
  const match: Document = {
    operationType: { $in: onDocument
      ? ['insert', 'update', 'replace'] : ['insert', 'update', 'replace', 'delete'] },
  };
  for (const [field, value] of Object.entries(filter)) {
    const name = fieldName(field);
    match[name === '_id' ? 'documentKey._id' : `fullDocument.${name}`] = value;
  }
  return [{ $match: match }];
}

export function toEvent<T extends StoredDocument>(
  change: ChangeStreamDocument<Document>): ChangeEvent<T> | undefined {
  switch (change.operationType) {
    case 'insert':
    case 'update':
    case 'replace': {
      const full = change.fullDocument;
      // An update whose document was deleted since has nothing left to show.
      return full === undefined || full === null ? undefined
        : { type: change.operationType, id: String(change.documentKey._id),
          doc: fromMongoDoc<T>(full) };
    }
    case 'delete':
      return { type: 'delete', id: String(change.documentKey._id) };
    default:
      return undefined;
  }
}
