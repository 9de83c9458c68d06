import { expect } from 'chai';
import { lineNamedIn, numberNamedIn } from '../../../dialogs/common/numberNamed';
import { normalize } from '../../../nlu/normalize';
import { createRecognizer } from '../../../nlu/recognizer';
import type { Recognizer } from '../../../nlu/types';
import { harness } from '../../bots/harness';

/**
 * Round 28: a number asked about abroad, on a poster or in a film is about no service of ours
 * (topic none), yet the citizen is told what the number is, never a bare "out of scope".
 */
describe('a general question about a number (round 28)', function generalSpec() {
  this.timeout(60_000);
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  const answered: Array<[string, RegExp]> = [
    ['c\'est quoi ce numéro 3114 collé sur la porte du cabinet médical ?',
      /prévention du suicide.*\*\*3114\*\*/s],
    ['le 3114 sur le flyer de la fac, ça sert à quoi ?', /prévention du suicide/],
    ['dans un feuilleton ils font le 17 et les gendarmes arrivent aussitôt, c\'est vrai ?',
      /\*\*17\*\* : police et gendarmerie/],
    ['le 112 est valable dans tous les pays d\'Europe ?', /\*\*112\*\*/],
  ];
  for (const [said, expected] of answered) {
    it(`"${said}": out of scope, answered with what the number is`, async () => {
      const { texts } = await harness({ realRecognizer: recognizer });

      const understanding = await recognizer.understand(said);
      const [answer] = await texts(said);

      expect(understanding.topic).to.equal('none');
      expect(answer).to.match(expected);
      expect(answer).not.to.include('ne relève pas de la gendarmerie');
    });
  }

  it('reads a number named, not an age, a date, an address or a count', () => {
    const named = ['le 3114 c quoi', 'vu le 112 sur une affiche', 'un appel au 17 dans un film'];
    const notNamed = ['mon fils a 15 ou 17 ans', 'le 18 juin on part', 'j\'habite au 17 rue '
      + 'de la gare', 'je suis tombé 15 fois', 'le 112 bis avenue foch'];

    expect(named.filter((text) => numberNamedIn(normalize(text)) === undefined))
      .to.deep.equal([]);
    expect(notNamed.filter((text) => numberNamedIn(normalize(text)) !== undefined))
      .to.deep.equal([]);
    expect(lineNamedIn(normalize('c\'est quoi le 3114 ?'))).to.equal('3114');
  });
});
