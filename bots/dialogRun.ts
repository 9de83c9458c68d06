import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import { type Dialog, DialogSet, type DialogState, DialogTurnStatus } from '../dialogs/framework';
import { shareDialogsRegistration } from './sharedRegistration';

const log = componentLogger('bots.assistant');

/**
 * Where botbuilder-dialogs' DialogStateManager caches, for one turn, its memory scopes and
 * path resolvers (the key is not exported by the package).
 */
export const STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * Runs the root dialog for one turn: continue it, or begin it when nothing is active.
 * botbuilder-dialogs' runDialog() does the same plus what this bot has no use for, at a
 * cost on every turn: a memory snapshot of the whole dialog state sent as a trace (which
 * the adapters then drop), a second dialog state manager with its memory scopes, skill
 * end-of-conversation handling, and `error` events for adaptive dialogs.
 */
export class RootDialogRunner {
  private readonly dialogs: DialogSet;
  /** Built by the first turn's DialogStateManager, then given to every turn. */
  private stateManagerConfiguration: unknown;

  constructor(private readonly root: Dialog,
    private readonly accessor: StatePropertyAccessor<DialogState>) {
    shareDialogsRegistration();
    this.dialogs = new DialogSet(accessor);
    this.dialogs.add(root);
  }

  /** Asks the pending question of the active dialog again, without reading the message. */
  async reprompt(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog !== undefined) {
      await dc.repromptDialog();
    }
  }

  /** Ends every dialog under way: the next message starts afresh. */
  async stop(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
  }

  /**
   * A failing dialog must not lock the citizen in a loop of errors: its state is dropped and
   * the citizen is told, with the emergency numbers, before the error goes up to the adapter.
   */
  async runOrReset(context: TurnContext, content: Content): Promise<void> {
    try {
      await this.run(context);
    } catch (error) {
      log.error('dialog failed', {
        event: 'dialog.failed',
        conversationId: context.activity.conversation?.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
      await this.accessor.delete(context);
      await context.sendActivity(content.render('bot/technicalProblem'));
    }
  }

  async run(context: TurnContext): Promise<void> {
    // The first dialog context of each turn would build the memory scopes again (a service
    // collection with schema checks: ~5 % of a turn); they hold no state of their own.
    if (this.stateManagerConfiguration !== undefined) {
      context.turnState.set(STATE_MANAGER_CONFIGURATION, this.stateManagerConfiguration);
    }
    const dc = await this.dialogs.createContext(context);
    this.stateManagerConfiguration ??= context.turnState.get(STATE_MANAGER_CONFIGURATION);

    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(this.root.id);
    }
  }
}
