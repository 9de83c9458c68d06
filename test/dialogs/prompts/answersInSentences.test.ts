import { expect } from 'chai';
import { parseAbsenceDay } from '../../../dialogs/procedures/otv/dates';
import { parseEuroAmount } from '../../../dialogs/prompts/amount';
import { parseDangerYesNo } from '../../../dialogs/prompts/dangerYesNo';
import { parseYesNo } from '../../../dialogs/prompts/yesNo';
import { ko, ok, specify } from './parseTable';

// tester F10: answers wrapped in a few words of a sentence were refused
specify('amounts said in a sentence', parseEuroAmount, [
  ['ça vaut 2500 euros', ok(2500)],
  ['ca vaut environ 2500€', ok(2500)],
  ["je l'ai payé 300 €", ok(300)],
  ['il vaut cent euros', ok(100)],
  ['sa valeur est de 80 €', ok(80)],
  ["c'est 450", ok(450)],
  ['il est estimé à 1 200,50 €', ok(1200.5)],
  ['le tout fait 900 euros', ok(900)],
  ['prix : 40', ok(40)],
  ['ça vaut rien', ok(0)],
  ['ça vaut je sais pas', ok(null)],
  ['ça vaut beaucoup', ko('amount_format')],
  ['ça vaut entre 100 et 200', ko('amount_range')],
]);

specify('a yes or a no said after what it answers', parseYesNo, [
  ["j'ai une alarme oui", ok(true)],
  ["j'ai une alarme oui merci", ok(true)],
  ["c'est mon voisin oui", ok(true)],
  ["je n'en ai pas non", ok(false)],
  ["il n'y a personne non", ok(false)],
  // a "oui" after a denial, a "non" after none, a doubt: nothing clear
  ["je n'ai pas d'alarme oui", ko('yes_no')],
  ["j'ai une alarme non", ko('yes_no')],
  ['je sais pas non', ko('yes_no')],
  ['mais oui', ko('yes_no')],
  // an address is said to be one, and the question asked again (parsedTextPrompt)
  ['devant chez moi 12 rue des lilas', ko('yes_no_address')],
]);

// tester F10 guard: neither is a "non"; a doubt is now asked again with the 17 (fresh
// tester: "je sais pas" queued a citizen as an emergency)
specify('a doubt at « êtes-vous en danger ? » is never a no', parseDangerYesNo, [
  ['je sais pas non', ko('danger_unsure')],
  ['il est encore là non', ok(true)],
]);

describe('a return day without its month, after the departure (tester F10)', () => {
  /** Friday 4 December 2026. */
  const NOW = new Date(2026, 11, 4, 10, 0);
  const table: Array<[string, string, string]> = [
    ['le 26', '2027-01-12', '2027-01-26'],
    ['le 3', '2027-01-12', '2027-02-03'],
    ['le 12', '2027-01-12', '2027-02-12'],
    ['le 26', '2026-12-20', '2026-12-26'],
    ['le 5', '2026-12-04', '2026-12-05'],
  ];
  for (const [said, departure, iso] of table) {
    it(`"${said}" after a departure on ${departure} is ${iso}`, () => {
      expect(parseAbsenceDay(said, NOW, departure)).to.deep.equal({ ok: true, value: iso });
    });
  }
});
