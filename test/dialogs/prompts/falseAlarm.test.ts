import { expect } from 'chai';
import {
  deniesEmergency, dismissesEmergency, isFalseAlarmRemark,
} from '../../../dialogs/prompts/falseAlarm';
import { loadContent } from '../../../content/renderer';

describe('a false-alarm remark after an emergency in a form (tester12 F7)', () => {
  for (const said of ["c'est bon il est parti, fausse alerte, je continue", 'fausse alerte',
    "c'est bon il est parti je continue", 'ok on continue']) {
    it(`"${said}" is no answer to the pending question`, () => {
      expect(isFalseAlarmRemark(said)).to.equal(true);
    });
  }

  for (const said of ["le voleur est parti en courant vers la gare, je l'ai vu de loin",
    "j'ai déclenché l'alarme de la voiture mais il est parti quand même avec mon sac et mes "
      + 'papiers, je continue de chercher des témoins dans le quartier']) {
    it(`an account stays an answer: "${said.slice(0, 40)}…"`, () => {
      expect(isFalseAlarmRemark(said)).to.equal(false);
    });
  }
});

describe('a word that the danger is over, after an emergency in the form (tester F8)', () => {
  for (const said of ["non c'est bon c'était rien", "fausse alerte c'était mon chat",
    "ce n'était rien finalement", "j'ai eu peur pour rien", 'c bon y a plus de danger',
    'ok il est parti']) {
    it(`"${said}" says the danger is over`, () => {
      expect(dismissesEmergency(said)).to.equal(true);
    });
  }

  for (const said of ['non', "c'est bon", 'rien', 'il est parti avec mon sac et mon téléphone']) {
    it(`"${said}" may still answer the question`, () => {
      expect(dismissesEmergency(said)).to.equal(false);
    });
  }
});

// t97: only an explicit denial stands an emergency down; the danger over keeps it
describe('a denial of the emergency, apart from the danger over (t97)', () => {
  const table: Array<[string, boolean, boolean]> = [
    ['fausse alerte', true, true], ['je me suis trompé', true, true],
    ["c'était une blague", true, true], ['non rien, tout va bien, erreur', true, true],
    ["non c'est bon c'était rien", true, true],
    ['c bon il est parti', true, false], ["c'est fini", true, false],
    ["ça s'est calmé", true, false], ['ok il est parti', true, false],
    ['je me suis trompé de date', false, false],
    ['une erreur dans mon adresse', false, false], ["c'est pas une blague", false, false],
  ];
  for (const [said, dismisses, denies] of table) {
    it(`"${said}": ${dismisses ? '' : 'not '}dismissed, ${denies ? '' : 'not '}denied`, () => {
      expect(dismissesEmergency(said)).to.equal(dismisses);
      expect(deniesEmergency(said)).to.equal(denies);
    });
  }
});

// tester21: after a fire's false alarm, "si le danger revient, appelez le 17" named the police
describe('the reply to a false alarm, whatever the danger was', () => {
  it('names no service of its own, only the number given above and the 112', () => {
    const reply = loadContent().render('prompts/falseAlarm');

    expect(reply).not.to.match(/\b(17|15|18|114|3114|119|196)\b/);
    expect(reply).to.match(/\b112\b/);
  });
});
