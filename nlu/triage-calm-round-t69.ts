import { scamAboutARelative } from './triage-calm-scam-relative';
import { oldAssaultUnfiled } from './triage-calm-old-assault';
import { childrenLeftOutAsHabit } from './triage-calm-child-left-out';
import { firstAidStudy } from './triage-calm-first-aid-study';

/**
 * Round t69's whole-message calms (settledMessage): a scam using a relative who is safe, an
 * assault months ago never filed, neighbours' children left out late and underfed, a
 * first-aid course revised. Each yields to a sign of danger here and now.
 */
export function settledT69(text: string): boolean {
  return scamAboutARelative(text) || oldAssaultUnfiled(text) || childrenLeftOutAsHabit(text) ||
    firstAidStudy(text);
}
