import { specifyCalm, specifyFirstNumbers } from './triageTable';
import { assessWithVote } from './triageWithVote';

const assess = assessWithVote;

/** tester21's calm lines that alarmed, and other wordings of them. */
const FIGURES: readonly string[] = [
  'j ai vu un film ou le mec se suicide',
  'dans la serie d hier le personnage se pend, c est pas trop violent pour un ado ?',
  'je vais me jeter sur le buffet',
  'a noel je me jette sur les chocolats',
  'je suis en feu aujourd hui au boulot',
  'il allait sauter de joie',
  'j habite rue du feu a lyon',
  'mon adresse c est 12 impasse de l incendie, vous avez besoin d autre chose ?',
  // t58: papers a disaster took, asked how to replace
  'l inondation a emporte nos papiers, comment les refaire',
  'le cyclone a detruit tous mes papiers, je fais comment pour le passeport',
];

/** The same words beside a danger of the writer's own: still an alarm. */
const STILL_DANGER: ReadonlyArray<readonly [string, string]> = [
  ['j ai vu un film ou le mec se suicide, moi aussi je veux mourir', '3114'],
  ['j habite rue du feu a lyon et il y a le feu dans mon immeuble, vite', '18'],
  ['je vais me jeter sous le train', '3114'],
  ['l inondation a emporte nos papiers et l eau monte encore, on est sur le toit', '18'],
];

describe('triage: everyday figures and danger-named streets (tester21)', () => {
  specifyCalm(assess, FIGURES);
  specifyFirstNumbers(assess, STILL_DANGER);
});
