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
  '\\b(hurle|hurlent|crie|crient|pleure|pleurent|supplie|secours|a le aide|aidez|sang|saigne|',
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
  '(quelque un|un homme|des hommes) (est|sont) (la|dans|en bas|en haut)|',
  'me tuer|me tuerait|menace|aidez|aide moi|au secours|venez)\\b',
);

/** A minor gone with a stranger: "ma fille de 15 ans est montée dans une voiture avec un
 * inconnu". */
const MINOR_WORD = '(fille|fils|enfant|enfants|petit|petite|gamin|gamine|gamins|soeur|frere|' +
  'niece|neveu|ado|ados)';
const MINOR = `${MINOR_WORD}( de (1[0-7]|[1-9]) ans)?`;

export const NET_FRAGMENTS: readonly NetFamily[] = [
  {
    // "ça recommence il tape maman", "il recommence, il casse tout"
    id: 'net-again',
    situation: 'violence',
    habitCancels: true,
    patterns: [/\b(il|elle|ils|ca|on) (recommence|recommencent|remet ca|remettent ca)\b/],
    requires: rx('',
      '\\b(tape|frappe|cogne|bat|tabasse|etrangle|menace|couteau|casse tout|coups|pleure|',
      'hurle|saigne|sang|au secours|aidez|venez|vite)\\b',
    ),
  },
  {
    // slang for a stabbing: "mon frangin s'est fait planter devant le kebab"; the wound
    // first, as for "poignardé" with the attacker gone
    id: 'net-stabbed-slang',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(se est fait|se sont fait|me suis fait|vient de se faire|viennent de se faire) ',
        '(planter|suriner|schlasser|poignarder|trouer|saigner)\\b|\\b(il|ils|on) (le|la|me|les|',
        'te) (a|ont|vient de|viennent de) (plante|surine|schlasse|troue)\\b',
      ),
    ],
    unless: /\b(arbre|arbres|fleurs|tomates|jardin|potager|ordinateur|ordi|bug|appli|site)\b/,
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
    id: 'net-minor-taken',
    situation: 'missing_child',
    patterns: [
      rx('',
        `\\b${MINOR}( [a-z]+){0,3} (monte|montee|montes|partie?|embarquee?|emmenee?|`,
        'suivi|suivie|entraine|entrainee|tiree?|pousse|poussee|est|sont) (dans|avec|par) (une|',
        'la|un|le|des|deux|sa|son|leur) (voiture|camionnette|fourgon|fourgonnette|van|camion|',
        'inconnu|inconnus|homme|hommes|mec|mecs|type|types|adulte|individu)\\b',
      ),
      rx('',
        '\\b(pousse|poussent|tire|tirent|embarque|embarquent|fait monter|font monter|force|',
        'forcent|emmene|emmenent|enleve|enlevent) (un|une|des|ma|mon|la|le|les|notre) ',
        `${MINOR_WORD}( [a-z0-9]+){0,3} dans (sa|son|une|la|un|leur) (voiture|camionnette|`,
        'fourgon|van|camion)\\b',
      ),
    ],
    requires: rx('',
      '\\b(inconnu|inconnus|inconnue|repond (plus|pas)|camionnette|de force|force|',
      'plaque|demarre|demarree|vitres teintees|sais pas qui|connait pas|connais pas|',
      'un homme|des hommes|un mec|des mecs|un type|des types|un adulte|un individu)\\b',
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
    unless: rx('',
      '\\b(peinture|peint|maquillage|deguise|costume|maillot|tenue|pull|habille|bleus|photo|',
      'echographie|dessin|image|video)\\b',
    ),
  },
  {
    id: 'net-fragment-down',
    situation: 'medical',
    patterns: [rx('', `\\b${PERSON}( [a-z]+){0,3} ${LYING}\\b`)],
    requires: UNRESPONSIVE,
    unless: rx('',
      '\\b(joue|jouent|dort paisiblement|sieste|fait semblant|boude|yoga|bronze|tele|',
      'console|tapis|lit|chat|chien|chaton|chiot|lapin|oiseau|hamster|cheval|animal)\\b',
    ),
  },
  {
    id: 'net-noise-beating',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      /\b(ca|on) (tape|cogne|frappe|se bat|se tape|castagne|bastonne|se cogne)\b/,
      /\b(bruits? de coups|coups sourds|(on|je) (entend|entends) des coups)\b/,
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
      'fouine|mulot|tous les|chaque|ce est (mon|ma|mes|le|la|les)|surement|sans doute|',
      'probablement|colocataire|coloc)\\b',
    ),
  },
  {
    id: 'net-reported-threat',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(dit|jure|promis|crie|hurle|repete|ecrit|menace|gueule|previent)( a moi)? (que )?',
        '(il|elle|ils) ((me|nous|la|le|les|te|vous)( tous)?|tous nous|nous tous) ',
        '(tuerait|tuera|tueraient|tueront|buterait|butera|egorgerait|egorgera|creverait|',
        'crevera|cramerait|cramera|planterait|plantera)\\b',
      ),
      rx('',
        '\\b(dit|jure|crie|hurle|repete|gueule)( a moi)? (que )?(il|elle|ils) (va|vont) ',
        '((me|nous|la|le|les|te|vous)( tous)?|tous nous|nous tous) (tuer|buter|egorger|',
        'crever|planter)\\b',
      ),
    ],
    unless: rx('',
      '\\b(rire|blague|blaguait|plaisantait|jeu|film|serie|livre|mdr|lol|ptdr|rigolant|',
      'rigole|bac|bulletin|notes)\\b',
    ),
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
        '\\bje (ai|tiens|tient|garde)( [a-z]+){0,3} (cachets|medicaments|medocs|comprimes|',
        'pilules|corde|lame|lames|rasoir|plaquette|plaquettes)( [a-z]+){0,3} (dans (la|ma|les|',
        'mes) mains?|a la main|en main|plein (la|les) mains?)\\b',
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
      'balise|bouee|salon nautique|vente|acheter)\\b',
    ),
  },
];
