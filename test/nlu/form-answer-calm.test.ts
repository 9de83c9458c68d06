import { expect } from 'chai';
import { answerToReread, offenderStillThere, pastStory } from '../../nlu/form-answer-calm';
import { normalize } from '../../nlu/normalize';

describe('form answers whose words name a danger (t56)', () => {
  const reread: Array<['place' | 'access', string, string | undefined]> = [
    ['place', '12 chemin de la Croix de Feu', '12 chemin'],
    ['place', "impasse de l'Incendie", 'impasse'],
    // not linked to the street's name: read again by the triage
    ['place', '12 rue de la Paix incendie', '12 rue incendie'],
    ['place', '12 rue du Feu, il y a le feu', undefined],
    ['place', 'au secours rue de la Paix', undefined],
    ['access', 'digicode 4589B, cle chez la voisine, alarme activee', '4589b chez la voisine'],
    ['access', "l'alarme sonne, quelqu'un est entré", undefined],
  ];
  for (const [kind, said, expected] of reread) {
    it(`${kind}, "${said}" → ${String(expected)}`, () => {
      expect(answerToReread(kind, normalize(said))).to.equal(expected);
    });
  }

  const stories: Array<[string, boolean]> = [
    ['ils ont fracturé la porte et pris la tele', true],
    ['il m a menacé avec un couteau et pris mon portable', true],
    ['il me menace avec un couteau', false],
    ['ils ont fracturé la porte et ils sont encore dans la maison', false],
    ["j'ai peur il est devant chez moi", false],
  ];
  for (const [said, past] of stories) {
    it(`"${said}" is ${past ? '' : 'not '}a past story`, () => {
      expect(pastStory(normalize(said))).to.equal(past);
    });
  }

  for (const said of ['il est encore là', 'il revient', 'en ce moment', 'ils reviennent']) {
    it(`"${said}": the offender still there`, () => {
      expect(offenderStillThere(normalize(said))).to.equal(true);
    });
  }
  it('"j\'ai eu très peur" in a story is not the offender still there', () => {
    expect(offenderStillThere(normalize("j'ai eu très peur quand il a crié"))).to.equal(false);
  });
});
