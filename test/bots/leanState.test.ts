import { expect } from 'chai';
import { MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { LeanConversationState } from '../../bots/leanState';

/** MemoryStorage that counts the writes it is asked for. */
class CountingStorage extends MemoryStorage {
  writes = 0;

  override write(changes: StoreItems): Promise<void> {
    this.writes += 1;
    return super.write(changes);
  }
}

function turn(conversationId = 'c1'): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message', text: 'bonjour', channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u1', name: '' }, recipient: { id: 'bot', name: '' },
  });
}

function world() {
  const storage = new CountingStorage();
  const state = new LeanConversationState(storage);
  const step = state.createProperty<number>('step');
  return { storage, state, step };
}

describe('conversation state with a cheap change check', () => {
  it('writes a changed state and reads it back on the next turn', async () => {
    const { storage, state, step } = world();
    const first = turn();
    await step.set(first, 2);
    await state.saveChanges(first);

    const second = turn();

    expect(await step.get(second)).to.equal(2);
    expect(storage.writes).to.equal(1);
  });

  it('does not write a state read but left unchanged', async () => {
    const { storage, state, step } = world();
    const first = turn();
    await step.set(first, 2);
    await state.saveChanges(first);

    const second = turn();
    await step.get(second);
    await state.saveChanges(second);

    expect(storage.writes).to.equal(1);
  });

  it('writes a state changed again after it was saved in the same turn', async () => {
    const { storage, state, step } = world();
    const context = turn();
    await step.set(context, 1);
    await state.saveChanges(context);
    await step.set(context, 2);
    await state.saveChanges(context);

    expect(storage.writes).to.equal(2);
    expect(await step.get(turn())).to.equal(2);
  });

  it('writes nothing when the state was never read in the turn, unless forced', async () => {
    const { storage, state } = world();
    await state.saveChanges(turn());
    expect(storage.writes).to.equal(0);

    await state.saveChanges(turn(), true);
    expect(storage.writes).to.equal(1);
  });

  it('does not count the storage eTag as a change', async () => {
    const { storage, state, step } = world();
    const first = turn();
    await step.set(first, 1);
    await state.saveChanges(first);

    const second = turn();
    const loaded = await state.load(second);
    loaded.eTag = 'another';
    await state.saveChanges(second);

    expect(storage.writes).to.equal(1);
  });

  it('saves a cleared state as empty, and deletes it from the storage', async () => {
    const { state, step } = world();
    const first = turn();
    await step.set(first, 3);
    await state.saveChanges(first);

    const second = turn();
    await state.clear(second);
    await state.saveChanges(second);
    expect(await step.get(turn())).to.equal(undefined);

    const third = turn();
    await step.set(third, 4);
    await state.saveChanges(third);
    await state.delete(third);
    expect(state.get(third)).to.equal(undefined);
    expect(await step.get(turn())).to.equal(undefined);
  });

  it('keeps conversations apart', async () => {
    const { state, step } = world();
    const mine = turn('c1');
    await step.set(mine, 5);
    await state.saveChanges(mine);

    expect(await step.get(turn('c2'))).to.equal(undefined);
  });
});
