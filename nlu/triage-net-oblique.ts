import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Suicide said without a word of death: joining a dead brother tonight, "don't worry about
 * me afterwards, I've made my decision", an hour standing on a bridge, every box of pills
 * laid out beside a goodbye. Nothing is done yet: 3114 first. A trip to join a brother, a
 * decision about a job or a bridge as a workplace stay calm.
 */
const KIN = '(mon frere|ma soeur|ma mere|mon pere|maman|papa|mes parents|mon fils|ma fille|' +
  'mon mari|ma femme|mon copain|ma copine|mon ami|mon amie|mon pote|mon bebe|mon enfant|' +
  'mon grand pere|ma grand mere|mamie|papi|mon cheri|ma cherie|mon amour|mon jumeau|ma jumelle)';
/** Someone gone for good: "parti sans moi", "décédé", "au ciel". */
const GONE = rx('',
  '\\b(parti|partie|partis) sans moi|\\b(decede|decedee|deces|mort|morte|au ciel|la haut|',
  'au paradis|de le autre cote|nous a quittes?|enterre|enterree|tue|tuee|disparu pour toujours|',
  'ne est plus la|plus de ce monde|son absence|sa tombe|le cimetiere)\\b',
);
/** Where one really goes to join someone. */
const TRIP = rx('',
  '\\b(gare|aeroport|train|avion|vol|bus|vacances|restaurant|resto|match|soiree|fete|bar|',
  'concert|boulot|travail|chantier|appart|demenage|demenagement|a paris|a lyon|en ville|',
  'au ski|a la plage|au camping|chez (lui|elle|eux)|en voiture|billet|week end|anniversaire)\\b',
);
const JOB = rx('',
  '\\b(demission|demissionner|poste|boulot|travail|job|contrat|stage|formation|ecole|',
  'demenager|demenagement|etranger|vendre|maison|appartement|divorce|separation|banque|',
  'credit|voiture|achat|operation|chirurgie|mutation|concours|entreprise|licenciement)\\b',
);
const BRIDGE_CALM = rx('',
  '\\b(bouchon|bouchons|embouteillage|circulation|travaux|chantier|bloque|bloquee|voiture|',
  'camion|bateau|ferry|navire|peche|photo|photos|vue|coucher de soleil|promenade|balade|',
  'faire le pont|pont de mai|ascension|week end|equipage|matelot|manoeuvre|visite|touriste)\\b',
);

export const NET_OBLIQUE: readonly NetFamily[] = [
  {
    id: 'net-join-the-dead',
    situation: 'suicide',
    always: true,
    patterns: [rx('', `\\b(vais|va|veux|irai|pars|part|aller|bientot) (aller )?rejoindre `,
      `${KIN}\\b|\\bje (rejoins|rejoindrai) ${KIN}\\b`)],
    requires: GONE,
    unless: TRIP,
  },
  {
    id: 'net-decision-taken',
    situation: 'suicide',
    always: true,
    patterns: [rx('', '\\b(inquietez|inquiete|en faites|en fais|pleurez|pleure) pas pour moi ',
      '(apres|quand je serai parti|quand je serai partie|demain|quand ce sera fini)\\b')],
    requires: rx('', '\\b(pris ma decision|ma decision est prise|ce est decide|je suis decide|',
      'je suis decidee|que quelqu un (le )?sache|dire au revoir|adieu|ce est la fin|',
      'ne me cherchez pas|je vous aime)\\b'),
    unless: JOB,
  },
  {
    id: 'net-on-the-bridge',
    situation: 'suicide',
    always: true,
    patterns: [rx('', '\\b(je suis|suis|jsuis|chui|je me tiens|je reste) (assis |assise |debout )?',
      '(sur|au bord (de le|du|de)|sous) (le |un )?(pont|viaduc|parapet)\\b')],
    requires: rx('', '\\b((ca|cela) fait (une|deux|trois|\\d+|des|plusieurs) ?(heure|heures|h|',
      'minutes)|depuis (une|deux|\\d+|des) ?(heure|heures|h)|je sais (pas|plus) (pourquoi|quoi ',
      'faire|ce que je fais)|je regarde (le eau|le vide|en bas)|le eau est|rambarde|parapet|',
      'garde corps|personne (ne )?me manquera|dire au revoir|adieu)\\b'),
    unless: BRIDGE_CALM,
  },
  {
    id: 'net-pills-laid-out',
    situation: 'suicide',
    always: true,
    patterns: [rx('', '\\b(mis|pose|posees|poses|aligne|alignees|alignes|etale|etalees|sorti|',
      'sorties|prepare|preparees|prepares) (toutes|tous) (les|mes) (boites|boite|cachets|',
      'medicaments|medocs|comprimes|plaquettes|pilules)\\b')],
    requires: rx('', '\\b(au revoir|adieu|adieux|une lettre|ma lettre|un mot|en finir|',
      'pour de bon|personne (ne )?remarquera|ma decision|ce est decide|pardon)\\b'),
    unless: rx('', '\\b(pharmacie|pharmacien|rapporter|trier|tri|perimes|pilulier|semaine|',
      'infirmiere|valise|demenagement|inventaire)\\b'),
  },
];

/** Affairs put in order before going: everything tidied, a word written to each, keys left. */
const IN_ORDER = rx('',
  '\\b(je ai tout range|tout est range|mes affaires (sont )?en ordre|je ai mis de le ordre ',
  'dans mes affaires|je ai ecrit a (chacun|tout le monde|mes proches|mes enfants|ma famille)|',
  'un mot pour chacun|les cles sont (chez|a) (la voisine|le voisin|ma soeur|mon frere|',
  'la gardienne)|je ai laisse les cles|je ai donne (mon chat|mon chien|mes affaires))\\b',
);
const MOVING = rx('',
  '\\b(demenage|demenagement|demenager|vacances|voyage|location|airbnb|locataire|etat des ',
  'lieux|agence|travaux|carton|cartons|hopital demain|operation|colis|livraison|voisine ',
  'arrose|arroser|nourrir le chat)\\b',
);

export const NET_IN_ORDER: readonly NetFamily[] = [
  {
    id: 'net-affairs-in-order',
    situation: 'suicide',
    always: true,
    patterns: [IN_ORDER],
    // two signs of it, not one: "j'ai tout rangé" alone is a tidy flat
    requires: new RegExp(`(${IN_ORDER.source}).*(${IN_ORDER.source})`),
    unless: MOVING,
  },
];
