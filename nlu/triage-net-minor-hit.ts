import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A child who says so and was just beaten by a parent again, or a child afraid to go home
 * tonight because a parent threatened them (told by the child or by a teacher): the child
 * line first (119), the police with it.
 */
const PARENT = '(ma mere|mon pere|mon beau pere|ma belle mere|mes parents|mon daron|ma daronne|' +
  'papa|maman|mon parrain|mon oncle|ma tante|mon grand frere|le copain de ma mere|son pere|' +
  'sa mere|son beau pere|sa belle mere|ses parents|son daron|sa daronne)';
const HIT = '(tape|tapee|frappe|frappee|battu|battue|cogne|cognee|fouette|fouettee|brule|' +
  'brulee|etrangle|etranglee|gifle|giflee|roue de coups|defonce|defoncee|tabasse|tabassee)';
const WRITER_MINOR = rx('',
  '\\b(je ai ([5-9]|1[0-7]) ans|je suis (un|une) (enfant|gamin|gamine|petit|petite|mineur|',
  'mineure)|je suis mineure?|(au|en|a le) (college|cm1|cm2|ce1|ce2|primaire|sixieme|',
  'cinquieme|quatrieme|troisieme|6e|5e|4e|3e|6eme|5eme|4eme|3eme))\\b',
);
const CHILD_TOLD = rx('',
  '\\b(un|une|mon|ma|le|la) (eleve|enfant|gamin|gamine|petit|petite|ado)( de ma classe| de ',
  '(\\d+|huit|neuf|dix|onze|douze) ans)?\\b|\\b(je ai ([5-9]|1[0-7]) ans|au college|',
  'mon fils|ma fille|mon petit|ma petite)\\b',
);
const DREAD = '(peur de rentrer|veut pas rentrer|ose pas rentrer|ose plus rentrer|refuse de ' +
  'rentrer|veut plus rentrer|pas rentrer chez (lui|elle|moi))';
const THREAT = rx('',
  '\\b(menace|menacee|menaces|menacer|a dit (que |qu )?il (allait|va)|',
  'va le (tuer|frapper|defoncer|',
  'punir)|va la (tuer|frapper|defoncer|punir)|va me (tuer|frapper|defoncer|faire payer)|',
  'frappe|frapper|battre|bat|tape|taper|cogne|ceinture|coups|bleus|martinet)\\b',
);
const LONG_AGO = rx('', '\\b(quand je etais (petit|petite)|quand je avais|il y a (des|deux|trois|',
  'quelques) ans|le an dernier|autrefois|maintenant ca va|ce est fini|en foyer|',
  'famille de accueil|film|serie|livre|roman)\\b');

export const NET_MINOR_HIT: readonly NetFamily[] = [
  {
    id: 'net-minor-hit-again',
    situation: 'child_neglect',
    always: true,
    patterns: [rx('', `\\b${PARENT} (me a|ma|mas|me) (encore |deja |encore une fois |`,
      `de nouveau )?${HIT}\\b`)],
    requires: WRITER_MINOR,
    unless: LONG_AGO,
  },
  {
    id: 'net-child-dreads-threat',
    situation: 'child_neglect',
    always: true,
    patterns: [rx('', `\\b${DREAD}\\b`)],
    requires: rx('', `\\b${PARENT}\\b.*${THREAT.source}|${THREAT.source}.*\\b${PARENT}\\b|`,
      `(?=.*${CHILD_TOLD.source})(?=.*${THREAT.source})`),
    unless: rx('', `${LONG_AGO.source}|\\b(mauvaise note|bulletin|carnet|punie? de|privee? de|`,
      'se faire gronder|engueuler|engueule)\\b'),
  },
];
