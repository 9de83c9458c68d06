import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import { inPoliceZone } from '../../../geo/policeZone';
import type { DialogTurnResult, WaterfallStepContext } from '../../framework';
import { communeLabel } from '../../prompts/commune';
import { isCommune } from '../../preComplaint/fields/guards';

const log = componentLogger('procedure.otv');

/**
 * A home in Paris or its inner suburbs is watched by the commissariat, never by a brigade:
 * the form ends at the commune, with where to register instead, rather than take a request
 * no gendarme could act on. Undefined for any other commune: the form goes on.
 */
export async function endInPoliceZone(
  step: WaterfallStepContext,
  commune: unknown,
  content: Content,
): Promise<DialogTurnResult | undefined> {
  if (!isCommune(commune) || !inPoliceZone(commune.postcode)) {
    return undefined;
  }

  log.info('otv.police_zone', { conversationId: step.context.activity.conversation?.id });
  await step.context.sendActivity(content.render('procedures/otv/police_zone',
    { commune: communeLabel(commune) }));
  return step.endDialog({});
}
