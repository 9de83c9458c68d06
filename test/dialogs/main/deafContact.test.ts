import { expect } from 'chai';
import { createKeywordRecognizer } from '../../../bots/keywordRecognizer';
import { keywordAnswerFor } from '../../../dialogs/common/keywordAnswers';
import { content, harness } from '../../bots/harness';

const DEAF_CONTACT = content.render('answers/deafContact');

/** t65 item 7: a deaf citizen asking how to reach us is told about the 114's ways. */
describe('a deaf or hard-of-hearing citizen asking how to contact the gendarmerie (t65)', () => {
  const asks = ['je suis sourde comment je vous contacte',
    'je suis malentendant comment joindre la gendarmerie',
    'sourd, comment vous contacter ?',
    'je suis sourd quel numero appeler en cas d urgence',
    'je parle en langue des signes, comment vous joindre ?'];
  for (const said of asks) {
    it(`"${said}": the 114 by SMS, application and visio, and no alarm`, async () => {
      const bot = await harness({ realRecognizer: createKeywordRecognizer() });

      const replies = await bot.texts(said);

      expect(replies).to.deep.equal([DEAF_CONTACT]);
      expect(bot.gate.requests).to.deep.equal([]);
    });
  }

  it('names the 114 and its ways', () => {
    expect(DEAF_CONTACT).to.match(/\*\*114\*\*/).and.match(/SMS/).and.match(/application/)
      .and.match(/visio/);
  });

  it('a danger told by a deaf citizen stays an emergency', async () => {
    const bot = await harness({ realRecognizer: createKeywordRecognizer() });

    const [first] = await bot.texts('je suis sourde il y a quelqu un chez moi je peux pas appeler');

    expect(first).to.match(/^🚨/).and.match(/\*\*114\*\*/);
  });

  for (const said of ['mon fils est sourd, il a cassé son appareil', 'comment vous contacter ?']) {
    it(`"${said}" is no such question`, () => {
      expect(keywordAnswerFor(said)).not.to.equal('deafContact');
    });
  }
});
