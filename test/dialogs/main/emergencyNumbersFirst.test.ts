import { expect } from 'chai';
import { numbersAsked } from '../../../dialogs/main/emergencyNumbers';
import { normalize } from '../../../nlu/normalize';
import { harness, type Said } from '../../bots/harness';

/** The question, and the number its service must be answered with first. */
const ASKED: Array<[string, string]> = [
  ["c'est quoi le numéro des pompiers", '18'],
  ['numero des pompier', '18'],
  ['c quoi le num des ponpiers ?', '18'],
  ['le numéro des sapeurs-pompiers svp', '18'],
  ['quel numéro appeler en cas de feu de cheminée', '18'],
  ['quel numero faire si incendie', '18'],
  ['quel numero appeler en cas de malaise', '15'],
  ['num du samu', '15'],
  ['quel est le numero du SAMU', '15'],
  ['le numero des ambulances c quoi', '15'],
  ['quel est le numéro de la police', '17'],
  ['num de la police svp', '17'],
  ['c quoi le numero pour les sourds', '114'],
  ['numero pour les malentendants', '114'],
  ['on peut envoyer un sms au 17 ?', '114'],
  ["c'est quoi le 3114", '3114'],
  ['numero prevention suicide', '3114'],
  ['numero enfance en danger', '119'],
  ['numero secours en mer', '196'],
  ['c koi le 196', '196'],
  ["numéros d'urgence en Europe", '112'],
];

/** No service named, or a count that is no number: the usual order, the 17 first. */
const USUAL: string[] = [
  'c koi les numeros d urgence',
  "quels sont les numéros d'urgence",
  'numero de secours',
  "j'ai 15 ans c'est quoi les numeros d'urgence",
];

function answerOf(text: string): Said {
  return { text, normalized: normalize(text), topic: 'faq.about_service', score: 0.9 };
}

/** The numbers in the order the answer lists them. */
function listed(answer: string): string[] {
  return [...answer.matchAll(/^- \*\*(\d+)\*\*/gm)].map((match) => match[1]);
}

// t98: "c'est quoi le numéro des pompiers" listed the 17 first, the 18 fourth
describe("a question about one service's number gets that number first (t98)", () => {
  for (const [text, first] of ASKED) {
    it(`"${text}": ${first} first`, () => {
      expect(numbersAsked(normalize(text))[0]).to.equal(first);
    });
  }
  for (const text of USUAL) {
    it(`"${text}": no service named`, () => {
      expect(numbersAsked(normalize(text))).to.deep.equal([]);
    });
  }

  it('names two services in the order asked: "différence entre le 15 et le 18"', () => {
    expect(numbersAsked(normalize('différence entre le 15 et le 18'))).to.deep.equal(['15', '18']);
  });

  it('answers "numero des pompier" with the 18 first, then every other number once', async () => {
    const text = 'numero des pompier';
    const bot = await harness({ known: [answerOf(text)] });

    const [answer] = await bot.texts(text);

    expect(listed(answer)).to.deep.equal(['18', '17', '112', '15', '114', '196', '3114', '119',
      '3919']);
  });

  it('keeps the usual order, 17 and 112 first, when no service is named', async () => {
    const text = 'c koi les numeros d urgence';
    const bot = await harness({ known: [answerOf(text)] });

    const [answer] = await bot.texts(text);

    expect(listed(answer).slice(0, 2)).to.deep.equal(['17', '112']);
  });
});
