import { ConversationState, type TurnContext } from 'botbuilder';

type State = Record<string, unknown>;

/** The state read this turn, and its JSON as read or as last written. */
interface Cached {
  state: State;
  json: string;
}

function snapshot(state: State): string {
  // the eTag is storage bookkeeping, not a change of the conversation
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * ConversationState with a cheaper change check, same contract. botbuilder's BotState
 * hashes the whole state three times a turn (a key-sorting stringify, then SHA-256: when
 * read, before writing, and again after writing); the stored state is plain JSON, so
 * comparing its JSON text says "changed or not" for a fraction of the work (keys merely
 * in a new order cost one needless write, never a lost one).
 */
export class LeanConversationState extends ConversationState {
  private readonly cacheKey = Symbol('leanConversationState');

  override async load(context: TurnContext, force = false): Promise<State> {
    const cached: Cached | undefined = context.turnState.get(this.cacheKey);
    if (cached !== undefined && !force) {
      return cached.state;
    }

    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state: State = items[key] ?? {};
    context.turnState.set(this.cacheKey, { state, json: snapshot(state) });
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached: Cached | undefined = context.turnState.get(this.cacheKey);
    if (cached === undefined && !force) {
      // never read this turn: nothing can have changed
      return;
    }
    const state = cached?.state ?? {};
    const json = snapshot(state);
    if (!force && json === cached?.json) {
      return;
    }

    const key = await this.storageKey(context);
    state.eTag = '*';
    await this.storage.write({ [key]: state });
    context.turnState.set(this.cacheKey, { state, json });
  }

  override async clear(context: TurnContext): Promise<void> {
    // no JSON to compare with: the next save writes the empty state
    context.turnState.set(this.cacheKey, { state: {}, json: '' });
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    const key = await this.storageKey(context);
    await this.storage.delete([key]);
  }

  override get(context: TurnContext): State | undefined {
    const cached: Cached | undefined = context.turnState.get(this.cacheKey);
    return cached?.state;
  }
}
