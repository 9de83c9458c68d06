import { expect } from 'chai';
import { createKeywordRecognizer } from '../../../bots/keywordRecognizer';
import { keywordAnswerFor } from '../../../dialogs/common/keywordAnswers';
import { violenceProcedure } from '../../../dialogs/procedures/violence';
import { buttons, content, harness, type Said } from '../../bots/harness';

const LIMITATION = content.render('answers/limitationPeriod');
const TALK = content.render('bot/labels.talkToGendarme');
const STORY = 'mon ex me frappait il y a 10 ans';
const SAFE_QUESTION = /Êtes-vous en sécurité/;

/** t65 item 8: the time limit for violence years ago, asked in a few words. */
describe('"c\'est prescrit ?" (t65)', () => {
  const asks = ['prescrit ?', "c'est prescrit ?", 'il y a prescription ?',
    'est ce que c est prescrit', 'est-il trop tard pour porter plainte ?',
    'quel est le délai de prescription pour des violences ?'];
  for (const said of asks) {
    it(`"${said}": time limits depend on the offence, a gendarme can tell, offered`,
      async () => {
        const bot = await harness({ realRecognizer: createKeywordRecognizer() });

        const replies = await bot.say(said);

        expect(replies.map((reply) => reply.text)).to.deep.equal([LIMITATION]);
        expect(buttons(replies[0])).to.include(TALK);
        expect(bot.gate.requests).to.deep.equal([]);
      });
  }

  it('the answer invents no figure and names the gendarme', () => {
    expect(LIMITATION).not.to.match(/\d/);
    expect(LIMITATION).to.match(/dépend de l'infraction/).and.match(/gendarme/);
  });

  it('at « Êtes-vous en sécurité ? », "prescrit ?" is answered, then asked again: no alarm',
    async () => {
      const known: Said[] = [{ text: STORY, topic: 'faq.domestic_violence', score: 0.9 }];
      const bot = await harness({ known,
        procedures: [violenceProcedure({ content, preComplaintDialogId: 'preComplaint' })] });
      await bot.texts(STORY);

      const replies = await bot.texts('prescrit ?');

      expect(replies[0]).to.equal(LIMITATION);
      expect(replies[replies.length - 1]).to.match(SAFE_QUESTION);
      expect(bot.gate.requests).to.deep.equal([]);
    });

  for (const said of ["mon médecin m'a prescrit des antibiotiques", 'je veux porter plainte']) {
    it(`"${said}" is no such question`, () => {
      expect(keywordAnswerFor(said)).not.to.equal('limitationPeriod');
    });
  }
});
