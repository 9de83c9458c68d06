import type { Content } from '../../content/renderer';
import { getUnderstanding } from '../common/turnServices';
import type { DialogContext, DialogTurnResult } from '../framework';
import { parseChoice } from '../prompts/choice';
import { askedChoices } from '../prompts/choicePrompt';
import type { EligibilityKind, FormState } from './draft';
import { label } from './options';

/**
 * Topics that say a thing was stolen, with no option's word in the sentence: "on m'a piqué
 * ma trotinette" (faq.vehicle_theft, a tester's "choix non reconnu"), a bike, papers. A
 * vehicle the list names ("voiture", "moto") was already read by the options themselves.
 */
const KIND_OF_TOPIC: Readonly<Record<string, EligibilityKind>> = {
  'faq.vehicle_theft': 'theft',
  'faq.stolen_documents': 'theft',
};

/**
 * At « Que s'est-il passé ? », a free account that no option's words match is read through
 * the topic the message was understood as: the kind is noted, said, and the question ends
 * with it; undefined leaves the answer to the choice prompt (its "choix non reconnu").
 */
export async function kindFromTopic(innerDc: DialogContext, form: FormState, content: Content):
Promise<DialogTurnResult | undefined> {
  const text = innerDc.context.activity.text ?? '';
  const topic = getUnderstanding(innerDc.context)?.topic ?? '';
  const kind = KIND_OF_TOPIC[topic];
  if (form.current !== 'kind' || kind === undefined
    || parseChoice(text, askedChoices(innerDc.activeDialog)).ok) {
    return undefined;
  }

  await innerDc.context.sendActivity(content.render('preComplaint/kind_noted',
    { kind: label(content, `kind_${kind}`) }));
  return innerDc.endDialog(kind);
}
