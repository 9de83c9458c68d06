import { expect } from 'chai';
import { kindInFirstMessage } from '../../../dialogs/preComplaint/kindInFirstMessage';
import { ask, content, newClient, newWorld, texts } from './harness';

const KIND = /Que s'est-il passé/;

// tester16's F8: "je veux faire une pré-plainte pour un vol" was asked « Que s'est-il passé ? »
describe('pré-plainte: the kind of facts named in the first message', () => {
  const table: Array<[string, string | undefined]> = [
    ['je veux faire une pré-plainte pour un vol', 'theft'],
    ['pré-plainte pour un cambriolage svp', 'burglary'],
    ["je voudrais porter plainte pour une arnaque", 'fraud'],
    ['une pré-plainte pour une escroquerie', 'fraud'],
    ['pré-plainte pour dégradation de ma clôture', 'damage'],
    ['je veux faire une pré-plainte', undefined],
    ['pré-plainte pour une arnaque sur leboncoin', undefined],
    ['pré-plainte pour un vol avec violence', undefined],
  ];
  for (const [said, kind] of table) {
    it(`"${said}" → ${kind ?? 'asked as before'}`, () => {
      expect(kindInFirstMessage(said, content)).to.equal(kind);
    });
  }

  it('is taken as the answer: after the danger question, the author is asked', async () => {
    const client = newClient(newWorld());

    const first = await texts(client, ['je veux faire une pré-plainte pour un vol']);
    const next = await texts(client, ['non']);

    expect(first).to.include(content.render('preComplaint/kind_noted', { kind: 'Un vol' }));
    expect(next.join('\n')).not.to.match(KIND);
    expect(next.at(-1)).to.equal(ask('author_known'));
  });

  it('is asked as before when the first message names none', async () => {
    const client = newClient(newWorld());

    await texts(client, ['je veux faire une pré-plainte']);
    const next = await texts(client, ['non']);

    expect(next.join('\n')).to.match(KIND);
  });
});
