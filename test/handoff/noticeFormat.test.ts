import { expect } from 'chai';
import type { Activity, ConversationReference } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { CitizenNotifier } from '../../handoff/citizen';

const content = loadContent();
const REFERENCE: Partial<ConversationReference> = { conversation: { id: 'c1', isGroup: false,
  conversationType: 'personal', name: '' }, bot: { id: 'brigade-numerique',
  name: 'Brigade numérique' }, user: { id: 'dl_user', name: '' }, channelId: 'webchat' };
const CANNED = 'handoff/canned/';
/** Every branch of the templates' conditions, with numbers where they take some. */
const DATA_VARIANTS = [true, false].flatMap((flag) => [{ noAgent: flag, low: flag,
  formWaits: flag, position: 3, minutes: 12 }]);
const MARKDOWN = [/\*\*/, /__/, /\[[^\]]*\]\([^)]*\)/, /(^|\s)[*_][^\s*_][^*_]*[*_](\s|$)/];

function handoffKeys(): string[] {
  return content.keys().filter((key) => key.startsWith('handoff/') && !key.includes('.'));
}

/** The activities the handoff part sends for one template: canned replies go out as a
 * gendarme's words, the other templates as the assistant's notices. */
async function sentFor(key: string): Promise<Array<Partial<Activity>>> {
  const sent: Array<Partial<Activity>> = [];
  const sender = { send: async (_reference: Partial<ConversationReference>,
    activities: Partial<Activity>[]) => { sent.push(...activities); } };
  const notifier = new CitizenNotifier(sender, content);

  for (const data of DATA_VARIANTS) {
    if (key.startsWith(CANNED)) {
      await notifier.relay(REFERENCE, content.render(key, data));
    } else {
      await notifier.say(REFERENCE, key, data);
    }
  }
  return sent;
}

describe('handoff notices: text format', () => {
  it('knows the handoff templates, the emergency notices and canned replies among them', () => {
    expect(handoffKeys()).to.include.members(['handoff/queued-emergency-no-agent',
      'handoff/agent-away-emergency', 'handoff/canned/urgence']);
  });

  it('sends no template as plain text when it holds markdown (Web Chat would show "**")',
    async () => {
      for (const key of handoffKeys()) {
        for (const activity of await sentFor(key)) {
          if (activity.textFormat !== 'plain') continue;
          for (const pattern of MARKDOWN) {
            expect(activity.text, `${key} is sent as plain text`).not.to.match(pattern);
          }
        }
      }
    });

  it('renders the "no gendarme online" emergency notice as markdown, 112 in bold', async () => {
    const [activity] = await sentFor('handoff/queued-emergency-no-agent');

    expect(activity.textFormat).to.equal('markdown');
    expect(activity.text).to.contain('**112**');
  });

  it("still sends a gendarme's own words as plain text, so that their \"*\" stays a \"*\"",
    async () => {
      const sent: Array<Partial<Activity>> = [];
      const sender = { send: async (_reference: Partial<ConversationReference>,
        activities: Partial<Activity>[]) => { sent.push(...activities); } };

      await new CitizenNotifier(sender, content).relay(REFERENCE, 'Rue du **Port**, n°_3_');

      expect(sent[0]).to.deep.include({ textFormat: 'plain', text: 'Rue du **Port**, n°_3_' });
    });
});
