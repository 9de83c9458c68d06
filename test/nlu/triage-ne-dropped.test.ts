import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyFirstNumbers } from './triageTable';

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

/**
 * Written French drops the "ne" of a negation ("personne me regrettera"): the rules read
 * "personne (ne) ..." both ways, by themselves, not through the learned vote alone.
 */
describe('triage, a negation without its "ne", read by the rules', () => {
  specifyFirstNumbers(assess, [
    ['personne me regrettera de toute facon', '3114'],
    ['personne va me regretter, c est mieux comme ca', '3114'],
    ['jai sorti toutes mes boites de medocs personne remarquera', '3114'],
    ['je suis sur le pont je regarde leau personne me manquera', '3114'],
  ]);
});
