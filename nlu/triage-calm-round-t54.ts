import { choreToFinish } from './triage-calm-finish-chore';
import { deniedForSchoolwork } from './triage-calm-denied-schoolwork';
import { ordinaryWish } from './triage-calm-ordinary-wish';
import { everydayFigure } from './triage-calm-everyday-figures';
import { papersLostToADisaster } from './triage-calm-papers-lost';

/**
 * Round t54's whole-message calms (settledMessage): "en finir avec mes dossiers" and a
 * pupil's question about the suicide line with their own wish denied; and the lead's
 * ordinary wishes the model's vote raised (joining a relative somewhere, an end with someone),
 * tester21's everyday figures (a film's suicide seen, "en feu au boulot", a street's name), and
 * papers a flood took, asked how to replace.
 * Each yields to a word of despair.
 */
export function settledT54(text: string): boolean {
  return choreToFinish(text) || deniedForSchoolwork(text) || ordinaryWish(text) ||
    everydayFigure(text) || papersLostToADisaster(text);
}
