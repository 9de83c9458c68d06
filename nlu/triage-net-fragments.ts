import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for the shortest messages, typed or dictated in a hurry: a person and
 * a state without a verb ("bébé tout bleu", "mamie par terre yeux ouverts parle pas"), the
 * means of a suicide in hand or a tie around the neck, a craft adrift, a signal seen at sea.
 */

/** Who can be found in a bad state, familiar words included (see triage-spoken.ts). */
const PERSON = '(bebe|nourrisson|petit|petite|enfant|fils|fille|mamie|papi|grand mere|' +
  'grand pere|pere|mere|mari|femme|homme|mec|gars|type|dame|monsieur|vieux|vieille|pote|' +
  'ami|amie|copain|copine|frere|soeur|voisin|voisine|collegue|quelque un|il|elle|lui|papa|' +
  'maman|tonton|tata|oncle|tante|cousin|cousine|bonhomme|ado|gamin|gamine)';
const LYING = '(par terre|au sol|allonge|allongee|etendu|etendue|effondre|effondree|inerte|' +
  'affale|affalee|tombe|tombee|dans les pommes)';
const UNRESPONSIVE = rx('',
  '\\b((parle|repond|reagit|bouge|respire|ouvre) (plus|pas|presque plus)|yeux (ouverts|fermes|',
  'revulses|dans le vide|blancs)|regard vide|inconscient|inconsciente|froid|froide|',
  'tout mou|toute molle|bave|tremble|convulse|saigne|sang)\\b|',
  // on the floor for hours, or no longer answering the phone: nobody knows how they are
  '\\b(decroche|decrochent) (plus|pas)\\b|\\b(arrive|peut|peux) (pas|plus) (a )?se relever\\b|',
  '\\bdepuis (ce matin|hier|cette nuit|des heures|\\d+ ?(h|heures))\\b',
);

export const NET_FRAGMENTS: readonly NetFamily[] = [
  {
    // a whole message of urgency and nothing else: no time to say more, so it is one
    id: 'net-bare-urgency',
    situation: 'generic',
    patterns: [
      rx('', '^(c est |ce est |cest )?(tres |super )?(urgent|urgence|urgt)',
        '( vite| aidez moi| se? il (vous|te) plait)?$'),
      /^(se? il (vous|te) plait )?vite( vite)*( se? il (vous|te) plait)?$/,
    ],
  },
  {
    id: 'net-cannot-breathe',
    situation: 'medical',
    patterns: [
      rx('',
        '\\bje (peux|arrive|parviens) (plus|pas|presque plus) (a )?respirer\\b|',
        '\\bje (etouffe|suffoque)\\b',
      ),
    ],
    unless: /\b(chaleur|canicule|stress|angoisse de|ambiance|boulot|travail|pollution)\b/,
  },
  {
    id: 'net-fragment-blue',
    situation: 'medical',
    patterns: [
      rx('',
        `\\b${PERSON}( [a-z]+){0,2} (tout|toute|est|devient|devenu|devenue|vire|virent) `,
        '(bleu|bleue|bleus|bleues|violet|violette|gris|grise)\\b',
      ),
      /\b(levres|visage|levre) (toutes? )?(bleues|bleue|violettes|violette|grises)\b/,
    ],
    unless: rx('',
      '\\b(peinture|peint|maquillage|deguise|costume|maillot|tenue|pull|habille|bleus|photo|',
      'echographie|dessin|image|video|couleur|chambre)\\b',
    ),
  },
  {
    id: 'net-fragment-pale',
    situation: 'medical',
    patterns: [
      rx('', `\\b${PERSON}( [a-z]+){0,2} (tout|toute|est|devient|devenu|devenue) `,
        '(blanc|blanche|pale|livide|gris|grise)\\b'),
    ],
    requires: UNRESPONSIVE,
    unless: /\b(peinture|peint|maquillage|deguise|costume|tenue|robe|habille)\b/,
  },
  {
    id: 'net-fragment-down',
    situation: 'medical',
    patterns: [rx('', `\\b${PERSON}( [a-z0-9]+){0,4} ${LYING}\\b`)],
    requires: UNRESPONSIVE,
    unless: rx('',
      '\\b(joue|jouent|dort paisiblement|sieste|fait semblant|boude|yoga|bronze|tele|',
      'console|tapis|lit|chat|chien|chaton|chiot|lapin|oiseau|hamster|cheval|animal)\\b',
    ),
  },
  {
    // a tie around the neck is a hanging under way: the body first
    id: 'net-hanging',
    situation: 'suicide_attempt',
    patterns: [
      rx('',
        '\\b(corde|ceinture|cable|fil|drap|echarpe|laisse) autour (du|de son|de mon|de sa|de ',
        'la) cou\\b',
      ),
    ],
    unless: /\b(chien|chat|cheval|chevre|vache|animal|laisse du chien)\b/,
  },
  {
    id: 'net-adrift',
    situation: 'sea',
    patterns: [
      rx('',
        '\\b(barque|canot|pedalo|matelas gonflable|bouee|paddle|kayak|planche|zodiac|bateau|',
        'voilier|jet ski)( [a-z]+){0,2} (qui )?(derive|part a la derive|emporte|emportee|',
        'chavire|retourne|coule)\\b',
      ),
    ],
    requires: rx('',
      '\\b(enfant|enfants|personne|personnes|gens|quelque un|homme|femme|dedans|dessus|deux|',
      'trois|il|elle|ils|elles|mon|ma|mes|famille|baigneur|pecheur)\\b',
    ),
    unless: /\b(vide|sans personne|personne dedans|amarre|port|vente|assurance)\b/,
  },
  {
    // the whole box already swallowed: the body first, as for any attempt
    id: 'net-whole-box',
    situation: 'suicide_attempt',
    patterns: [
      rx('',
        '\\bje (ai|viens de) (pris|prendre|avale|avaler|bu|boire|gobe|gober) (toute la boite|',
        'toute la plaquette|tout le flacon|tous les cachets|tous mes|toutes mes|la boite ',
        'entiere|tout le tube|toute la bouteille)\\b(?! de (chocolats?|bonbons|gateaux|',
        'biscuits|chips|cereales|jus|soda|lait))',
      ),
    ],
  },
  {
    id: 'net-pills-in-hand',
    situation: 'suicide',
    patterns: [
      rx('',
        '\\bje (ai|tiens|tient|garde)( [a-z]+){0,3} (cachets|medicaments|medocs|comprimes|',
        'pilules|corde|lame|lames|rasoir|plaquette|plaquettes)( [a-z]+){0,3} (dans (la|ma|les|',
        'mes) mains?|a la main|en main|plein (la|les) mains?)\\b',
      ),
      rx('',
        '\\bje (ai|tiens|mets|met|pose) (le|un|la|une|mon|ma) (couteau|lame|rasoir|cutter|',
        'ciseaux) (sur|contre) (le|mon|les|mes|la|ma) (poignet|poignets|gorge|veines|veine)\\b',
      ),
      rx('',
        '\\b(la corde|le tabouret|le noeud) (est |sont )?(prete?|pret|attachee?|accrochee?|',
        'installee?)\\b|\\bcorde (est )?(accrochee|attachee|nouee|pendue)( [a-z]+){0,2} ',
        '(poutre|plafond|rampe|arbre|branche|escalier|crochet|lustre)\\b',
      ),
    ],
    unless: rx('',
      '\\b(posologie|combien|dose|doses|ordonnance|pharmacie|notice|prescrit|traitement|',
      'escalade|grimpe|bateau|voilier|amarre|linge|tente|hamac|balancoire|chevre|cheval)\\b',
    ),
  },
  {
    id: 'net-sea-signal',
    situation: 'sea',
    // "feu rouge" is a traffic light for the idioms, a signal on the water here
    beforeIdioms: true,
    patterns: [
      rx('',
        '\\b(fusee|fusees|feu|feux|signal|signaux|lumiere|lumieres|flash|flashs) ',
        '(rouge|rouges|de detresse|lumineux|lumineuse|orange|clignotant|clignotante|',
        'clignotants)\\b|\\b(fusee|fusees|feu|feux|lumiere|lumieres|flash) qui clignote(nt)?\\b',
      ),
      /\b(sos|mayday)\b/,
      /\b(agite|agitent|fait|font) (des signes|de grands signes|les bras|signe)\b/,
    ],
    requires: rx('',
      '\\b(en mer|au large|sur la mer|sur le eau|dans le eau|bateau|voilier|kayak|paddle|',
      'zodiac|barque|canot|horizon|large|falaise|plage|rochers|digue|jetee|lac|vagues?|vhf|',
      'canal 16)\\b',
    ),
    unless: rx('',
      '\\b(feu de artifice|feux de artifice|14 juillet|spectacle|fete|pecheurs? de nuit|phare|',
      'balise|bouee|salon nautique|vente|acheter|coucou|bonjour|salut|au revoir|contente?)\\b',
    ),
  },
];
