import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A weapon found lying, with nobody holding it: "on a trouvé un couteau dans le bac à sable",
 * "mon fils a ramassé une seringue au parc". The found-object answer says what to do (not
 * touch it, call the brigade); a person seen with it keeps the alarm ("j'ai trouvé un homme
 * avec un couteau" never reads as a find: the weapon must follow the find within two words).
 */
export const FOUND_LYING = rx('',
  '\\b(trouve|trouvee|trouves|retrouve|ramasse|ramassee) (un|une|des|le|la|les)( [a-z]+){0,2} ',
  '(couteau|couteaux|arme|armes|pistolet|pistolets|revolver|fusil|carabine|seringue|',
  'seringues|balle|balles|douille|douilles|machette|poignard|cutter|grenade)\\b',
  '(?!.*\\b(il|elle|ils|quelqu un|homme|mec|type|individu) (le |la |les )?(tient|tiennent|',
  'brandit|brandissent|pointe|menace|a encore|ont encore))',
);

/** For the learned vote, which read the weapon's word alone as a danger. */
export function foundLying(normalized: string): boolean {
  return gatedTest(FOUND_LYING, normalized);
}
