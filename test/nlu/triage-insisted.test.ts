import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { insistedReading } from '../../nlu/triage-insisted';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * A message that insists: an intensifier inside a despair phrase ("je veux vraiment me
 * tuer" was calm while "je veux me tuer" alarmed), or a negated disclaimer holding the words
 * that calm ("c'est pas un film", "je ne plaisante pas", "c'est pas pour un exposé").
 */
const INSISTING: readonly (readonly [string, string])[] = [
  ['je veux vraiment me tuer', '3114'],
  ['je veux vraiment mourir', '3114'],
  ['jveux vraimen mourir', '3114'],
  ['je veux juste mourir', '3114'],
  ['je veux tellement en finir', '3114'],
  ['Je voudrais sincèrement disparaître pour toujours', '3114'],
  ['je vais vraiment me suicider ce soir', '3114'],
  ['je ne plaisante pas je vais me tuer ce soir', '3114'],
  ['c\'est pas pour un exposé je veux vraiment mourir', '3114'],
  ['c\'est pas un film il y a un homme armé dans la rue', '17'],
  ['ce n\'est pas un exercice, il y a le feu au troisième étage', '18'],
  ['sans rire il a un flingue et il me menace', '17'],
  ['je rigole pas il va vraiment la tuer, il la frappe', '17'],
];

const STILL_CALM: readonly string[] = [
  'je veux vraiment porter plainte pour mon vélo',
  'je veux juste savoir comment faire une procuration',
  'c\'est un film où un homme armé tue tout le monde',
  'je rigole pas c\'est vraiment nul ce film d\'horreur où il la tue',
  'je vais vraiment le tuer ce con il a mangé mes frites',
  'c\'est pour un exposé sur le suicide des ados, vous avez des chiffres ?',
];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, a message that insists', () => {
  describe('an intensifier or a negated disclaimer: the danger\'s number first', () => {
    specifyFirstNumbers(assess, INSISTING);
  });

  describe('the same words about nothing dangerous: calm', () => {
    specifyCalm(assess, STILL_CALM);
  });

  it('reads a message without either as it is, the very same string', () => {
    const text = normalize('je veux porter plainte');

    expect(insistedReading(text)).to.equal(text);
  });
});
