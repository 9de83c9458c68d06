import { expect } from 'chai';
import { ActivityTypes } from 'botbuilder';
import { createKeywordRecognizer } from '../../bots/keywordRecognizer';
import { content, harness, withEmergencyReminder } from './harness';

/** A first conversation, as in issue 2, with the real triage behind the keyword stand-in. */
describe('a first conversation', () => {
  it('greets, answers, puts an emergency first and admits what it does not know', async () => {
    const { say, texts, gate } = await harness({ realRecognizer: createKeywordRecognizer() });

    const [welcome] = await say({ type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: 'citizen', name: 'citizen' }], recipient: { id: 'bot', name: 'bot' } });
    const answer = await texts('Comment faire une procuration ?');
    const [emergency] = await texts('au secours il me frappe');
    const unknown = await texts('quelle est la recette des crêpes');

    expect(welcome.text).to.equal(content.render('bot/welcome'));
    expect(answer).to.deep.equal([content.render('faq/faq.proxy_vote')]);
    expect(emergency).to.match(/^🚨/).and.match(/- \*\*17\*\*/);
    expect(gate.requests[0]).to.deep.equal({ reason: 'emergency', priority: 'emergency' });
    expect(unknown).to.deep.equal([withEmergencyReminder(content.render('bot/notSure',
      { links: [] }))]);
  });
});
