import { expect } from 'chai';
import {
  ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity,
} from 'botbuilder';
import {
  DialogsComponentRegistration,
} from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import { RootDialogRunner, STATE_MANAGER_CONFIGURATION } from '../../bots/dialogRun';
import { Dialog, type DialogState, WaterfallDialog } from '../../dialogs/framework';

function turn(text: string): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message', text, channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u1', name: '' }, recipient: { id: 'bot', name: '' },
  };
  return new TurnContext(new TestAdapter(), activity);
}

function world() {
  const state = new ConversationState(new MemoryStorage());
  const steps: string[] = [];
  const root = new WaterfallDialog('root', [
    async (step) => {
      steps.push(`ask:${step.context.activity.text ?? ''}`);
      return Dialog.EndOfTurn;
    },
    async (step) => {
      steps.push(`answer:${step.context.activity.text ?? ''}`);
      return step.endDialog();
    },
  ]);
  const runner = new RootDialogRunner(root, state.createProperty<DialogState>('dialogState'));
  return { state, steps, runner };
}

describe('root dialog runner', () => {
  it('begins the root dialog, continues it on the next turn, then begins it again', async () => {
    const { state, steps, runner } = world();

    for (const text of ['un', 'deux', 'trois']) {
      const context = turn(text);
      await runner.run(context);
      await state.saveChanges(context);
    }

    expect(steps).to.deep.equal(['ask:un', 'answer:deux', 'ask:trois']);
  });

  it('builds the dialog memory scopes once and gives them to every later turn', async () => {
    const { state, runner } = world();
    const first = turn('un');
    const second = turn('deux');

    await runner.run(first);
    await state.saveChanges(first);
    await runner.run(second);

    const built: unknown = first.turnState.get(STATE_MANAGER_CONFIGURATION);
    expect(built).to.be.an('object');
    expect(second.turnState.get(STATE_MANAGER_CONFIGURATION)).to.equal(built);
  });

  it('lets every dialog context share one dialogs registration, which still gives its scopes',
    () => {
      world();

      const first = new DialogsComponentRegistration();
      const second = new DialogsComponentRegistration();

      expect(second).to.equal(first);
      expect(first.getMemoryScopes().map((scope) => scope.name)).to.include.members(
        ['turn', 'dialog', 'conversation', 'user', 'settings']);
    });
});
