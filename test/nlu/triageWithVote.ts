import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { sharedEmergencyModel } from '../../nlu/emergency-model';
import { withModelVote } from '../../nlu/emergency-vote';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import type { EmergencyAssessment } from '../../nlu/types';

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const model = sharedEmergencyModel();

/** The rules and the learned model's vote, as the recogniser combines them. */
export function assessWithVote(text: string): EmergencyAssessment {
  const normalized = normalize(text);
  return withModelVote(triage.assess(normalized), model, normalized);
}
