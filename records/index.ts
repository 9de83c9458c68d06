import type { Database } from '../storage/types';
import { PRE_COMPLAINTS, PreComplaintStore, PreComplaintStoreOptions } from './store';
import type { PreComplaintRecord } from './types';

export { RECORDS_PATH, registerRecordRoutes } from './routes';
export type { RecordRoutesDeps } from './routes';
export { PRE_COMPLAINTS, PreComplaintStore } from './store';
export type * from './types';

/** The pré-plainte store on the application's database (embedded or MongoDB). */
export function openPreComplaintStore(
  database: Database,
  options: PreComplaintStoreOptions = {},
): PreComplaintStore {
  return new PreComplaintStore(database.collection<PreComplaintRecord>(PRE_COMPLAINTS), options);
}
