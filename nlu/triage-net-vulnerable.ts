import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { AGE, YOUNG } from './triage-net-missing';
import { SUBSTANCES, TOXIC } from './triage-net-rescue';
import { ASKED_IF_ABUSE } from './triage-net-kin-blows';

/**
 * Safety-net families for those who cannot protect themselves: a toddler who swallowed
 * something, a child telling what happens at home, someone held against their will, a man
 * exposing himself to children.
 */

const PARENT = '(papa|mon pere|mon beau pere|mon daron|mon parrain|tonton|mon oncle|le ' +
  'copain de maman|le copain de ma mere|le mari de maman|maman|ma mere|ma belle mere)';
const HOME_VICTIM = '(maman|ma mere|mon pere|papa|ma soeur|mon frere|ma petite soeur|' +
  'mon petit frere|moi|nous|ma daronne|mon daron|le bebe|mon bebe)';

/** What a toddler finds in a cupboard, besides medicine and the usual poisons. */
const HOUSEHOLD = 'liquide vaisselle|liquide|nettoyant|gel hydroalcoolique|essence|petrole|' +
  'alcool a bruler|engrais|pesticide|desherbant|cigarette|cigarettes|megot|megots|cannabis|' +
  'resine|e liquide|huile essentielle|huiles essentielles|parfum|pilule|comprime|cachet|' +
  'gelule|medicament|plaquette|blister|flacon|produit vaisselle|tablette lave vaisselle';
const BLOWS = 'tape|frappe|bat|cogne|etrangle|tabasse|fait mal a|crie sur|secoue|pousse|' +
  'jette|menace';

/** Things one keeps at home, not people held there. */
const KEPT_THINGS = '(fusil|fusils|arme|armes|carabine|carabines|pistolet|revolver|cle|cles|' +
  'voiture|vehicule|moto|chien|chienne|chat|chats|animal|animaux|cheval|argent|papiers|' +
  'affaires|sac|telephone|portable|colis|courrier)';

/** Held by someone: "par un homme", "chez lui", "de force"; not a parcel held by customs. */
const HELD_BY = '(de force|contre (mon|son|sa|leur|notre) gre|prisonniere?s?|en otage|' +
  'chez (un|une|lui|elle|eux|des)|par (un|une|des|deux|trois|son|sa|mon|ma|leur) (homme|' +
  'hommes|mec|mecs|type|types|inconnu|inconnus|individu|individus|gens|ex|mari|copain|pere|' +
  'compagnon|client|patron|proxenete|braqueurs?|cambrioleurs?|voleurs?|terroristes?|' +
  'preneurs? de otages))';

export const NET_VULNERABLE: readonly NetFamily[] = [
  {
    id: 'net-child-swallowed',
    situation: 'medical',
    patterns: [
      rx('',
        `\\b${YOUNG}( ${AGE})?( [a-z0-9]+){0,2} (a |ont )?(avale|mange|bu|goute|croque|ingere|`,
        'suce|mis dans sa bouche|mache|lape)',
        `( [a-z]+){0,4} (${SUBSTANCES}|${TOXIC}|${HOUSEHOLD}|pile|piles|aimant|aimants|`,
        'champignons|baies)\\b',
      ),
      // a whole bottle, a whole box: even of syrup
      rx('',
        `\\b${YOUNG}( ${AGE})?( [a-z0-9]+){0,2} (a |ont )?(avale|mange|bu|vide)( [a-z]+){0,2} `,
        '((toute la|tout le|toutes les|tous les) (bouteille|flacon|boite|tube|plaquette|pot|',
        'cachets|comprimes|pilules)|(bouteille|flacon|boite|tube|plaquette|pot)( de [a-z]+)? ',
        '(entier|entiere))\\b',
      ),
      rx('',
        `\\b${YOUNG}( ${AGE})?( [a-z0-9]+){0,2} (a |ont )?pris( [a-z]+){0,2} (${SUBSTANCES}) `,
        '(de|du|de la|des) (sa|son|ses|ma|mon|mes|la|le|papy|papi|mamie)\\b',
      ),
    ],
    unless: rx('',
      '\\b(sans probleme|refuse|refusent|arrive pas a|du mal a|faire avaler|dose|doses|',
      'posologie|ordonnance|pharmacie|comprime effervescent|vaccin)\\b',
    ),
  },
  {
    id: 'net-child-witness',
    situation: 'child_violence',
    habitCancels: true,
    patterns: [
      // a child writes "papa il tape maman", "le copain de maman la tape"
      rx('',
        `\\b${PARENT}( il| elle)? (${BLOWS}) ${HOME_VICTIM}\\b|`,
        `\\b${PARENT}( il| elle)? (la|le|les|me|nous) (${BLOWS})\\b`,
      ),
    ],
    requires: rx('',
      '\\b(pleure|pleurent|crie|crient|hurle|hurlent|saigne|tres fort|fort|venez|aidez|aide|',
      'peur|vite|sang|tuer|tombe|tombee|par terre|couteau|arme|maintenant|en ce moment|la)\\b|',
      // a child writes it: what a child tells of home is happening to them
      '\\bje ai ([5-9]|1[0-6]) ?ans\\b',
    ),
    unless: ASKED_IF_ABUSE,
  },
  {
    id: 'net-held',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(me|la|le|nous|les|te) (retient|retiennent|sequestre|sequestrent|enferme|enferment) ',
        '(chez (lui|elle|eux)|de force|prisonniere?s?|contre (mon|son|leur|notre) gre|en otage)\\b',
      ),
      rx('',
        '\\b(me|la|le|nous|les|te) (garde|gardent|tient|tiennent) (de force|prisonniere?s?|',
        'contre (mon|son|leur|notre) gre|enfermee?s?|en otage)\\b',
      ),
      rx('',
        '\\b(empeche|empechent) (ma|mon|me|la|le|nous|les|une|un|des|sa|son)( [a-z]+)? de (sortir|',
        'partir|repartir|descendre|fuir|appeler|bouger|crier)\\b',
      ),
      rx('',
        '\\b((veut|veulent|voulait|voulaient) (pas|plus)|refuse de|refusent de) (me|la|le|nous|',
        'les) laisser (partir|sortir|repartir|rentrer|descendre)\\b',
      ),
      rx('',
        '\\b(retient|retiennent|sequestre|sequestrent|garde|gardent|tient|tiennent|enferme|',
        'enferment) (ma|mon|une|un|des|sa|son|notre|nos|mes) ',
        // what is kept at someone's home is no prisoner: "il garde un fusil chez lui"
        `(?!${KEPT_THINGS}\\b)`,
        `[a-z]+( [a-z0-9]+){0,4} ${HELD_BY}\\b|\\b(la|le|les|me|nous) (sequestre|sequestrent)\\b`,
      ),
      new RegExp('\\b(suis|est|sommes|sont) (retenu|retenue|retenus|retenues|sequestre|' +
        `sequestree|sequestres|sequestrees)( [a-z]+){0,4} ${HELD_BY}\\b`),
      /\b(me|la|le|nous) laisse(nt)? (pas|plus) (partir|sortir|repartir)\b/,
    ],
    // held through messages is harassment; "je peux envoyer que des messages" is held here
    unless: rx('',
      '(?<!(que|seulement|juste|uniquement) des )\\b(message|messages|sms)\\b|',
      '\\b(ecole|college|lycee|punie|puni|prison|garde a vue)\\b',
    ),
  },
  {
    id: 'net-exposure',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(se deshabille|se desabille|baisse son pantalon|baisse son short|montre ses parties|',
        'montre son zizi|se exhibe|exhibe son|se touche|se caresse|(homme|mec|type|individu|',
        'monsieur) (tout |completement )?nu)\\b',
      ),
    ],
    requires: rx('',
      '\\b(devant|enfants|gamins|petits|eleves|parc|ecole|square|aire de jeux|fenetre|rue|',
      'filles|nous|moi|bus|train|metro|tram|plage)\\b',
    ),
    unless: /\b(vestiaire|cabine|medecin|docteur|plage naturiste|naturiste|bebe se)\b/,
  },
];
