import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A theft this very minute, the thief still running ("on vient de m'arracher mon sac, le
 * gars court encore vers la gare", "il vient de me piquer mon portable il s'enfuit en
 * scooter"): a patrol can still catch him, so the 17 at the first message rather than the
 * pre-complaint's questions. A theft told the next day, with no one running, is the
 * complaint's page.
 */
const TOOK = '((vient|viennent) de (me |nous |lui |leur )?(voler|arracher|piquer|prendre|' +
  'chourer|choper|derober|faucher|tirer|taxer|braquer)|(vol|vole|volee|arrache|arrachee) ' +
  'a le arrache|(me|nous|lui) (a|ont) (arrache|vole|pique|tire|chourave|derobe) (mon|ma|mes|' +
  'son|sa|ses|notre|nos|le|la|les))';

/** Running off now, or followed by the writer. */
const RUNNING = '((court|courent) (encore|toujours|vers|dans|en direction|par la)|' +
  '(se enfuit|se enfuient|se sauve|se sauvent|se barre|se barrent|se casse|se cassent|' +
  'file|filent|fuit|fuient|prend la fuite|prennent la fuite|detale|detalent|part|partent)' +
  ' (en courant|en scooter|en moto|en velo|en trottinette|en voiture|a pied|vers|par|dans|' +
  'en direction)|(est|sont) encore (la|dans la rue|en vue|visible|visibles)|' +
  'je le (vois|suis|poursuis|course) encore|je (le|les) (poursuis|suis en train)|' +
  'je lui cours apres|on lui court apres|il est en train de (fuir|courir|partir))';

const SNATCH_FLED = rx('',
  `^(?=.*\\b${RUNNING}\\b).*\\b${TOOK}\\b|`,
  `^(?=.*\\b${TOOK}\\b).*\\b${RUNNING}\\b`,
);

/** A sibling's prank, a pet, a game; or the theft told afterwards. */
const NO_CHASE = rx('',
  '\\b(mon petit frere|ma petite soeur|mon fils|ma fille|mon chien|ma chienne|mon chat|',
  'le chien|le chat|la mouette|les mouettes|un singe|chargeur|gouter|bonbon|bonbons|jouet|',
  'doudou|frites|telecommande|ma place|sa place|mdr|lol|ptdr|haha|jeu|film|serie|reve|hier|',
  'la semaine derniere|le mois dernier|le an dernier|il y a (\\d+|deux|trois|quelques) ',
  '(jours|semaines|mois|ans))\\b',
);

export const NET_SNATCH_FLED: readonly NetFamily[] = [
  {
    id: 'net-snatch-fled',
    situation: 'violence',
    patterns: [SNATCH_FLED],
    unless: NO_CHASE,
  },
];
