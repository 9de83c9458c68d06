import { gatedReplace } from './regex-gate';
import { withoutDeniedLaughter } from './triage-insisted-t87';

/**
 * What the triage reads of a message that insists: "je veux vraiment me tuer" and "je veux
 * juste mourir" slipped between the words of the despair phrases ("je veux mourir"), and
 * "c'est pas un film", "je ne plaisante pas", "c'est pas pour un exposé" hold the very words
 * that calm a message (film, plaisanter, exposé), negated. The intensifier after a verb of will
 * is dropped and the negated disclaimer taken out, in a second reading beside the written one.
 */
const INTENSIFIER = new RegExp('\\b(veux|veut|voudrais|voudrait|vais|va|vas|vont|ai envie|' +
  'a envie|compte|pense|dois|peux|peut|suis pret|suis prete|sait|ne veux|ne vais) ' +
  '(vraiment|vraimen|vraiement|vraimment|vrmt|vrm|juste|tellement|sincerement|franchement|' +
  'reellement|carrement|serieusement|simplement|absolument|definitivement) ', 'g');

const DISCLAIMER = new RegExp('\\b(ce|ca|cela)( ne)? (est|etait) ' +
  '(pas|vraiment pas|absolument pas) (du tout )?' +
  '(un |une |pour un |pour une |de la |du |des )?(film|serie|jeu|jeu video|blague|' +
  'exercice|expose|devoir|canular|farce|plaisanterie|poisson de avril|roman|fiction|simulation|' +
  'test|delire)\\b|' +
  '\\b(je|on)( ne)? (plaisante|rigole|blague|deconne) (pas|plus)\\b|' +
  '\\bsans (rire|blague|deconner|plaisanter)\\b', 'g');

export function insistedReading(normalized: string): string {
  const undenied = withoutDeniedLaughter(normalized);
  const plain = gatedReplace(gatedReplace(undenied, INTENSIFIER, '$1 '), DISCLAIMER, ' ');
  return plain === normalized ? normalized : plain.replace(/ +/g, ' ').trim();
}
