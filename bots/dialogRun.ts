import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { type Dialog, DialogSet, type DialogState, DialogTurnStatus } from '../dialogs/framework';

/**
 * Runs the root dialog for one turn: continue it, or begin it when nothing is active.
 * botbuilder-dialogs' runDialog() does the same plus what this bot has no use for, at a
 * cost on every turn: a memory snapshot of the whole dialog state sent as a trace (which
 * the adapters then drop), a second dialog state manager with its memory scopes, skill
 * end-of-conversation handling, and `error` events for adaptive dialogs.
 */
export class RootDialogRunner {
  private readonly dialogs: DialogSet;

  constructor(private readonly root: Dialog, accessor: StatePropertyAccessor<DialogState>) {
    this.dialogs = new DialogSet(accessor);
    this.dialogs.add(root);
  }

  async run(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);

    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(this.root.id);
    }
  }
}
