import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { SUBSTANCES, TOXIC } from './triage-net-rescue';

/**
 * Safety-net families for those who cannot protect themselves: a child or a confused elder
 * gone just now, a toddler who swallowed something, a child telling what happens at home,
 * someone held against their will, a man exposing himself to children.
 */

/** "de 6 ans", "de 6ans", "de 18 mois": the typed age often loses its space. */
const AGE = '(de )?(\\d{1,2} ?(ans|an|mois)|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)' +
  '( ans| an| mois)?';
/** Child words, but "ma petite cuillère" is no child: "petit(e)" only before a verb. */
const YOUNG = '(enfant|enfants|bebe|bebes|gamin|gamine|gamins|gosse|gosses|fils|fille|mome|' +
  'bambin|bambine|nourrisson|neveu|niece|petit garcon|petite fille|petit frere|petite soeur|' +
  '(mon|ma|notre|le|la) (petit|petite)(?= (de \\d|a|est|se|ne|qui|il|elle)\\b))';
/** Gone for a child: not "parti" nor "fugué" (the teenager's runaway is the FAQ). */
const CHILD_GONE = 'a disparu|a disparue|disparu|disparue|introuvable|est perdu|est perdue|' +
  'se est perdu|se est perdue|se est echappe|se est echappee|volatilise|volatilisee|' +
  'envole|envolee|reste introuvable';
const GONE = `${CHILD_GONE}|est parti|est partie|est sorti|est sortie|se est enfui|` +
  'se est enfuie|pas rentre|pas rentree|plus rentre|plus rentree|partie de|parti de|' +
  'sortie de|sorti de|en train de errer|erre dans|errait';

/** Just now or in a place where a child gets lost: not the runaway of last month. */
const JUST_NOW = rx('',
  '\\b(depuis (\\d+|une|deux|trois|dix|vingt|trente|quelques|une demi) ?(min|mn|minutes?|h|',
  'heures?|demi heure)|depuis (ce matin|ce soir|cette nuit|midi|tout a le heure|le gouter)|',
  'il y a (\\d+|une|deux|dix|vingt|quelques) ?(min|mn|minutes?|heures?)|tout a le heure|',
  'ce matin|ce soir|cette nuit|maintenant|en ce moment|la nuit|il fait nuit|',
  'supermarche|magasin|centre commercial|galerie|parc|plage|foule|fete|foire|marche|gare|',
  'sortie de le ecole|piscine|manege|camping|festival|aeroport|metro|fete foraine|',
  'on le trouve|on la trouve|on le cherche|on la cherche|je le cherche|je la cherche|partout|',
  'en pyjama|chemise de nuit|pieds nus|en chaussons|sans manteau|il fait froid|dehors)\\b',
);

/** Dementia, great age, a disability: a walk at night can kill. */
const VULNERABLE = rx('',
  '\\b(alzheimer|demence|dement|demente|desoriente|desorientee|senile|confus|confuse|',
  'autiste|autisme|handicape mental|handicapee mentale|trisomique|amnesique|agee de [7-9]\\d|',
  'age de [7-9]\\d|[7-9]\\d ans|personne agee|tres agee|tres age|maladie de alzheimer|',
  'troubles de la memoire|perd la tete|perd la memoire)\\b',
);

const PARENT = '(papa|mon pere|mon beau pere|mon daron|mon parrain|tonton|mon oncle|le ' +
  'copain de maman|le copain de ma mere|le mari de maman|maman|ma mere|ma belle mere)';
const HOME_VICTIM = '(maman|ma mere|mon pere|papa|ma soeur|mon frere|ma petite soeur|' +
  'mon petit frere|moi|nous|ma daronne|mon daron|le bebe|mon bebe)';

export const NET_VULNERABLE: readonly NetFamily[] = [
  {
    id: 'net-child-gone',
    situation: 'missing_child',
    habitCancels: true,
    patterns: [
      new RegExp(`\\b${YOUNG}( ${AGE})?( [a-z0-9]+){0,2} (${CHILD_GONE})\\b`),
      new RegExp(`\\b(trouve|retrouve|vois) (plus|pas|nulle part) (mon|ma|notre|le|la) ${YOUNG}`),
      new RegExp(`^(?=.*\\b${YOUNG}).*\\b(on|je|nous) (le|la|les) (trouve|retrouve|vois|voit) ` +
        '(plus|pas|nulle part)\\b'),
    ],
    requires: JUST_NOW,
    unless: rx('',
      '\\b(photo|photos|snap|snapchat|insta|instagram|reseaux|facebook|doudou|tetine|jouet|',
      'chaussure|velo|trottinette|cartable|telephone|portable|manteau|ecran|radar|',
      'de la circulation|demande|demandes|conseils|que faire si|notes|classement)\\b',
    ),
  },
  {
    id: 'net-vulnerable-gone',
    situation: 'missing_person',
    habitCancels: true,
    patterns: [new RegExp(`^(?=.*${VULNERABLE.source}).*\\b(${GONE})\\b`)],
    requires: JUST_NOW,
    unless: /\b(partie de cartes|partie de jeu|ehpad|demande|demandes|tutelle|curatelle)\b/,
  },
  {
    id: 'net-child-swallowed',
    situation: 'medical',
    patterns: [
      rx('',
        `\\b${YOUNG}( ${AGE})?( [a-z0-9]+){0,2} (a |ont )?(avale|mange|bu|goute|croque|ingere|`,
        'suce|mis dans sa bouche|mache|lape)',
        `( [a-z]+){0,3} (${SUBSTANCES}|${TOXIC}|pile|piles|aimant|aimants|champignons|baies)\\b`,
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
      rx('',
        `\\b${PARENT} (tape|frappe|bat|cogne|etrangle|tabasse|fait mal a|crie sur|secoue|`,
        `pousse|jette|menace) ${HOME_VICTIM}\\b`,
      ),
    ],
    requires: rx('',
      '\\b(pleure|pleurent|crie|crient|hurle|hurlent|saigne|tres fort|fort|venez|aidez|aide|',
      'peur|vite|sang|tuer|tombe|tombee|par terre|couteau|arme|maintenant|en ce moment|la)\\b',
    ),
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
        '\\b(veut|veulent|voulait|voulaient) (pas|plus) (me|la|le|nous|les) laisser (partir|',
        'sortir|repartir|rentrer)\\b',
      ),
      /\b(me|la|le|nous) laisse(nt)? (pas|plus) (partir|sortir|repartir)\b/,
    ],
    unless: /\b(message|messages|sms|ecole|college|lycee|punie|puni|prison|garde a vue)\b/,
  },
  {
    id: 'net-exposure',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(se deshabille|se desabille|baisse son pantalon|baisse son short|montre ses parties|',
        'montre son zizi|se exhibe|exhibe son|se touche|se caresse)\\b',
      ),
    ],
    requires: rx('',
      '\\b(devant|enfants|gamins|petits|eleves|parc|ecole|square|aire de jeux|fenetre|rue|',
      'filles|nous|moi|bus|train|metro|tram|plage)\\b',
    ),
    unless: /\b(vestiaire|cabine|medecin|docteur|plage naturiste|naturiste|bebe se)\b/,
  },
];
