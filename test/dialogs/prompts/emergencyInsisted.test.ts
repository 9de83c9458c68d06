import { expect } from 'chai';
import { insistsOnEmergency } from '../../../dialogs/prompts/emergencyInsisted';
import { dismissesEmergency, isFalseAlarmRemark } from '../../../dialogs/prompts/falseAlarm';
import { withdrawalIn } from '../../../dialogs/prompts/withdrawal';
import { foldWords } from '../../../dialogs/prompts/normalize';

const INSISTING = ["non c'est pas une fausse alerte, il est toujours là", "c'est pas une blague",
  "c'est sérieux", 'je rigole pas il est encore là', "ce n'est pas une fausse alarme",
  'NON C PAS UNE BLAGUE', 'je plaisante pas'];

// t63: after the numbers, the citizen insists that the danger is real
describe('a citizen who insists that the emergency is real (t63)', () => {
  for (const said of INSISTING) {
    it(`"${said}": insists, and is never read as a false alarm`, () => {
      expect(insistsOnEmergency(said)).to.equal(true);
      expect(isFalseAlarmRemark(said)).to.equal(false);
      expect(dismissesEmergency(said)).to.equal(false);
      expect(withdrawalIn(foldWords(said))).to.equal(undefined);
    });
  }

  for (const said of ['fausse alerte', "c'était une fausse alerte", 'il est parti',
    'je voudrais faire une pré-plainte', 'merci']) {
    it(`"${said}": no insistence`, () => {
      expect(insistsOnEmergency(said)).to.equal(false);
    });
  }

  it('a plain "fausse alerte" still is one', () => {
    expect(isFalseAlarmRemark('fausse alerte')).to.equal(true);
    expect(withdrawalIn(foldWords("c'était une fausse alerte"))).to.equal('fausse alerte');
  });
});
