import type { DialogTurnResult, WaterfallStepContext } from '../../framework';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import { noteForGendarme } from '../../common/handoffNote';
import { recall } from '../shared/values';
import type { OtvStore } from './store';
import { buildContent } from './summary';

const log = componentLogger('procedure.otv');
const T = 'procedures/otv';

/** The consent's answer: "yes" sends the request, anything else sends nothing. */
export async function submitRequest(step: WaterfallStepContext,
  deps: { content: Content; store: OtvStore }): Promise<DialogTurnResult> {
  const content = buildContent((key) => recall(step, key));
  if (step.result !== 'yes' || !content) {
    await step.context.sendActivity(deps.content.render(`${T}/not_submitted`));
    return step.endDialog({});
  }
  try {
    const request = await deps.store.submit(content, step.context.activity.channelId);
    await step.context.sendActivity(deps.content.render(`${T}/submitted`, {
      reference: request.id,
    }));
    await noteForGendarme(step.context,
      { [deps.content.render(`${T}/handover.reference`)]: request.id });
    // the main dialog keeps it, should the citizen cancel the trip right after
    return await step.endDialog({ reference: request.id });
  } catch (error) {
    log.error('otv.submit_failed', { error: error instanceof Error ? error.name : 'unknown' });
    await step.context.sendActivity(deps.content.render(`${T}/failed`));
  }
  return step.endDialog({});
}
