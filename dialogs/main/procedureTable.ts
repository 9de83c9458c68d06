import type { Procedure } from '../types';

/**
 * topic id → dialog id of the registered procedures. Two procedures claiming one topic, or
 * sharing a dialog id, are configuration errors: refuse to start rather than pick one.
 */
export function procedureTable(procedures: readonly Procedure[]): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  const dialogIds = new Set<string>();

  for (const procedure of procedures) {
    if (dialogIds.has(procedure.dialog.id)) {
      throw new Error(`two procedures share the dialog id ${procedure.dialog.id}`);
    }
    dialogIds.add(procedure.dialog.id);

    for (const topic of procedure.topics) {
      const owner = table.get(topic);
      if (owner !== undefined) {
        throw new Error(`topic ${topic} is claimed by ${owner} and ${procedure.dialog.id}`);
      }
      table.set(topic, procedure.dialog.id);
    }
  }
  return table;
}
