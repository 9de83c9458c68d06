import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * People in the water now off a boat on a lake, a river, a pond, a pool or a canal ("la
 * barque s'est retournée au milieu du lac", "deux personnes dans l'eau sans gilet", "ils
 * s'accrochent à la coque"): the firefighters first (the 196 is for the sea, whose family
 * answers when the sea is named), then 112.
 */
const CRAFT = '(barque|barques|canoe|canoes|kayak|kayaks|pedalo|pedalos|paddle|bateau|' +
  'bateaux|voilier|zodiac|radeau|canot|pirogue|jet ski|catamaran|bateau gonflable|bouee|' +
  'planche a voile|optimist|peniche|embarcation|annexe)';
const OVER = '(chavire|chavirer|a chavire|ont chavire|se est retourne|se est retournee|' +
  'se sont retournes|retourne|retournee|a coule|coule|sombre|a sombre|prend le eau|' +
  'a pris le eau|se est renverse|se est renversee|renverse|renversee|dessale|a dessale|' +
  'se est couche|se est couchee|couche sur le flanc)';
const PEOPLE = '(personnes?|gens|enfants?|gamins?|petits?|ados?|jeunes|pecheurs?|baigneurs?|' +
  'nageurs?|kayakistes?|quelqu un|un homme|une femme|un enfant|une fille|un garcon|' +
  'mon fils|ma fille|mon mari|ma femme|mon pere|ma mere|mon frere|ma soeur|mon pote|ma pote|' +
  'mes potes|mes amis|mon ami|mon amie|deux|trois|quatre|ils|elles|il|elle|on|nous)';
/** "dans l'eau" as typed fast: "dans leau", "dans lo", "a leau". */
const IN_WATER = '(dans le eau|a le eau|dans leau|a leau|dans lo|dans la flotte)';

export const NET_CAPSIZED: readonly NetFamily[] = [
  {
    id: 'net-capsized-inland',
    situation: 'drowning',
    habitCancels: true,
    patterns: [
      rx('', `\\b${CRAFT}\\b( [a-z0-9]+){0,8} ${OVER}\\b`),
      rx('', `\\b${OVER}( [a-z0-9]+){0,3} (le|la|leur|son|sa|notre|un|une|mon|ma) ${CRAFT}\\b`),
      rx('', '\\b(on|nous|je|ils|elles) (a|avons|ai|ont) (dessale|chavire)\\b'),
      rx('',
        `\\b${PEOPLE} (sont |est |sommes |tous |toutes |toujours |encore |tombes? |tombees? )*`,
        IN_WATER,
        '\\b(?!( [a-z]+){0,3} (pour (se baigner|nager|jouer)|tranquille|chaude|froide))'),
      rx('',
        '\\b(se accroche|se accrochent|accroche|accroches|agrippe|agrippes|cramponne|',
        'cramponnes) (a|sur) (la|le|une|un|leur|sa|son) ',
        `(coque|${CRAFT}|branche|bouee|rocher|pile)\\b`),
      rx('', '\\b(il|elle|ils|elles) (coule|coulent|boit la tasse|boivent la tasse|se debat|',
        'se debattent|remonte plus|remontent plus|refait plus surface|a disparu sous le eau)\\b'),
    ],
    requires: rx('',
      '\\b(lac|riviere|etang|mare|canal|piscine|fleuve|ruisseau|bassin|plan de eau|gravieres?|',
      'torrent|barrage|seine|loire|rhone|garonne|dordogne|ardeche|eau|coque|rive|berge|ponton|',
      'courant)\\b'),
    unless: rx('',
      '\\b(tout le monde (est|va) (bien|sorti|remonte)|(sont|est) (sortis?|sorties?|remontes?|',
      'remontees?) (de le eau|sur|dans)|sains et saufs|sain et sauf|rien de grave|plus de peur|',
      'on a bien ri|mdr|ptdr|lol|exercice|entrainement|stage|cours de|moniteur nous|',
      'comment (retourner|redresser)|mon telephone|mon portable|mes cles|lunettes|au port|',
      'a quai|amarre|amarree|remorquer|hivernage|bache|rouille|fuite de le moteur|',
      'jeu video|film|serie|reve|cauchemar)\\b',
    ),
  },
];

const SEA = /\b(mer|ocean|au large|plage|large|cote|baie|calanque|crique|vagues)\b/;
const INLAND = new RegExp('\\b(lac|riviere|etang|mare|canal|piscine|fleuve|ruisseau|' +
  'plan de eau|gravieres?|torrent|barrage|seine|loire|rhone|garonne|dordogne|ardeche|' +
  'rapides)\\b');

/** A lake, a river, a pool named and no sea: the 196 (sea rescue) is not the first call. */
export function inlandOnly(text: string): boolean {
  return gatedTest(INLAND, text) && !gatedTest(SEA, text);
}
