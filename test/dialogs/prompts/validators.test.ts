import { expect } from 'chai';
import { parseEuroAmount } from '../../../dialogs/prompts/amount';
import { ageOn, parseBirthDate } from '../../../dialogs/prompts/birthDate';
import { parseChoice } from '../../../dialogs/prompts/choice';
import { parseEmail, parseOptionalEmail } from '../../../dialogs/prompts/email';
import { formatFrenchPhone, parseFrenchPhone } from '../../../dialogs/prompts/phone';
import { parseFrenchPlate } from '../../../dialogs/prompts/plate';
import { parseFreeText, parsePersonName } from '../../../dialogs/prompts/text';
import { parseYesNo, parseYesNoOrUnknown } from '../../../dialogs/prompts/yesNo';
import { ko, ok, specify } from './parseTable';

specify('French phone numbers', parseFrenchPhone, [
  ['06 12 34 56 78', ok('+33612345678')],
  ['06.12.34.56.78', ok('+33612345678')],
  ['0612345678', ok('+33612345678')],
  ['+33 6 12 34 56 78', ok('+33612345678')],
  ['+33 (0)6 12 34 56 78', ok('+33612345678')],
  ['0033 6 12 34 56 78', ok('+33612345678')],
  ['02-99-12-34-56', ok('+33299123456')],
  ['0692 12 34 56', ok('+33692123456')],
  ['+262 692 12 34 56', ok('+262692123456')],
  ['00590 690 12 34 56', ok('+590690123456')],
  ['+687 75 12 34', ok('+687751234')],
  ['+689 87 12 34 56', ok('+68987123456')],
  ['06 12 34 56', ko('phone_format')],
  ['06 12 34 56 78 9', ko('phone_format')],
  ['00 44 20 7946 0958', ko('phone_foreign')],
  ['mon numéro', ko('phone_format')],
  ['', ko('phone_format')],
  ['+44 20 7946 0958', ko('phone_foreign')],
  ["0612345678 c'est mon portable", ok('+33612345678')],
  ["mon numéro c'est le 06 12 34 56 78", ok('+33612345678')],
  ['06 12 34 56 78 ou 07 11 22 33 44', ko('phone_format')],
  ['le 00 44 20 7946 0958', ko('phone_foreign')],
  ['08 99 12 34 56', ko('phone_service')],
]);

describe('phone display', () => {
  it('shows an E.164 number the French way, overseas numbers as they are', () => {
    expect(formatFrenchPhone('+33612345678')).to.equal('06 12 34 56 78');
    expect(formatFrenchPhone('+262692123456')).to.equal('+262692123456');
  });
});

specify('e-mail addresses', parseEmail, [
  ['camille.martin@exemple.fr', ok('camille.martin@exemple.fr')],
  [' Camille+plainte@Exemple.FR ', ok('Camille+plainte@exemple.fr')],
  ['camille.martin.exemple.fr', ko('email_no_at')],
  ['camille@exemple', ko('email_format')],
  ['camille@exemple,fr', ko('email_format')],
  ['camille martin@exemple.fr', ko('email_format')],
  ['camille@@exemple.fr', ko('email_format')],
  ['.camille@exemple.fr', ko('email_format')],
  ["mon mail c'est camille@exemple.fr", ok('camille@exemple.fr')],
  ['adresse mail : camille@exemple.fr', ok('camille@exemple.fr')],
  ['camille@exemple.fr.', ok('camille@exemple.fr')],
]);

specify('e-mail addresses one may not have', parseOptionalEmail, [
  ['camille@exemple.fr', ok('camille@exemple.fr')],
  ['aucune', ok(null)],
  ['pas de mail', ok(null)],
  ["j'en ai pas", ok(null)],
  ["non, je n'ai pas d'e-mail", ok(null)],
  ["je n'ai pas d'adresse mail", ok(null)],
  ['camille.exemple.fr', ko('email_no_at')],
]);

specify('French plates', parseFrenchPlate, [
  ['AB-123-CD', ok({ value: 'AB-123-CD', format: 'siv' })],
  ['ab 123 cd', ok({ value: 'AB-123-CD', format: 'siv' })],
  ['AB123CD', ok({ value: 'AB-123-CD', format: 'siv' })],
  ['123 ABC 45', ok({ value: '123 ABC 45', format: 'fni' })],
  ['1234 AB 2A', ok({ value: '1234 AB 2A', format: 'fni' })],
  ['AI-123-CD', ko('plate_format')],
  ['AB-000-CD', ko('plate_format')],
  ['SS-123-AB', ko('plate_format')],
  ['WW-123-AB', ok({ value: 'WW-123-AB', format: 'siv' })],
  ['AB-12-CD', ko('plate_format')],
  ['ma voiture', ko('plate_format')],
]);

specify('amounts in euros', parseEuroAmount, [
  ['450', ok(450)],
  ['450 €', ok(450)],
  ['450€', ok(450)],
  ['1 200,50 euros', ok(1200.5)],
  ['1.200 €', ok(1200)],
  ['environ 300', ok(300)],
  ['2k€', ok(2000)],
  ['je ne sais pas', ok(null)],
  ['Je sais pas', ok(null)],
  ['je sais pas trop', ok(null)],
  ['jsp', ok(null)],
  ['à peu près 300', ok(300)],
  ['80 balles', ok(80)],
  ['env 400 balles', ok(400)],
  ['~300€', ok(300)],
  ['1500e', ok(1500)],
  ["une cinquantaine d'euros", ok(50)],
  ['cent euros', ok(100)],
  ['deux cents euros', ok(200)],
  ['mille euros', ok(1000)],
  ['plus de 500', ok(500)],
  // a total is an amount, not a goodbye (tester16's F5)
  ['environ 900 euros en tout', ok(900)],
  ['900 € au total', ok(900)],
  ['à peu près 900 euros tout compris', ok(900)],
  ['en gros 900', ok(900)],
  ['environ mille euros en tout', ok(1000)],
  ['rien', ok(0)],
  ['sans valeur', ok(0)],
  ['entre 100 et 200', ko('amount_range')],
  ['100-150€', ko('amount_range')],
  ['-50', ko('amount_negative')],
  ['beaucoup', ko('amount_format')],
  ['12,345', ko('amount_format')],
  ['99999999', ko('amount_too_large')],
]);

specify('yes / no', parseYesNo, [
  ['oui', ok(true)],
  ['Oui !', ok(true)],
  ["d'accord", ok(true)],
  ['non', ok(false)],
  ['Non merci', ok(false)],
  ['oui merci', ok(true)],
  ['oui svp', ok(true)],
  ['ouiii', ok(true)],
  ['ouii', ok(true)],
  ['oui, bien sûr !', ok(true)],
  ['oui je confirme', ok(true)],
  ['okay', ok(true)],
  ['yep', ok(true)],
  ['👍', ok(true)],
  ['oui 👍', ok(true)],
  ['nonnn', ok(false)],
  ['non pas du tout', ok(false)],
  ['non ça va', ok(false)],
  ['non je ne veux pas', ok(false)],
  ['nope', ok(false)],
  ["non je sais pas qui c'est", ok(false)],
  ["oui c'est mon voisin", ok(true)],
  ['oui mais', ko('yes_no')],
  ["oui mais je ne suis pas sûr", ko('yes_no')],
  ['non enfin si', ko('yes_no')],
  ['non il est encore là', ko('yes_no')],
  ['non je ne la connais pas', ok(false)],
  ["non mais j'ai peur qu'il revienne", ko('yes_no')],
  ['non non non oui', ko('yes_no')],
  ['oui et non', ko('yes_no')],
  ['je sais pas', ko('yes_no')],
  ['peut-être', ko('yes_no')],
  ['', ko('yes_no')],
  ['nn', ok(false)],
  ['nan', ok(false)],
  ['nan rien', ok(false)],
  ['nan jsais pas ki c', ok(false)],
  ['ouai c mon voisin', ok(true)],
  ['jsp', ko('yes_no')],
  ['nan il est encore la', ko('yes_no')],
]);

specify('yes / no where not knowing is an answer', parseYesNoOrUnknown, [
  ['jsp', ok('unknown')],
  ['je sais pas', ok('unknown')],
  ['nan jsais pas ki c', ok('unknown')],
  ["je ne sais pas qui c'est", ok('unknown')],
  ['aucune idée', ok('unknown')],
  ['nn', ok(false)],
  ['oui', ok(true)],
  ['peut-être', ko('yes_no')],
]);

const KINDS = [
  { value: 'theft', label: 'Un vol', synonyms: ['vole', 'volé'] },
  { value: 'burglary', label: 'Un cambriolage', synonyms: ['cambriole'] },
  { value: 'damage', label: 'Une dégradation', synonyms: ['casse', 'tag'] },
] as const;

specify('closed choices', (text) => parseChoice(text, KINDS), [
  ['Un vol', ok('theft')],
  ['un cambriolage', ok('burglary')],
  ['2', ok('burglary')],
  ["on m'a volé mon vélo", ok('theft')],
  ['une degradation', ok('damage')],
  ['volé puis cassé', ko('choice_ambiguous')],
  ['4', ko('choice_unknown')],
  ['autre chose', ko('choice_unknown')],
]);

const REVIEW = [
  { value: 'confirm', label: 'Tout est correct', synonyms: ['correct', 'c est bon', 'ok'] },
  { value: 'modify', label: 'Modifier une réponse', synonyms: ['modifier', 'non'] },
] as const;

specify('"c\'est bon" as it is typed on a phone', (text) => parseChoice(text, REVIEW), [
  ["c'est bon", ok('confirm')],
  ['cest bon', ok('confirm')],
  ['c bon', ok('confirm')],
  ['C BON !', ok('confirm')],
  ['oui c bon merci', ok('confirm')],
  ['non c pas bon', ok('modify')],
]);

specify('person names', parsePersonName, [
  ['Martin', ok('Martin')],
  ["  N'Diaye ", ok("N'Diaye")],
  ['Marie-Thérèse', ok('Marie-Thérèse')],
  ['Le  Guen', ok('Le Guen')],
  ['Jean-Éric', ok('Jean-Éric')],
  ["D'Artagnan", ok("D'Artagnan")],
  ['D’Artagnan', ok('D’Artagnan')],
  ["O'Neil", ok("O'Neil")],
  ['José María', ok('José María')],
  ['Çelik', ok('Çelik')],
  ['Ng', ok('Ng')],
  ['Si', ok('Si')],
  ['Noé', ok('Noé')],
  ['Ouiam', ok('Ouiam')],
  ["je m'appelle Martin", ok('Martin')],
  ['Je m’appelle Jean-Éric', ok('Jean-Éric')],
  ["moi c'est Léa", ok('Léa')],
  ['mon nom est Le Guen', ok('Le Guen')],
  ['Mme Dupont', ok('Dupont')],
  ['Martin.', ok('Martin')],
  ['Martin ?', ok('Martin')],
  ['oui', ko('name_not_a_name')],
  ['Ok', ko('name_not_a_name')],
  ['ouais', ko('name_not_a_name')],
  ['jsp', ko('name_not_a_name')],
  ['je sais pas', ko('name_not_a_name')],
  ['Bonjour', ko('name_not_a_name')],
  ['merci', ko('name_not_a_name')],
  ['euh', ko('name_not_a_name')],
  ['Madame', ko('name_not_a_name')],
  ["je m'appelle", ko('name_not_a_name')],
  ['non', ko('name_refused')],
  ['je veux pas', ko('name_refused')],
  ['anonyme', ko('name_refused')],
  ['pourquoi ?', ko('name_why')],
  ['pourquoi', ko('name_why')],
  ["c'est obligatoire ?", ko('name_why')],
  ['vous voulez mon nom ?', ko('name_why')],
  ['aaaa', ko('name_format')],
  ['R2D2', ko('name_format')],
  ['', ko('name_format')],
]);

specify('free text', (text) => parseFreeText(text, { min: 5, max: 20 }), [
  ['  mon vélo  ', ok('mon vélo')],
  ['vélo', ko('text_too_short')],
  ['x'.repeat(21), ko('text_too_long')],
]);

describe('birth dates', () => {
  const now = new Date(2026, 2, 11, 15);

  specify('parsing', (text) => parseBirthDate(text, now), [
    ['14/07/1985', ok('1985-07-14')],
    ['14 juillet 1985', ok('1985-07-14')],
    ['le 1er mars 2000', ok('2000-03-01')],
    ['3 mars 85', ok('1985-03-03')],
    ['03/03/85', ok('1985-03-03')],
    ['14-07-08', ok('2008-07-14')],
    ['née le 14/07/1985', ok('1985-07-14')],
    ['je suis ne le 2 avril 1961', ok('1961-04-02')],
    ['14071985', ok('1985-07-14')],
    ['1985-07-14', ok('1985-07-14')],
    ['quatorze juillet 1985', ok('1985-07-14')],
    ['le premier mars 1990', ok('1990-03-01')],
    ['le 1 er mars 1990', ok('1990-03-01')],
    ['vingt-trois mai 1970', ok('1970-05-23')],
    ['14/07/1985.', ok('1985-07-14')],
    ['1985-02-30', ko('date_invalid_day')],
    ['14/07/198', ko('birth_date_format')],
    ['14/07', ko('birth_date_format')],
    ['31/02/1990', ko('date_invalid_day')],
    ['01/01/2027', ko('birth_date_range')],
    ['01/01/1890', ko('birth_date_range')],
  ]);

  it('counts whole years, the birthday included', () => {
    expect(ageOn('2008-03-11', now)).to.equal(18);
    expect(ageOn('2008-03-12', now)).to.equal(17);
  });
});

const PLACES = [
  { value: 'theft', label: 'Un vol', synonyms: ['vol'] },
  { value: 'from_vehicle', label: 'Un vol dans un véhicule', synonyms: ['vol dans'] },
] as const;

specify('closed choices where one phrase contains another', (text) =>
  parseChoice(text, PLACES), [
  ['vol dans ma voiture', ok('from_vehicle')],
  ['un vol de sac', ok('theft')],
]);
