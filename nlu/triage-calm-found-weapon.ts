import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A weapon found lying, with nobody holding it: "on a trouvé un couteau dans le bac à sable",
 * "mon fils a ramassé une seringue au parc". The found-object answer says what to do (not
 * touch it, call the brigade); a person seen with it keeps the alarm ("j'ai trouvé un homme
 * avec un couteau" never reads as a find: the weapon must follow the find within two words),
 * and so does a child playing with it.
 */
export const FOUND_LYING = rx('',
  '\\b(trouve|trouvee|trouves|retrouve|ramasse|ramassee) (un|une|des|le|la|les)( [a-z]+){0,2} ',
  '(couteau|couteaux|arme|armes|pistolet|pistolets|revolver|fusil|carabine|seringue|',
  'seringues|balle|balles|douille|douilles|machette|poignard|cutter|grenade)\\b',
  // someone with it now: "...et mon fils joue avec", "le type qui le tient me menace"
  '(?!.*\\b(joue|jouent|jouer|tient|tiennent|brandit|brandissent|pointe|pointent|menace|',
  'menacent|charge|chargent|tire|tirent|a encore|ont encore|dans la main|dans les mains)\\b)',
);

/** For the learned vote, which read the weapon's word alone as a danger. */
export function foundLying(normalized: string): boolean {
  return gatedTest(FOUND_LYING, normalized);
}
