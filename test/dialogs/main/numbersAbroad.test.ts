import { expect } from 'chai';
import { type KeywordAnswer, keywordAnswerFor } from '../../../dialogs/common/keywordAnswers';
import { violenceProcedure } from '../../../dialogs/procedures/violence';
import { createRecognizer } from '../../../nlu/recognizer';
import type { Recognizer } from '../../../nlu/types';
import { content, harness } from '../../bots/harness';
import { assistantAt } from '../preComplaint/inAssistant';

const CONSULATE = /consulat de France.*Centre de crise et de soutien.*\+33 1 53 59 11 10/s;

// tester F1b: numbers abroad got the French list (Morocco is not in the EU) or the service
describe('emergency numbers asked for abroad (tester F1b)', function abroadSpec() {
  this.timeout(60_000);
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  const asked: Array<[string, RegExp]> = [
    ['jsuis au maroc le 17 marche pas ici', /Maroc\*\* : police \*\*19\*\*.*\*\*15\*\*/],
    ['quel numéro appeler en urgence aux états-unis ?', /États-Unis\*\* : \*\*911\*\*/],
    ['quel numéro appeler si je suis en espagne', /Espagne\*\*, comme dans toute.*\*\*112\*\*/],
    ['je suis en tunisie, c quoi le numéro de la police ?', /\*\*197\*\*.*\*\*190\*\*/],
    ['le 112 marche a letranger ?', /numéro d'urgence du pays où vous êtes/],
  ];
  for (const [said, local] of asked) {
    it(`"${said}": the local number, the consulate, the crisis centre and Ariane`,
      async () => {
        const { texts } = await harness({ realRecognizer: recognizer });

        const [answer, ...more] = await texts(said);

        expect(more).to.deep.equal([]);
        expect(answer).to.match(local);
        expect(answer).to.match(CONSULATE).and.to.include('Ariane');
        expect(answer).not.to.include('**17** : police et gendarmerie');
      });
  }

  it('never says that the 112 answers in Morocco, the USA or Tunisia', () => {
    for (const country of ['maroc', 'etats_unis', 'canada', 'tunisie', 'thailande']) {
      expect(content.render(`abroad/countries.${country}`), country).not.to.include('112');
    }
  });

  const notAbroad: Array<[string, KeywordAnswer | undefined]> = [
    ['mon fils est au maroc, il a perdu son passeport', undefined],
    ["j'ai été agressé en espagne, je peux porter plainte ?", undefined],
    ['quel est le numéro des pompiers', undefined],
  ];
  for (const [said, answer] of notAbroad) {
    it(`"${said}" is no question about numbers abroad`, () => {
      expect(keywordAnswerFor(said)).to.equal(answer);
    });
  }
});

// tester F7b: the 119 was never given, the violence help began instead
describe('which number for a kind of situation (tester F7b)', () => {
  const asked: Array<[string, string]> = [
    ["quel est le numéro pour les enfants maltraités, c'est pour un exposé", '119'],
    ['quel est le numéro pour les violences faites aux femmes', '3919'],
    ['y a-t-il un numéro pour les violences conjugales ?', '3919'],
    ['c quoi le numéro contre le harcèlement scolaire', '3018'],
  ];
  for (const [said, line] of asked) {
    it(`"${said}" gets the ${line} and begins no procedure`, async () => {
      const bot = await harness({ procedures: [violenceProcedure({ content })],
        known: [{ text: said, topic: 'faq.child_in_danger', score: 0.95 }] });

      const replies = await bot.texts(said);

      expect(replies).to.deep.equal([content.render(`answers/lines.${line}`)]);
    });
  }

  it('a question naming two situations gets every help line', () => {
    expect(keywordAnswerFor('quel numéro pour les violences faites aux femmes et aux enfants '
      + 'maltraités ?')).to.equal('helpLines');
  });

  for (const said of ['mon mari me frappe, quel numéro appeler ?',
    'je veux le numéro de téléphone de ma femme', 'mon enfant a perdu son téléphone']) {
    it(`"${said}" is no question about a help line`, () => {
      expect(keywordAnswerFor(said)).to.equal(undefined);
    });
  }
});

describe('a number asked for on the way, in a form', () => {
  it('is answered, then the pending question comes back', async () => {
    const start = 'je veux faire une pré-plainte';
    const { bot, question } = await assistantAt('authorKnown',
      [{ text: start, topic: 'procedure.pre_complaint', score: 0.95 }], start);

    const replies = await bot.texts('quel numéro pour les enfants maltraités ?');

    expect(replies).to.deep.equal([content.render('answers/lines.119'),
      content.render('prompts/resume'), question]);
  });
});
