import { expect } from 'chai';
import { maskPersonalData, storableText } from '../../nlu/masking';

describe('masking personal data before anything is stored', () => {
  const cases: Array<[string, string, string]> = [
    ['an e-mail', 'écrivez à jean.dupont@mail.fr svp', 'ecrivez a masquemail s il vous plait'],
    ['a phone number', 'rappelez moi au 06 12 34 56 78', 'rappelez moi au masquetel'],
    ['a phone with dots', 'mon num 06.12.34.56.78', 'mon num masquetel'],
    ['an international phone', 'appelez +33 6 12 34 56 78', 'appelez masquetel'],
    ['a plate', 'la voiture AB-123-CD est garée', 'la voiture masqueplaque est garee'],
    ['a lower-case plate', 'plaque ab123cd', 'plaque masqueplaque'],
    ['an old plate', 'immatriculée 1234 AB 56', 'immatriculee masqueplaque'],
    ['a card number', 'ma carte 4970 1012 3456 7890', 'ma carte masquenumero'],
    ['a self-introduced name', "je m'appelle marie dupont", 'je me appelle masquenom'],
    ['a name after "mon nom est"', 'mon nom est Durand', 'mon nom est masquenom'],
    ['a titled name', 'voisin M. Martin', 'voisin me masquenom'],
    ['"madame" and a name', 'madame Le Goff', 'madame masquenom'],
    ['"je suis" and a name', 'je suis Karim Benali', 'je suis masquenom'],
    ['a capitalised word inside a sentence', 'mon voisin Kevin crie', 'mon voisin masquenom crie'],
    ['a lower-case name after "moi c"', 'moi c kevin durand', 'moi ce masquenom'],
    ['a date of birth', 'né le 03/04/1990 a lyon', 'ne le masquedate a lyon'],
    ['a social security number around a phone-like run', 'num secu 1900475123456',
      'num secu masquenumero'],
  ];
  for (const [what, input, expected] of cases) {
    it(`masks ${what}`, () => {
      expect(storableText(input)).to.equal(expected);
    });
  }

  const untouched = [
    'Bonjour, je suis perdu',
    'il me frappe',
    'rendez vous a 10h30',
    'je ai 3 ans de permis',
    'bonjour madame je voudrais une procuration',
  ];
  for (const text of untouched) {
    it(`keeps "${text}" as it is`, () => {
      expect(maskPersonalData(text)).to.equal(text);
    });
  }
});
