import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * "vener vite svp", "vennez vite c urgent", "vite vite venez": the bare plea to come quickly
 * in phonetic spelling, no situation named, like "au secours" (17, 112). "vener" alone is
 * slang for angry ("je suis vener"): only with "vite" next to it is it the plea.
 */
const COME = '(venez|vener|venes|vennez|venner|venezz|veney|venai|vnz)';

const PLEA = rx('',
  // "je suis vener" is angry, not a plea
  '(?<!\\b(suis|es|est|sont|trop|grave|super|tellement|hyper|vraiment) )',
  `\\b${COME} (vite|vit|vte|tout de suite|tt de suite|svp vite)\\b|`,
  `\\bvite (vite )?${COME}\\b`,
);

/** An errand, not a rescue: "venez vite chercher votre colis" (triage-calm-come-see.ts). */
const ERRAND = rx('', '\\b(recuperer|chercher (votre|vos|le|la|les)|colis|rdv|rendez vous)\\b');

export const NET_PLEA_SMS: readonly NetFamily[] = [
  {
    id: 'net-plea-sms',
    situation: 'generic',
    always: true,
    patterns: [PLEA],
    unless: ERRAND,
  },
];
