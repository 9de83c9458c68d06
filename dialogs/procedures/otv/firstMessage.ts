import type { WaterfallStepContext } from '../../framework';
import type { Content } from '../../../content/renderer';
import { remember } from '../shared/values';
import { AbsenceStart, absenceInSentence, departureInSentence, frenchDay } from './dates';

const T = 'procedures/otv';

/**
 * The OTV's first turn: its introduction, then the days of absence the message that opened it
 * already gave ("je pars du 10 au 24 juillet", "à partir du 23 décembre"), told back to the
 * citizen so that they are not asked again (F3, tester15's F14). Undefined: none given.
 */
export async function introduceWithDates(step: WaterfallStepContext, content: Content,
  now: Date): Promise<AbsenceStart | undefined> {
  remember(step, 'introduced', true);
  await step.context.sendActivity(content.render(`${T}/intro`));

  const text = step.context.activity.text ?? '';
  const given = absenceInSentence(text, now) ?? departureInSentence(text, now);
  if (given === undefined) {
    return undefined;
  }

  await step.context.sendActivity(given.to === undefined
    ? content.render(`${T}/departure_noted`, { from: frenchDay(given.from) })
    : content.render(`${T}/dates_noted`, { from: frenchDay(given.from), to: frenchDay(given.to) }));
  return given;
}
