import { expect } from 'chai';
import { ELIGIBILITY_KINDS } from '../../../dialogs/preComplaint/fields/eligibility';
import { kindInFirstMessage } from '../../../dialogs/preComplaint/kindInFirstMessage';
import { labelled } from '../../../dialogs/preComplaint/options';
import { parseChoice } from '../../../dialogs/prompts/choice';
import { content, newClient, newWorld, texts } from './harness';

const KINDS = labelled(content, 'kind', ELIGIBILITY_KINDS);

// tester28: "pre plainte pour arnaque sur vinted" was filed as « Une escroquerie (hors
// internet) »; a scam on a platform, a site or an app is the online kind (THESEE)
describe('pré-plainte: a scam on a site or an app is the online kind', () => {
  const online = [
    'arnaque sur vinted',
    'une arnaque sur le bon coin',
    'escroquerie sur ebay',
    'je me suis fait arnaquer sur facebook marketplace',
    'arnaque amazon',
    'une arnaque sur internet',
    'escroc en ligne',
    'arnaque via une appli de rencontre',
    'arnaque sur un site de vente',
  ];
  for (const said of online) {
    it(`"${said}" at « Que s'est-il passé ? » is the online scam`, () => {
      expect(parseChoice(said, KINDS)).to.deep.include({ ok: true, value: 'online_fraud' });
    });
  }

  const offline = [
    'une arnaque',
    'escroquerie',
    'un faux plombier m a arnaque',
    'escroquerie hors internet',
    'Une escroquerie (hors internet)',
  ];
  for (const said of offline) {
    it(`"${said}" is still the scam outside the internet`, () => {
      expect(parseChoice(said, KINDS)).to.deep.include({ ok: true, value: 'fraud' });
    });
  }

  for (const said of ['pre plainte pour arnaque sur vinted', 'pré-plainte arnaque leboncoin',
    'preplainte escroquerie sur instagram']) {
    it(`"${said}" as the first message is never filed as the offline scam`, () => {
      expect(kindInFirstMessage(said, content)).not.to.equal('fraud');
    });
  }

  it('the vinted scam typed at the kind question leads to the online complaint', async () => {
    const client = newClient(newWorld());

    await texts(client, ['je veux faire une pré-plainte', 'non']);
    const replies = await texts(client, ['arnaque sur vinted']);

    expect(replies.join('\n')).to.include(content.render('preComplaint/orient/thesee'));
  });
});
