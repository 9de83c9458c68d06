import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import { harness } from '../../bots/harness';
import { fakeDirectory } from '../prompts/fakeDirectory';
import { ask, content, newClient, newWorld, texts } from './harness';
import { upTo } from './script';

const START = 'je veux porter plainte';
const PHOTO = {
  type: 'message',
  attachments: [{ contentType: 'image/jpeg', name: 'vitre.jpg' }],
};

describe('pré-plainte: evidence on channels with and without uploads', () => {
  const channels: Array<[string, boolean]> = [
    ['webchat', false], ['directline', false], ['test', false], ['emulator', true],
    ['msteams', true],
  ];
  channels.forEach(([channel, uploads]) => {
    it(`${channel}: ${uploads ? 'invites to send the files'
      : 'says files cannot be sent here and the gendarme will collect them'}`, async () => {
      const replies = await texts(newClient(newWorld(), channel), upTo('evidence'));

      const question = replies[replies.length - 1];
      expect(question).to.equal(ask('evidence', { files: uploads }));
      if (uploads) {
        expect(question).to.include('envoyez les fichiers');
      } else {
        expect(question).not.to.include('envoyez les fichiers');
        expect(question).to.match(/ne pouvez pas envoyer de fichiers ici[\s\S]*rendez-vous/);
      }
    });
  });

  it('the help is honest on both kinds of channel', () => {
    expect(content.render('preComplaint/help/evidence')).to.match(
      /Si votre messagerie permet[\s\S]*sinon[\s\S]*recueillera lors de votre rendez-vous/);
  });
});

describe('a message made only of files, inside the assistant', () => {
  async function atQuestion(field: string) {
    const world = newWorld();
    const procedure = createPreComplaintProcedure({
      content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
    });
    const bot = await harness({
      known: [{ text: START, topic: 'procedure.pre_complaint', score: 0.95 }],
      procedures: [procedure],
    });
    for (const answer of [START, ...upTo(field).slice(1)]) {
      await bot.texts(answer);
    }
    return bot;
  }

  it('answers the evidence question when the pré-plainte waits for it', async () => {
    const bot = await atQuestion('evidence');

    const replies = await bot.texts(PHOTO);

    expect(replies).to.deep.equal([ask('role')]);
  });

  it('still gets "I cannot read files" at a question that takes no files', async () => {
    const bot = await atQuestion('date');

    const replies = await bot.texts(PHOTO);

    expect(replies).to.deep.equal([content.render('bot/attachmentOnly')]);
  });

  it('still gets "I cannot read files" when nothing runs', async () => {
    const bot = await harness();

    expect(await bot.texts(PHOTO)).to.deep.equal([content.render('bot/attachmentOnly')]);
  });
});
