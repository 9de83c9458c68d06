import { parseChoice } from '../../../dialogs/prompts/choice';
import { parseYesNo } from '../../../dialogs/prompts/yesNo';
import { ko, ok, specify } from './parseTable';

const ROLES = [
  { value: 'victim', label: 'Je suis la victime', synonyms: ['victime', 'moi'] },
  { value: 'parent', label: "Je suis le parent d'un mineur victime", synonyms: ['mon fils'] },
] as const;

const REVIEW = [
  { value: 'confirm', label: 'Tout est correct', synonyms: ['correct', 'c est bon', 'ok'] },
  { value: 'modify', label: 'Modifier une réponse', synonyms: ['modifier', 'non'] },
] as const;

specify('closed choices and sentences taking the request back (F2)', (text) =>
  parseChoice(text, ROLES), [
  ["c'était une fausse alerte, c'est mon fils qui avait oublié ses clés",
    ko('choice_withdrawn')],
  ['laissez tomber', ko('choice_withdrawn')],
  ['en fait non ça va', ko('choice_withdrawn')],
  ['pour mon fils', ok('parent')],
  ['2', ok('parent')],
]);

specify('a withdrawal phrase that itself names an option is that option', (text) =>
  parseChoice(text, REVIEW), [
  ['en fait non', ok('modify')],
]);

specify('yes / no with the filler of speech (F3)', parseYesNo, [
  ['ben oui je viens de le dire', ok(true)],
  ['bah non', ok(false)],
  ['en fait non', ok(false)],
  ['ben oui mais non', ko('yes_no')],
]);
