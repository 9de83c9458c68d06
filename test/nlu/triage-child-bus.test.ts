import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

/**
 * A young child who never got off the school bus tonight, or whom nobody can place ("personne
 * sait où elle est", the "ne" dropped): a search to start now. The learned vote caught the
 * first of these until a retraining moved it; the rules now do.
 */
describe('triage, a young child not off the school bus or whom nobody can place: 17', () => {
  specifyFirstNumbers(assess, [
    ['ma fille de 8 ans est pas descendue du car scolaire ce soir personne sait ou elle est il ' +
      'fait deja nuit', '17'],
    ['mon fils de 7 ans n est pas descendu du bus ce soir', '17'],
    ['mon petit de 6 ans est toujours pas descendu du car de ramassage, le chauffeur dit qu il ' +
      'etait pas dedans', '17'],
    ['ma fille personne sait ou elle est depuis la sortie de l ecole', '17'],
    ['mon fils de 9 ans personne sait ou il se trouve ce soir', '17'],
  ]);
  specifyCalm(assess, [
    'hier ma fille de 8 ans est pas descendue du car, elle etait restee chez sa copine',
    'ma fille de 8 ans est pas descendue du car ce matin elle etait malade, je dois prevenir ' +
      'qui pour le ramassage ?',
    'personne sait ou elle est passee la telecommande',
    'mon fils de 16 ans personne sait ou il est le samedi soir, il rentre toujours au matin',
  ]);
});
