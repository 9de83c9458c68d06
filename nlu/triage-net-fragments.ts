import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for the shortest messages, typed or dictated in a hurry: a person and
 * a state without a verb ("bébé tout bleu", "mamie par terre yeux ouverts parle pas"), a
 * sound that gives the scene ("ça tape chez les voisins elle hurle", "j'entends marcher au
 * grenier et je vis seule"), a threat reported while its author is there, a citizen writing
 * in secret, the means of a suicide in hand, a distress signal seen at sea.
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
  'tout mou|toute molle|bave|tremble|convulse|saigne|sang)\\b',
);
/** A voice raised in distress: what makes a noise next door a scene, not a nuisance. */
const DISTRESS = rx('',
  '\\b(hurle|hurlent|crie|crient|pleure|pleurent|supplie|secours|a le aide|aidez|sang|',
  'appelle a le aide|gemit|gemissements|hurlements|cris)\\b',
);
/** A citizen who writes because speaking would give them away. */
const SECRETLY = rx('',
  '\\b((je )?ecris (doucement|en cachette|discretement|en silence|sans bruit|sous la couette)|',
  '(sms|messages?|ecrit) (seulement|uniquement)|que par (sms|ecrit|message)|',
  '(peux|peut) (pas|plus) (parler|appeler|telephoner|faire de bruit)|chuchote|je me cache|',
  'sans faire de bruit|il (ne )?doit pas (me )?(entendre|voir))\\b',
);
/** Someone there, or what they said they would do. */
const SOMEONE_THERE = rx('',
  '\\b((il|elle|ils|quelque un|on) (me )?(surveille|surveillent|dort|dorment|cherche|',
  'cherchent|fouille|fouillent|rode|rodent|attend|attendent|ecoute|entend|regarde)|',
  '(il|elle|ils) (est|sont) (la|a cote|derriere|devant|dans|en bas|en haut)|',
  'me tuer|me tuerait|menace|aidez|aide moi|au secours|venez)\\b',
);

/** A minor gone with a stranger: "ma fille de 15 ans est montée dans une voiture avec un
 * inconnu". */
const MINOR = '(fille|fils|enfant|petit|petite|gamin|gamine|soeur|frere|niece|neveu|ado)' +
  '( de (1[0-7]|[1-9]) ans)?';

export const NET_FRAGMENTS: readonly NetFamily[] = [
  {
    id: 'net-minor-taken',
    situation: 'missing_child',
    patterns: [
      rx('',
        `\\b${MINOR}( [a-z]+){0,3} (monte|montee|montes|partie?|embarquee?|emmenee?|`,
        'suivi|suivie|entraine|entrainee|tiree?|pousse|poussee) (dans|avec) (une|la|un|le|des|',
        'deux) (voiture|camionnette|fourgon|fourgonnette|van|camion|inconnu|inconnus|homme|',
        'hommes|mec|mecs|type|types|adulte|individu|voiture inconnue)\\b',
      ),
    ],
    requires: rx('',
      '\\b(inconnu|inconnus|inconnue|repond (plus|pas)|camionnette|de force|force|',
      'plaque|demarre|demarree|vitres teintees|sais pas qui)\\b',
    ),
    unless: rx('',
      '\\b(son pere|sa mere|son papa|sa maman|copine|copain|amie|ami|nounou|car scolaire|',
      'bus scolaire|taxi|covoiturage|grand pere|grand mere|oncle|tante|moniteur)\\b',
    ),
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
    unless: /\b(peinture|peint|maquillage|deguise|costume|maillot|tenue|pull|habille|bleus)\b/,
  },
  {
    id: 'net-fragment-down',
    situation: 'medical',
    patterns: [rx('', `\\b${PERSON}( [a-z]+){0,3} ${LYING}\\b`)],
    requires: UNRESPONSIVE,
    unless: rx('',
      '\\b(joue|jouent|dort paisiblement|sieste|fait semblant|boude|yoga|bronze|tele|',
      'console|tapis|lit)\\b',
    ),
  },
  {
    id: 'net-noise-beating',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      /\b(ca|on) (tape|cogne|frappe|se bat|se tape|castagne|bastonne|se cogne)\b/,
      /\b(bruits? de coups|coups sourds|on entend des coups|j entends des coups)\b/,
    ],
    requires: DISTRESS,
    unless: /\b(marteau|perceuse|travaux|bricole|bricolage|musique|basse|basses|soleil)\b/,
  },
  {
    id: 'net-heard-inside',
    situation: 'intrusion',
    patterns: [
      rx('',
        '\\bje (entends|entend) (marcher|des pas|quelque un|des voix|parler|fouiller|forcer|',
        'casser|ouvrir|bouger|quelque chose bouger|chuchoter|la porte|une porte|une fenetre)',
      ),
    ],
    requires: rx('',
      '\\b(seule?|grenier|cave|garage|en bas|rez de chaussee|salon|cuisine|dans la maison|',
      'chez moi|etage|couloir|cellier|veranda|personne a part moi|absent|absente|en voyage)\\b',
    ),
    unless: rx('',
      '\\b(voisin|voisins|voisine|dessus|dessous|chat|chats|chien|souris|rat|rats|loir|loirs|',
      'fouine|mulot|tous les|chaque|mari|femme|enfants|fils|fille|colocataire|coloc)\\b',
    ),
  },
  {
    id: 'net-reported-threat',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(dit|jure|promis|crie|hurle|repete)( a moi)? (que )?(il|elle|ils) (me|nous|la|le|les) ',
        '(tuerait|tuera|tueraient|tueront|buterait|butera|egorgerait|egorgera|',
        'cramerait|cramera)\\b',
      ),
    ],
    unless: /\b(rire|blague|blaguait|plaisantait|jeu|film|serie|livre)\b/,
  },
  {
    id: 'net-writing-secretly',
    situation: 'hiding',
    patterns: [SECRETLY],
    requires: SOMEONE_THERE,
  },
  {
    id: 'net-pills-in-hand',
    situation: 'suicide',
    patterns: [
      rx('',
        '\\bje (ai|tiens|tient|garde) (les|des|mes|la|une|toute la|toutes les|la boite de|',
        'ma boite de) (cachets|medicaments|medocs|comprimes|pilules|corde|lame|lames|',
        'boite de cachets|plaquette|plaquettes) (dans|a) (la|ma|les|mes) mains?\\b',
      ),
      rx('',
        '\\b(la corde|le tabouret|le noeud) (est |sont )?(prete?|pret|attachee?|accrochee?|',
        'installee?)\\b',
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
    patterns: [
      rx('',
        '\\b(fusee|fusees|feu|feux|signal|signaux|lumiere|lumieres|flash|flashs) ',
        '(rouge|rouges|de detresse|lumineux|lumineuse|orange|clignotant|clignotante|',
        'clignotants)\\b',
      ),
      /\b(sos|mayday)\b/,
      /\b(agite|agitent|fait|font) (des signes|de grands signes|les bras|signe)\b/,
    ],
    requires: rx('',
      '\\b(en mer|au large|sur la mer|sur le eau|dans le eau|bateau|voilier|kayak|paddle|',
      'zodiac|barque|canot|horizon|large|falaise|plage|rochers|digue|jetee|lac|vagues?)\\b',
    ),
    unless: /\b(feu de artifice|feux de artifice|14 juillet|spectacle|fete|pecheurs? de nuit)\b/,
  },
];
