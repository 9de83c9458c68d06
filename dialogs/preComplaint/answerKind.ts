import type { FormAnswerKind } from '../../nlu/form-answer-calm';
import { waitsForFiles } from '../common/attachments';
import type { DialogState } from '../framework';
import { formInStack } from './handover';
import { IDS } from './ids';

/** Questions answered by a place's name: a street may be "rue du Feu" (tester F1). */
const PLACE_QUESTIONS: ReadonlySet<string> = new Set([IDS.commune, IDS.street,
  IDS.placeDetails, IDS.birthPlace]);

const ACCOUNT_QUESTION: ReadonlySet<string> = new Set([IDS.longText]);

/**
 * What the pending pré-plainte question waits for (Procedure.answerKindAt). The account is
 * a past story only once the citizen said they are not in danger and dated the facts
 * before now: "ils ont fracturé la porte" is then the offence filed, not a burglary now.
 */
export function preComplaintAnswerKind(state: DialogState | undefined, now: Date):
FormAnswerKind | undefined {
  if (waitsForFiles(state, PLACE_QUESTIONS)) {
    return 'place';
  }
  if (!waitsForFiles(state, ACCOUNT_QUESTION)) {
    return undefined;
  }

  const draft = formInStack(state?.dialogStack ?? [])?.draft;
  const until = draft?.when === undefined ? Number.NaN : Date.parse(draft.when.to);
  return draft?.danger === false && until <= now.getTime() ? 'pastAccount' : undefined;
}
