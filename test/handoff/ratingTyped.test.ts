import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { readRating } from '../../handoff/opinion';
import { isGibberish } from '../../handoff/ratingWords';
import { closedWithRatingAsked } from './harness';

const content = loadContent();

const THANKS_LOW = content.render('handoff/rating-thanks', { low: true });
const THANKS = content.render('handoff/rating-thanks', { low: false });
const AGAIN = content.render('handoff/rating-again');
const DROPPED = content.render('handoff/rating-dropped', { formWaits: false });
const BOT = '[bot] réponse du robot';

// "notez cette conversation": anything but a bare figure dropped the question (t83)
describe('handoff rating: a rating typed in words or with typos', () => {
  const ratings: Array<[string, number | undefined]> = [
    ['4', 4], ['4/5', 4], ['4 / 5', 4], ['5/5', 5], ['quatre', 4], ['quatres', 4],
    ['cinq étoiles', 5], ['5 etoiles', 5], ['5 etoile', 5], ['5 étoils', 5], ['bof 2', 2],
    ['2 bof', 2], ['je mets 3 sur 5', 3], ['note 4', 4], ["c'est un 4", 4], ['une étoile', 1],
    ['3 merci', 3], ['⭐⭐⭐⭐', 4], ['deux sur cinq', 2],
    // a mark out of ten is scaled to 1-5; "5/5" and "4 sur 5" are the scale's own (t97)
    ['10/10', 5], ['8/10', 4], ['je mets 8 sur 10', 4], ['1/10', 1], ['4 sur 5', 4],
    ['3 ou 4', undefined], ["j'ai 2 questions", undefined], ['5 rue des Lilas', undefined],
    ['10', undefined], ['0', undefined], ['merci', undefined],
    ['je veux porter plainte pour un vol', undefined],
  ];
  for (const [said, rating] of ratings) {
    it(`"${said}" rates ${String(rating)}`, () => {
      expect(readRating(said)).to.equal(rating);
    });
  }

  const gibberish: Array<[string, boolean]> = [
    ['sdfgh', true], ['qsdqsd', true], ['azerty', true], ['???', true], ['aaaaaaa', true],
    ['ok', false], ['merci', false], ['mdr', false], ['jsp', true],
    ['euh', true], ['heuuu', true], ['hmm', true], ['je sais pas', true], ['bof', false],
    ['comment faire une procuration ?', false], ['4', false],
  ];
  for (const [said, unreadable] of gibberish) {
    it(`"${said}" is ${unreadable ? '' : 'not '}gibberish`, () => {
      expect(isGibberish(said)).to.equal(unreadable);
    });
  }

  const exchanges: Array<[string, string[], string[][], number | undefined]> = [
    ['a rating in words is thanked and kept', ['quatre'], [[THANKS]], 4],
    ['"bof 2" is a low rating', ['bof 2'], [[THANKS_LOW]], 2],
    ['"4/5" is a 4', ['4/5'], [[THANKS]], 4],
    ['a new question is answered, the rating dropped', ['comment faire une procuration',
      '4'], [[BOT], [BOT]], undefined],
    ['gibberish gets the question once more, then a rating is taken', ['sdfgh', '5 etoiles'],
      [[AGAIN], [THANKS]], 5],
    ['gibberish twice: asked once more, then dropped politely', ['sdfgh', 'qsdqsd', '4'],
      [[AGAIN], [DROPPED], [BOT]], undefined],
    // t97: "euh" dropped the rating and "bof 2" then got an answer of the bot's
    ['"euh" gets the question once more, then "bof 2" is a 2', ['euh', 'bof 2'],
      [[AGAIN], [THANKS_LOW]], 2],
    ['"10/10" is a 5', ['10/10'], [[THANKS]], 5],
    ['"euh" twice: dropped politely, then the bot answers', ['euh', 'hmm', 'une question'],
      [[AGAIN], [DROPPED], [BOT]], undefined],
    ['gibberish, then a question: answered, the rating dropped', ['???', 'une question', '4'],
      [[AGAIN], [BOT], [BOT]], undefined],
  ];
  for (const [name, turns, replies, rating] of exchanges) {
    it(name, async () => {
      const { handoff, camille } = await closedWithRatingAsked();

      const answers: string[][] = [];
      for (const turn of turns) {
        answers.push(await camille.say(turn));
      }

      expect(answers).to.deep.equal(replies);
      const stored = await handoff.queue.get('c1');
      expect(stored?.rating).to.equal(rating);
      expect(stored?.awaitingRating).to.equal(false);
    });
  }

  it('asks again with the five buttons', async () => {
    const { camille } = await closedWithRatingAsked();

    const [again] = await camille.send({ type: 'message', text: 'sdfgh' });

    expect(again?.suggestedActions?.actions.map((action) => action.value))
      .to.deep.equal(['1', '2', '3', '4', '5']);
  });
});
