import type { Dialog } from 'botbuilder-dialogs';

/**
 * A guided procedure the main dialog can start: the topic ids that lead to it and the
 * dialog itself (a ComponentDialog, whose id must be unique).
 */
export interface Procedure {
  topics: readonly string[];
  dialog: Dialog;
}
