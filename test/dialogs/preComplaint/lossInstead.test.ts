import { expect } from 'chai';
import { ask, content, newClient, newWorld, texts, World } from './harness';
import { assistantAt } from './inAssistant';
import { answers, upTo } from './script';

const OFFER = content.render('preComplaint/loss_offer');
const LOSS = content.render('preComplaint/orient/loss');
const KEPT = content.render('preComplaint/cancel_kept');
const SURE_THEFT = "non finalement c'est bien un vol, je suis sure maintenant";
const LOST_BAG = "attendez en fait je crois que je l'ai peut etre juste perdu mon sac";

/** The answers from `field`'s own on, to finish the pré-plainte from there. */
const from = (field: string): string[] => answers().slice(upTo(field).length);

function filed(world: World): number {
  return world.collection.docs.size;
}

// a tester's finding: a loss said at the summary or at « Que s'est-il passé ? » got « Je
// n'ai pas reconnu ce choix », and "non finalement c'est bien un vol" « abandonner ? »
describe('pré-plainte: a loss said instead of a theft', () => {
  interface Case { at: string; turns: string[]; replies: string[][]; filed: number }
  const table: Case[] = [
    { at: 'review', turns: [LOST_BAG, 'oui'], replies: [[OFFER], [LOSS]], filed: 0 },
    { at: 'review', turns: [LOST_BAG, SURE_THEFT, ...from('review')],
      replies: [[OFFER], [KEPT, ask('review')]], filed: 1 },
    { at: 'kind', turns: ['une perte', "Oui, c'est une perte"], replies: [[OFFER], [LOSS]],
      filed: 0 },
    { at: 'kind', turns: ['une perte', SURE_THEFT], replies: [[OFFER], [ask('author_known')]],
      filed: 0 },
    { at: 'kind', turns: ['je l’ai égaré', 'Non, c’est bien un vol'],
      replies: [[OFFER], [ask('author_known')]], filed: 0 },
    { at: 'kind', turns: ['perdu', 'non'], replies: [[OFFER], [KEPT, ask('kind')]], filed: 0 },
    { at: 'kind', turns: [SURE_THEFT], replies: [[ask('author_known')]], filed: 0 },
    // no loss here: the theft is the answer
    { at: 'kind', turns: ["je l'ai pas perdu, on me l'a volé"],
      replies: [[ask('author_known')]], filed: 0 },
  ];
  table.forEach(({ at, turns, replies, filed: count }) => {
    it(`at ${at}: ${turns.slice(0, replies.length).join(' / ')}`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo(at));

      const got: string[][] = [];
      for (const turn of turns) {
        got.push(await texts(client, [turn]));
      }

      expect(got.slice(0, replies.length)).to.deep.equal(replies);
      expect(filed(world)).to.equal(count);
    });
  });

  it('in the assistant, ends the procedure on the loss and offers more help', async () => {
    const start = 'je veux porter plainte';
    const { bot } = await assistantAt('kind',
      [{ text: start, topic: 'procedure.pre_complaint', score: 0.95 }], start);

    const offered = await bot.texts('une perte');
    const ended = await bot.texts('oui');
    const next = await bot.texts('une perte');

    expect(offered).to.deep.equal([OFFER]);
    expect(ended).to.deep.equal([LOSS, content.render('bot/anythingElse')]);
    expect(next).not.to.include(OFFER);
  });

  it('offers to stop for a loss, with a way to go on if it was a theft', () => {
    expect(OFFER).to.match(/perte/).and.to.match(/non/);
    expect(LOSS).to.match(/0 892 705 705/).and.to.match(/papiers perdus/);
  });
});
