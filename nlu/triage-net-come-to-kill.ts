import { SOMEONE, type NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Someone come, or here, to kill the writer ("il est venu pour me tuer, il tape à la porte",
 * "un mec est là pour me buter"): a threat now, 17 first. The suicide family used to take
 * "pour me tuer" as the writer's own plan (3114 first), and "il veut me tuer" is the only
 * threat the rules read. A person must be the subject: "ce marathon est là pour me tuer" is
 * a complaint; a scam e-mail's hired killer comes to nobody's door.
 */
const WHO = `(${SOMEONE}|(mon|ma) (ex|mari|pere|frere|voisin|voisine|beau pere|copain|` +
  'compagnon|conjoint|cousin|oncle)|le voisin|ce (mec|type|gars|malade|fou))';

const COME_TO_KILL = rx('',
  `\\b${WHO} (est|sont|etait|a ete|vient de)? ?(venu|venue|venus|venues|revenu|revenue|`,
  'revenus|la|ici|arrive|arrivee|arrives|monte|entre|rentre|devant|en bas|dehors|vient|',
  'viennent|revient|reviennent|arrivent|montent)( [a-z]+){0,3} (pour )?me (tuer|buter|',
  'descendre|egorger|planter|crever|massacrer|liquider|saigner)\\b',
);

/** A hired killer in an e-mail, or a teacher's tests "there to kill me". */
const NOT_A_KILLER = rx('',
  '\\b(mail|mails|email|e mail|message|messages|sms|texto|bitcoin|bitcoins|crypto|arnaque|',
  'escroquerie|phishing|rancon|payer|paye|payez|virement|euros|mdr|lol|ptdr|avec (ses|son|sa|',
  'leurs?|ces|cette|ce) (devoirs|controles|remarques|dossiers|questions|exercices|blagues|',
  'histoires|reunions|reflexions|exigences))\\b',
);

export const NET_COME_TO_KILL: readonly NetFamily[] = [
  {
    id: 'net-come-to-kill',
    situation: 'violence',
    patterns: [COME_TO_KILL],
    unless: NOT_A_KILLER,
  },
];
