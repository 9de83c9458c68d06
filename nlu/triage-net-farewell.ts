import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A suicide told by its preparations rather than its words: letters left for the children,
 * affairs put in order, things given away, goodbyes said, and a time set ("c'est pour cette
 * nuit", "demain matin je ne serai plus là"). 3114 first. A party, a move, a trip, a wedding
 * or a will at the notary prepared "pour ce soir" is no farewell.
 */

const KIN = '(mes|ma|mon|a mes|pour mes|a ma|pour ma|a mon|pour mon|chacun|tout le monde)' +
  '( [a-z]+){0,2} (enfants|gosses|fils|filles|fille|petits|femme|mari|parents|mere|pere|proches|' +
  'famille|soeur|frere|amis|copains|chacun)';

/** What a person does before a suicide: a farewell act. */
const FAREWELL = rx('',
  `\\b((ecrit|laisse|prepare|redige)( [a-z]+){0,3} (lettre|lettres|mot|mots)( [a-z]+){0,2} ${KIN}|`,
  `lettre de adieu|lettres de adieu|(ecrit|laisse|redige)( [a-z]+){0,2} ${KIN}|`,
  'les lettres (sont|seront) (ecrites|pretes|sur la table|posees)|',
  'fait mes adieux|dit (au revoir|adieu) a|(donne|distribue|legue) (mes affaires|mon chien|',
  'mon chat|tout ce que je ai|toutes mes affaires)|tout legue|',
  '(mis|mets|remis|range) (mes affaires|mes papiers|tout|ma vie) en ordre|',
  '(mes affaires|mes papiers|mes comptes) (sont )?en ordre|regle (mes dettes|mes comptes|',
  'mes affaires|tout))\\b',
);
/** The time set, or the end named without its word. */
const TIME_SET = rx('',
  '\\b(((c|ce) est pour|ce sera|je le fais|je le ferai|le faire|passer a le acte) ',
  '(ce soir|cette nuit|demain matin|demain|tout a le heure|bientot)|',
  '(ce soir|cette nuit|demain matin|demain) ',
  '(ce sera|(c|ce) est|je le fais|je pars|je ne serai plus)|je ne serai plus la|ne serai plus la|',
  'ce sera fini|ce sera la fin|(c|ce) est la fin|pour de bon|tout est pret|je ai tout prepare|',
  'je prepare tout|plus jamais me voir)\\b',
);

export const NET_FAREWELL: readonly NetFamily[] = [
  {
    id: 'net-suicide-farewell',
    situation: 'suicide',
    always: true,
    patterns: [FAREWELL],
    requires: TIME_SET,
    unless: rx('',
      '\\b(fete|soiree|anniversaire|mariage|demenagement|demenage|voyage|vacances|invitation|',
      'invitations|notaire|bapteme|diner|repas|valise|valises|examen|concours|spectacle|',
      'concert|surprise|retraite|pot de depart|colonie|colo|noel|reveillon|expatriation)\\b',
    ),
  },
];
