import { expect } from 'chai';
import { asksForEmergencyNumbers } from '../../../nlu/numbers-question';
import { createRecognizer } from '../../../nlu/recognizer';
import { normalize } from '../../../nlu/normalize';
import { harness } from '../../bots/harness';

const ASKED = [
  'quel est le numero des pompiers', 'c quoi le numero pour les pompiers',
  'le 17 cest gratuit depuis un portable ?',
  'le 114 cest pour qui exactement', 'c koi les numeros d urgence',
  "c'est quoi la différence entre le 15 et le 18", 'le numéro du samu svp',
  'quel numéro appeler en cas de feu de cheminée', 'a quoi sert le 114 ?',
  'c est quoi le 114', 'on peut envoyer un sms au 17 ?',
];

const NOT_ASKED = [
  'numero de la gendarmerie de rennes', 'je veux le numero de telephone de la brigade',
  'mon numero de telephone a change', 'le 18 juin ma voiture a ete volee, quoi faire',
  "j'ai 17 ans c'est quoi mes droits", 'amende de 135 € ça sert à quoi',
];

describe('questions about the emergency numbers themselves', function numbersSpec() {
  this.timeout(60_000);

  for (const text of ASKED) {
    it(`lists every number for "${text}"`, async () => {
      const { texts } = await harness({ realRecognizer: await createRecognizer() });

      const [answer] = await texts(text);

      for (const number of ['17', '112', '15', '18', '114', '196', '3114', '119']) {
        expect(answer, number).to.include(`**${number}**`);
      }
    });
  }

  it('leaves a unit\'s number, a date or an age to their own answers', () => {
    expect(NOT_ASKED.filter((text) => asksForEmergencyNumbers(normalize(text))))
      .to.deep.equal([]);
  });

  it('gives them the service\'s topic, the 119 its own, and a number abroad none', async () => {
    const recognizer = await createRecognizer();
    const topicOf = async (text: string): Promise<string> =>
      (await recognizer.understand(text)).topic;

    expect(await topicOf("c'est quoi la différence entre le 15 et le 18 ?"))
      .to.equal('faq.about_service');
    // how a number works abroad is about no service of ours (round 28); the keyword answer
    // gives that country's numbers all the same (numbersAbroad.test.ts)
    expect(await topicOf('le 112 marche a letranger ?')).to.equal('none');
    expect(await topicOf("comment fonctionne le 119, c'est anonyme ?"))
      .to.equal('faq.child_in_danger');
    expect(await topicOf('numero de la gendarmerie de rennes')).to.not.equal('faq.about_service');
  });
});

