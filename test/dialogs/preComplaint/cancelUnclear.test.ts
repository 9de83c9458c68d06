import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { buttons, type Said } from '../../bots/harness';
import { assistantAt } from './inAssistant';
import { ask, content } from './harness';
import { answers, upTo } from './script';

const PP_START = 'je veux faire une pré-plainte';
const KNOWN: Said[] = [
  { text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: 'bonjour', topic: 'smalltalk.greeting', score: 0.9 },
];
const REASK = content.render('preComplaint/cancel_reask');
const KEPT = content.render('preComplaint/cancel_kept');
const YES_NO = ['Oui', 'Non'];
const ACCOUNT = answers()[upTo('account').length];

const textOf = (reply: Partial<Activity>): string => reply.text ?? '';

/**
 * « Voulez-vous vraiment abandonner ? » answered with neither yes nor no (t65): asked once
 * more with its buttons, and the reply is never stored as the answer to the form's question.
 */
describe('pré-plainte: a reply that is neither yes nor no to the cancel confirmation (t65)',
  () => {
    for (const said of ['peut etre', 'bonjour', 'je sais pas', ACCOUNT]) {
      it(`"${said}" asks the confirmation again, with oui / non, and stores nothing`,
        async () => {
          const { bot, world } = await assistantAt('account', KNOWN, PP_START);
          await bot.texts('laisse tomber');

          const replies = await bot.say(said);

          expect(replies.map(textOf)).to.deep.equal([REASK]);
          expect(buttons(replies[0])).to.deep.equal(YES_NO);
          expect(world.collection.docs.size).to.equal(0);
        });
    }

    interface Case { name: string; turns: string[]; last: string[] }
    const cases: Case[] = [
      { name: 'then "non" keeps every answer and asks the account again',
        turns: ['peut etre', 'non'], last: [KEPT, ask('account')] },
      { name: 'then "oui" cancels', turns: ['bonjour', 'oui'],
        last: [content.render('bot/cancel')] },
      { name: 'a second unclear reply keeps the answers, asked once only',
        turns: ['peut etre', 'bonjour'], last: [KEPT, ask('account')] },
    ];
    for (const { name, turns, last } of cases) {
      it(`asked again; ${name}`, async () => {
        const { bot } = await assistantAt('account', KNOWN, PP_START);
        await bot.texts('laisse tomber');

        let replies: string[] = [];
        for (const turn of turns) {
          replies = await bot.texts(turn);
        }

        expect(replies).to.deep.equal(last);
      });
    }

    it('the account typed after the second question is the one stored', async () => {
      const { bot, world } = await assistantAt('account', KNOWN, PP_START);
      for (const turn of ['laisse tomber', 'bonjour', 'non', ...answers().slice(
        upTo('account').length)]) {
        await bot.texts(turn);
      }

      const [record] = [...world.collection.docs.values()];
      expect(record?.content.facts.account).to.equal(ACCOUNT);
    });
  });
