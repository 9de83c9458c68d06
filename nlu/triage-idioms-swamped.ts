import { rx } from './triage-words';

/** What one sinks under only figuratively: work, paperwork, debts, mail, homework. */
const LOAD = '(papiers|paperasse|paperasses|papiers administratifs|administratif|dossiers|' +
  'dossier|factures|mails|emails|courriers|courrier|devoirs|boulot|travail|taches|dettes|' +
  'credits|cours|revisions|demarches|demarches administratives|formulaires|impots|' +
  'charge de travail|tafs?|job)';

/**
 * "je suis en train de couler sous les papiers administratifs", "je me noie dans la
 * paperasse": a load told as drowning, removed before the water rules read "couler" or
 * "se noyer"; a person in the water stays.
 */
export const SWAMPED_IDIOMS: readonly RegExp[] = [
  rx('g',
    '\\b(je coule|on coule|couler|coule|je me noie|on se noie|me noyer|noye|noyee|noyes|',
    'submerge|submergee|enseveli|ensevelie)( completement| totalement| litteralement)? ',
    `(sous|dans) (les |la |le |l |mes |mon |ma |des |du |de la |une montagne de |un tas de )?`,
    `(tas de |pile de |montagne de )?${LOAD}\\b`,
  ),
];
