import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for what a hurried or hidden citizen reports hearing or living: blows
 * with a cry next door ("ça tape chez les voisins elle hurle"), steps inside a home where
 * they are alone, a hand on the neck, a threat to kill repeated, someone writing in secret,
 * a minor gone with a stranger, an aggressor starting again, a stabbing in slang.
 */

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

export const NET_SOUNDS: readonly NetFamily[] = [
  {
    // "ça recommence il tape maman", "il recommence, il casse tout"
    id: 'net-again',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      /\b(il|elle|ils|ca|on) (recommence|recommencent|remet ca|remettent ca)\b/,
      /\b(il|elle|ils) (revient|reviennent|est revenu|est revenue|sont revenus|est de retour)\b/,
    ],
    requires: rx('',
      '\\b(tape|frappe|cogne|bat|tabasse|etrangle|menace|couteau|casse tout|coups|pleure|',
      'hurle|saigne|sang|au secours|aidez|venez|vite|force|defonce)\\b',
    ),
    unless: /\b(pluie|pleuvoir|grele|orage|vent|demarchage|demarchages|telephone|pub)\b/,
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
    // "il me serre le cou", "ses mains autour de mon cou"
    id: 'net-neck',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(serre|serrent|tient|tiennent|attrape|attrapent|empoigne|agrippe|prend|pris) ',
        '(le|mon|ma|la|son|sa|par le|par la) (cou|gorge)\\b|\\b(main|mains|bras|doigts) ',
        'autour (de|du) ((mon|ma|son|sa|le|la) )?(cou|gorge)\\b',
      ),
    ],
    unless: /\b(ca me prend|odeur|fumee|mal a la gorge|angine|echarpe|collier|bisou|calin)\b/,
  },
  {
    id: 'net-heard-inside',
    situation: 'intrusion',
    patterns: [
      rx('',
        '\\bje (entends|entend) (marcher|des pas|quelque un|des voix|parler|fouiller|forcer|',
        'casser|ouvrir|bouger|quelque chose bouger|chuchoter|la porte|une porte|une fenetre)',
      ),
      rx('',
        '\\b(bruit|bruits) de (vitre|verre|fenetre|porte|baie vitree) (cassee?|brisee?|forcee?|',
        'qui casse|qui se brise)\\b|\\b(bruit|bruits) de (verre|vitre|vitres) (en bas|a le etage|',
        'dans la maison)\\b|\\b(vitre|fenetre|baie vitree) (cassee|brisee|qui casse) ',
        '(en bas|chez moi|a le etage)\\b',
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
];
