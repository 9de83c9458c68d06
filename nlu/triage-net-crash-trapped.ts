import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';
import { CRASH } from './triage-net-crash-hurt';

/**
 * A witness tells the crash in the passé composé ("une voiture a glissé, a fait des
 * tonneaux, a fini dans le fossé, je me suis arrêté") and then the present: someone trapped
 * inside, screaming, bleeding, not moving. The story's past, even "hier soir" at its head,
 * must not calm what is told now: 18 first. Told over ("il était coincé", "les pompiers
 * l'ont sorti") it stays calm.
 */
const CRASH_TOLD = new RegExp(`${CRASH.source}|` + rx('',
  '\\b(a glisse|glisse sur le verglas|a derape|fait une sortie de route|a capote|',
  'sur le toit|dans le fosse|dans le decor|carambolage|collision|accident|a percute)\\b',
).source);

const VICTIM = '(quelqu un|quelquun|qqn|une personne|des personnes|un homme|une femme|un enfant|' +
  'des enfants|un bebe|des gens|un gars|un mec|une dame|un monsieur|un jeune|une jeune|' +
  'le conducteur|la conductrice|le chauffeur|le passager|la passagere|les passagers|' +
  'les occupants)';

/** "il bloque la route" is no one trapped: a pronoun needs its "est". */
const SHE = '(il|elle|ils|elles)';

const ANYONE = `(${VICTIM}|${SHE})`;

const TRAPPED = '(coince|coincee|coinces|coincees|bloque|bloquee|bloques|bloquees|' +
  'prisonnier|prisonniere|prisonniers|incarcere|incarceree|incarceres)';

/** Told now: trapped, screaming, bleeding, not moving. */
const TRAPPED_NOW = rx('',
  `\\b${VICTIM} (est |sont )?(encore |toujours )?${TRAPPED}\\b|`,
  `\\b${SHE} (est|sont) (encore |toujours )?${TRAPPED}\\b|`,
  `\\b${ANYONE} (qui )?(hurle|hurlent|crie|crient|saigne|saignent|gemit|gemissent|`,
  'appelle a le aide|appellent a le aide)\\b|',
  '\\b(qui|il|elle|ils|elles) (ne )?(arrive|arrivent|peut|peuvent|parvient|parviennent) ',
  '(pas|plus) a (sortir|se degager|ouvrir|bouger)\\b|',
  `\\b${ANYONE} (qui )?(ne )?(bouge|bougent|repond|repondent|reagit|reagissent) `,
  '(plus|pas)\\b',
);

/** The rescue is over, or the crash is a claim or a testimony. */
const OVER = rx('',
  '\\b(etait|etaient|avait ete|a ete|ont ete) (coince|coincee|coinces|bloque|bloquee|',
  'incarcere|incarceree|desincarcere|desincarceree|evacue|evacuee|hospitalise|hospitalisee)\\b|',
  '\\b(le|la|les) ont (sorti|sortie|sortis|desincarcere|desincarceree|emmene|emmenee|evacue)\\b|',
  '\\b(les pompiers|les secours|le samu|une ambulance) (sont|est) (arrive|arrives|arrivee|',
  'venus|venu|la|sur place)\\b|\\b(temoigner|temoignage|temoin pour|constat|assurance|',
  'assureur|indemnisation|plainte|proces|tribunal)\\b',
);

export const NET_CRASH_TRAPPED: readonly NetFamily[] = [
  {
    id: 'net-crash-trapped',
    situation: 'road_injury',
    always: true,
    patterns: [TRAPPED_NOW],
    requires: CRASH_TOLD,
    unless: OVER,
  },
];
