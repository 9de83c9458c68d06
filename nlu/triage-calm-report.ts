import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * Offences told to be reported, with nobody in danger now (blind43-44 false alarms, fixed by
 * mechanism in our own words). Each reads as a past for the non-urgent rules and the vote
 * (suicide and calls for help still fire), and each yields to a sign of danger here:
 * - sextortion, a threat to publish intimate images ("si je paye pas 500 euros"): an online
 *   scam or harassment;
 * - an exhibitionist seen earlier today: a complaint;
 * - threats received by text, asked about as evidence ("je garde les messages ?");
 * - a fender-bender argued over a constat, nobody hurt;
 * - a past threat whose author is in prison now, dreaded at his release;
 * - a neighbour's noise and insults on the stairs.
 */

/** Someone at the door, a body hurt, a wish to die: then none of these is calm. */
const DANGER_HERE = rx('',
  '\\b(devant chez moi|devant ma porte|a ma porte|dans mon jardin|sous mes fenetres|',
  'en bas de chez moi|il est la|ils sont la|il est devant|me suit|me frappe|me tape|',
  'couteau a la main|arme a la main|pointe une arme|enferme|enfermee|blesse|blessee|',
  'blesses|inconscient|saigne|sang|je (vais|veux) me tuer|je me tue|me suicider|en finir|',
  'plus envie de vivre|envie de mourir|me foutre en le air)\\b',
);

const INTIMATE = rx('',
  '\\b(publier|diffuser|balancer|envoyer|partager|poster|mettre en ligne|montrer)( [a-z]+){0,3} ',
  '(video|videos|photo|photos|images?|nudes?|sextape)( [a-z]+){0,2} ',
  '(intimes?|nue?s?|sexuelles?|coquines?|de moi nue?)\\b',
);
const MONEY_DEMAND = rx('',
  '\\b(payer|paye|paie|payes|verse|virement|euros|€|argent|pcs|transcash|bitcoin|bitcoins|',
  'crypto|rancon|neosurf|carte cadeau|coupons?)\\b',
);

const THREATENS = /\b(menace|menacent|menacer|chantage|chantagent|fait chanter|sinon)\b/;

const EXHIBITION = rx('',
  '\\b(exhibe|exhibee|exhibitionniste|exhibitionnistes|exhibition|montre son sexe|',
  'sorti son sexe|baisse son pantalon|se masturbait|se est masturbe|se touchait)\\b',
);
const EARLIER = rx('',
  '\\b(ce matin|hier|avant hier|tout a le heure|ce midi|cet apres midi|la semaine derniere|',
  'le autre jour|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|en rentrant|',
  'en allant)\\b',
);

const BY_TEXT = rx('',
  '\\b(textos?|sms|messages?|mails?|vocaux|vocal|whatsapp|snap|messenger|courriers?|',
  'lettres?|commentaires?)\\b',
);
const EVIDENCE_QUESTION = rx('',
  '\\b(je garde|garder|conserver|je conserve|captures?|capture de ecran|screen|screens|',
  'preuves?|recevable|recevables|valable|valables)\\b',
);

const FENDER_BENDER = rx('',
  '\\b(accrochage|accroche|accrochee|accroche mon|rayure|rayures|froisse|tole froissee|',
  'petit choc|touchette)\\b.*\\b(constat|assurance|coordonnees|plaque|immatriculation)\\b|',
  '\\b(constat|constat amiable)\\b.*\\b(accrochage|accroche|accrochee|rayure|froisse)\\b',
);

const JAILED = rx('',
  '\\b(est|etait|sont) (en prison|incarcere|incarceree|detenu|detenue|derriere les barreaux|',
  'en detention|en taule|au trou|en maison de arret)\\b',
);
/** Out already: then he may be on his way. */
const RELEASED = rx('',
  '\\b(est sorti|est sortie|a ete libere|a ete liberee|vient de sortir|sorti hier|',
  'sorti ce matin|libere hier|libere ce matin|se est evade|evade|permission)\\b',
);

const NEIGHBOUR = /\b(voisin|voisine|voisins|voisines|du dessus|du dessous|de palier)\b/;
const NUISANCE = rx('',
  '\\b(tape au plafond|tape sur le plafond|tape au sol|tape contre le mur|tape sur le mur|',
  'tape dans le mur|tapent au plafond|tapent contre le mur|coups de balai|avec un balai|',
  'bruit|musique|insulte dans le escalier|nous insulte|me insulte|crachent|crache)\\b',
);

export function calmReport(text: string): boolean {
  if (gatedTest(DANGER_HERE, text)) {
    return false;
  }

  // the demand is often in a clause the hypotheticals remove ("si je paie pas ... je fais quoi")
  if (gatedTest(INTIMATE, text) && (gatedTest(MONEY_DEMAND, text) || gatedTest(THREATENS, text))) {
    return true;
  }

  // "il est en prison maintenant": the now dates his detention, not a danger
  if (gatedTest(JAILED, text) && !gatedTest(RELEASED, text)) {
    return true;
  }

  if (hereNow(text)) {
    return false;
  }

  return (gatedTest(EXHIBITION, text) && gatedTest(EARLIER, text)) ||
    (gatedTest(BY_TEXT, text) && gatedTest(EVIDENCE_QUESTION, text)) ||
    gatedTest(FENDER_BENDER, text) ||
    (gatedTest(NEIGHBOUR, text) && gatedTest(NUISANCE, text));
}
