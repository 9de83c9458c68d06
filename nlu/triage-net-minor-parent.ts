import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A minor who says so (an age, a school year, "au collège") and a parent who shuts them in,
 * starves them or waits to beat them: the child line (119) must be among the numbers, which
 * the hiding and violence readings alone never add.
 */
const PARENT = '(ma mere|mon pere|mon beau pere|ma belle mere|mes parents|mon daron|ma daronne|' +
  'mes darons|papa|maman|mon parrain|mon oncle|ma tante|mon grand frere)';
const HARM = '(enferme|enfermait|laisse enferme|laisse enfermee|prive de manger|prive de ' +
  'nourriture|donne (pas|plus|rien) a manger|frappe|tape|bat|cogne|brule|etrangle|' +
  'attend( [a-z]+){0,3} pour me (frapper|taper|battre|cogner|tabasser|defoncer)|' +
  'va me (frapper|tuer|taper|battre|defoncer|tabasser|cogner))';
const PARENT_HARMS = rx('',
  `\\b${PARENT} (me|nous) ${HARM}\\b|`,
  '\\b(enferme|enfermee|enfermes|enfermees) (dans|a) (ma|la|une|le|mon) ',
  '(chambre|cave|placard|grenier|garage|salle de bain|cabane)( [a-z]+){0,5} sans ',
  '(manger|rien manger|nourriture|boire|eau)\\b|',
  '\\bsans (manger|rien manger|nourriture) depuis (hier|avant hier|\\d+ jours|deux jours|',
  'trois jours|ce matin)\\b',
);
const MINOR = rx('',
  '\\b(je ai ([89]|1[0-7]) ans|(au|en|a le) (college|cm1|cm2|primaire|sixieme|cinquieme|',
  'quatrieme|troisieme|6e|5e|4e|3e|6eme|5eme|4eme|3eme)|mon college|ma maitresse|',
  'mon prof principal|ma prof principale|la cpe|la sortie des cours|apres les cours)\\b',
);

export const NET_MINOR_PARENT: readonly NetFamily[] = [
  {
    id: 'net-minor-parent',
    situation: 'child_neglect',
    // "comme hier" is the pattern of the blows, not their end: the cancels below stand in
    always: true,
    patterns: [PARENT_HARMS],
    requires: MINOR,
    unless: rx('',
      '\\b(quand je etais (petit|petite)|quand je avais|punition juste|privee? de (tel|telephone|',
      'portable|sortie|console|ecran)|droit de|il y a (des|deux|trois|quelques) ans|',
      'le an dernier|le annee derniere|autrefois|maintenant ca va|ca va mieux|ce est fini|',
      'placee? en foyer|je suis en foyer|famille de accueil)\\b',
    ),
  },
];
