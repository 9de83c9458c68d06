import { comeForErrandOrFun } from './triage-calm-come-see';
import { aledAboutTheService } from './triage-calm-aled';
import { gasSignsAsked } from './triage-calm-gas-signs';
import { quietAgainSince } from './triage-calm-quiet-again';
import { trivialDeathFigure } from './triage-calm-hyperbole';
import { harmlessCrashBefore } from './triage-calm-minor-crash';
import { fearLeftByPastAssault } from './triage-calm-fear-since';

/**
 * Round t51's whole-message calms (settledMessage): a plea to come for an errand or a joke,
 * "aled" said of the bot, how to tell a gas leak, yesterday's trouble quiet again, one's
 * death as a mishap's figure, a harmless crash told afterwards; and the fear left by an assault
 * weeks ago (the lead's, after t52). Each yields to a sign of danger now.
 */
export function settledT51(text: string): boolean {
  return comeForErrandOrFun(text) || aledAboutTheService(text) || gasSignsAsked(text) ||
    quietAgainSince(text) || trivialDeathFigure(text) || harmlessCrashBefore(text) ||
    fearLeftByPastAssault(text);
}
