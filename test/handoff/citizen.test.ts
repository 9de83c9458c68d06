import { expect } from 'chai';
import type { Activity, ConversationReference } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { CitizenNotifier } from '../../handoff/citizen';

const content = loadContent();
const REFERENCE: Partial<ConversationReference> = { conversation: { id: 'c1', isGroup: false,
  conversationType: 'personal', name: '' }, bot: { id: 'brigade-numerique',
  name: 'Brigade numérique' }, user: { id: 'dl_user', name: '' }, channelId: 'directline' };

/** Keeps the references and activities the notifier hands to the channel. */
function recorder() {
  const sent: Array<{ reference: Partial<ConversationReference>; activity: Partial<Activity> }> =
    [];
  return { sent, sender: { send: async (reference: Partial<ConversationReference>,
    activities: Partial<Activity>[]) => {
    activities.forEach((activity) => sent.push({ reference, activity }));
  } } };
}

describe('citizen notifier: who the citizen sees speaking', () => {
  it('relays an agent\'s reply under the name "Gendarme", from the same bot account', async () => {
    const { sent, sender } = recorder();

    await new CitizenNotifier(sender, content).relay(REFERENCE, 'Bonjour, je vous écoute.');

    expect(sent).to.have.length(1);
    expect(sent[0].reference.bot).to.deep.equal({ id: 'brigade-numerique', name: 'Gendarme' });
    expect(sent[0].activity).to.deep.include({ text: 'Bonjour, je vous écoute.',
      textFormat: 'plain', channelData: { brigadeHandoff: 'agent' } });
    expect(REFERENCE.bot?.name).to.equal('Brigade numérique');
  });

  it('keeps the assistant\'s own name on the handoff part\'s notices', async () => {
    const { sent, sender } = recorder();

    await new CitizenNotifier(sender, content).say(REFERENCE, 'handoff/agent-joined');

    expect(sent[0].reference.bot?.name).to.equal('Brigade numérique');
    expect(sent[0].activity.channelData).to.deep.equal({ brigadeHandoff: 'system' });
  });
});
