import type { NetFamily } from './triage-net-families';
import { SUBSTANCES } from './triage-net-rescue';
import { rx } from './triage-words';

/**
 * Pills named, then "je vais tous les avaler": the pronoun hides the pills from the families
 * that read "avaler toutes mes boîtes", and expired medicines laid out for the pharmacy must
 * not calm the decision said after them (3114 first).
 */
const ALL_OF_THEM = rx('',
  '\\b(vais|veux|va|veut|voudrais|compte) (tous|toutes) les (avaler|prendre|gober)\\b|',
  '\\b(vais|veux|va|veut|voudrais|compte) les (avaler|prendre|gober) (tous|toutes|',
  'en une fois|d un coup|de un coup)\\b',
);

export const NET_SWALLOW_ALL: readonly NetFamily[] = [
  {
    id: 'net-swallow-all',
    situation: 'suicide',
    always: true,
    patterns: [ALL_OF_THEM],
    requires: new RegExp(`\\b(${SUBSTANCES}|medocs perimes|boites|plaquettes)\\b`),
  },
];
