import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Accidents and alarms at work told in the trade's words: an arm caught in a press, a night
 * guard watching men cut the fence and get into the warehouse, a colleague felling trees
 * alone who stopped answering as night falls. Each is happening now.
 */
const LIMB = '(bras|main|jambe|pied|doigt|doigts|mains|tete|manche|corps)';
const MACHINE = '(presse|machine|engrenage|rouleau|rouleaux|tapis|convoyeur|broyeur|' +
  'tour|scie|laminoir|malaxeur|betonniere|moissonneuse|ensileuse|botteleuse|treuil|' +
  'pressoir|hachoir|petrin|compacteur|benne)';
const CAUGHT = '(coince|coincee|coinces|pris|prise|happe|happee|ecrase|ecrasee|aspire|aspiree|' +
  'aspires|ecrases|happes|entraines|bloques|broyes|' +
  'entraine|entrainee|bloque|bloquee|broye|broyee)';
const INTRUDERS = '(\\d+|deux|trois|quatre|plusieurs|des) (types|mecs|hommes|individus|gars|' +
  'personnes|silhouettes|gens)';

export const NET_WORK: readonly NetFamily[] = [
  {
    id: 'net-caught-in-machine',
    situation: 'trapped',
    // "dans la presse" is read as the newspapers once idioms are removed
    beforeIdioms: true,
    patterns: [
      rx('', `\\b${LIMB}( (de (le|la|mon|ma|son|sa|notre) |du |de )[a-z]+)? (est |sont )?`,
        '(reste )?',
        `${CAUGHT} (dans|sous|entre) (la|le|les|une|un) ${MACHINE}\\b`),
      rx('', `\\b(il|elle|mon ouvrier|mon collegue|mon apprenti|un ouvrier|un collegue) `,
        `(a|est|se est fait) (le (bras|main|pied) )?${CAUGHT} (dans|par) (la|le|une|un) `,
        `${MACHINE}\\b`),
      rx('', '\\bse est fait (happer|ecraser|coincer|prendre|broyer|arracher|aspirer) ',
        `(le|la|les) ${LIMB} (par|dans|sous) (la|le|une|un) ${MACHINE}\\b`),
    ],
    unless: rx('', '\\b(papier|feuille|feuilles|imprimerie|bourrage|imprimante|photocopieuse|',
      'lave linge|linge|drap|',
      'tissu|pull|chemise|echarpe|chaussette|piece|sac|carton|colis)\\b'),
  },
  {
    id: 'net-site-intruders',
    situation: 'intrusion',
    patterns: [rx('', `\\b${INTRUDERS} (viennent de|ont|sont en train de) (couper|forcer|`,
      'escalader|sauter|passer|casser|defoncer|enjamber|coupe|force|escalade|saute|casse|',
      'defonce|enjambe) (le|la|les) (grillage|cloture|portail|',
      'barriere|grille|mur|serrure|porte|cadenas)\\b')],
    requires: rx('', '\\b(sont|est|rentrent|entrent|rentres|entres) (dans|a le interieur|dedans|',
      'sur le site)|en ce moment|maintenant|encore la|toujours la\\b'),
  },
  {
    id: 'net-lone-worker-silent',
    situation: 'missing_person',
    patterns: [rx('', '\\b(collegue|ouvrier|bucheron|employe|salarie|associe|apprenti|mari|',
      'pere|frere|fils|compagnon) (est )?(parti|partie|alle|allee|seul|seule)( [a-z]+){0,3} ',
      '(en foret|dans les bois|en montagne|au bois|sur le chantier|dans la parcelle|en mer|',
      'a la chasse|couper du bois|pour le abattage|bucheronner)\\b')],
    requires: rx('', '\\b(repond plus|repond pas|ne repond|injoignable|aucune nouvelle|pas de ',
      'nouvelles|pas rentre|toujours pas revenu|pas revenu)\\b(?=.*\\b(nuit|tombe|heures|',
      '\\d+ ?h|ce soir|depuis))'),
  },
];
