import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { ADULT_NIGHT_OUT } from './triage-missing-overnight';

/**
 * Safety-net family for a worrying disappearance of an adult: gone with someone she does
 * not know, and her last message frightens or her phone is now off. An adult who leaves is
 * free to; one whose last words were "il veut pas me ramener" is a search to start now (17).
 */

/** Someone close: the one who is gone. */
const CLOSE = '(copine|copain|meuf|mec|amie|ami|pote|soeur|frere|fille|fils|cousine|cousin|' +
  'femme|mari|colocataire|coloc|niece|neveu|mere|maman|pere|papa)';

/** Gone with someone: "partie avec un mec", "montée dans la voiture d'un type". */
const GONE_WITH = '\\b(partie?|montee?|sortie?|allee?|embarquee?|emmenee?|suivi|suivie|rentree?) ' +
  '(avec|dans la voiture de|chez) (un|une|des|deux|trois) (inconnu|inconnue|inconnus|mec|mecs|' +
  'type|types|gars|homme|hommes|individu|chauffeur|conducteur|personne)\\b';
/** ... whom she does not know: "qu'elle connaît pas", met online or tonight. */
const STRANGER = '\\b(connait pas|connaissait pas|connais pas|connait a peine|inconnu|inconnue|' +
  'inconnus|rencontre|rencontree|rencontres|de tinder|de snap|de insta|sur internet|' +
  'sur une appli|sur un site|en boite|en soiree|dans la rue|de la soiree|jamais vu|jamais vue)\\b';

/** A last message that frightens: "il est bizarre", "il veut pas me ramener", "viens". */
const ALARMING_WORDS = rx('',
  '\\b(bizarre|chelou|peur|flippe|flipper|veut pas me (ramener|laisser|rendre|deposer)|',
  'veut plus me (ramener|laisser)|me laisse pas (partir|sortir|descendre)|',
  'sais pas ou (je suis|il me emmene|on va)|il me emmene|ferme les portes|verrouille|',
  'viens me chercher|venez me chercher|aide moi|aidez moi|au secours|sos|help|',
  'roule vite|pas le bon chemin|pas la bonne route|prend une autre route|appelle la police)\\b',
);

/** Out of reach now: the phone off, straight to voicemail, the location gone. */
const UNREACHABLE = rx('',
  '\\b((tel|telephone|portable|phone|cell) (est |a ete )?(eteint|coupe|off|hors ligne|',
  'injoignable)|(tombe|tombe direct|direct) sur (la |sa )?messagerie|(repond|reponds) plus|',
  'plus de nouvelles|localisation (coupee|desactivee|a disparu)|',
  '(messages?|sms|snap) (ne )?(passent|passe) plus|plus de reseau|injoignable|',
  'ne repond plus)\\b',
);

export const NET_GONE: readonly NetFamily[] = [
  {
    id: 'net-gone-with-stranger',
    situation: 'missing_person',
    patterns: [
      new RegExp(`^(?=.*${STRANGER}).*\\b${CLOSE}\\b( [a-z0-9]+){0,6} ${GONE_WITH}`),
    ],
    requires: new RegExp(`${ALARMING_WORDS.source}|${UNREACHABLE.source}`),
    // she moved in with him weeks ago and no longer writes: the missing-person FAQ
    unless: rx('',
      '\\b(depuis (des|plusieurs|deux|trois|quelques|\\d+) (semaines|mois|ans)|',
      'vivre avec|emmenage|emmenager|se installer|installee|en couple|mariee|fiancee|',
      'en vacances|est ce que|est ce legal|a le droit|majeure? et|elle est majeure|',
      'porter plainte|main courante|jaloux|jalouse|me trompe|me a quitte|largue|larguee)\\b',
    ),
  },
  {
    // "mon fils de 17 ans a fugué cette nuit il répond plus": a minor gone since tonight,
    // out of reach: a search to start now (17), not a body that no longer answers (15)
    id: 'net-runaway-now',
    situation: 'missing_person',
    patterns: [
      rx('',
        '^(?=.*\\b(cette nuit|ce matin|ce soir|depuis hier|hier soir|depuis ce matin|',
        'depuis cette nuit|depuis \\d+ ?h|depuis (deux|trois|quatre|cinq|six) heures)\\b)',
        '.*\\b(fils|fille|gamin|gamine|ado|ados|adolescent|adolescente|petit|petite|frere|',
        'soeur|enfant|neveu|niece)\\b.*\\b(a fugue|a fait une fugue|est parti|est partie|',
        'a disparu|disparu|disparue|pas rentre|pas rentree|pas revenu|pas revenue)\\b',
      ),
    ],
    requires: UNREACHABLE,
    // a brother, a partner or a flatmate out one night, nothing worrying told: the FAQ (t102)
    unless: ADULT_NIGHT_OUT,
  },
];
