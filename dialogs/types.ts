import type { Dialog } from './framework';

/**
 * A guided procedure the main dialog can start: the topic ids that lead to it and the
 * dialog itself (a ComponentDialog, whose id must be unique).
 */
export interface Procedure {
  topics: readonly string[];
  dialog: Dialog;
  /** Ids of its questions that take files: a message with only files reaches them. */
  acceptsFilesAt?: readonly string[];
}
