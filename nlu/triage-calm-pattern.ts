import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';
import { asksWhoReads } from './triage-calm-who';
import { marksSeenAgain } from './triage-calm-marks';
import { protectionAsked } from './triage-calm-protection';
import { dogIncidentOver } from './triage-calm-dog';
import { abuseToldSecondHand } from './triage-calm-relayed-abuse';
import { writesWithPhoneTaken } from './triage-net-phone-taken';

/**
 * Messages that name a danger word without a danger now (blind28-31 false alarms), each a
 * mechanism that yields to a sign of here and now (a presence, blood, "en ce moment"):
 * - coercive control or pushing told as a pattern with a doubt ("il me prend mon salaire,
 *   il me laisse pas sortir", "ça fait 3 semaines", "je sais pas si c'est grave"): the FAQ;
 * - a child's habitual punishment or neglect ("l'enferme dans la cave quand il fait une
 *   bêtise", "souvent enfermés dans la voiture pendant que les parents sont au PMU");
 * - a theft or a hit found after the fact ("l'antivol est coupé", "s'est barré");
 * - papers lost with a plea ("perdu mon passeport, vol demain, aidez-moi svp");
 * - questions: "si un jour je vois...", the pound ("fourrière"), marks on letterboxes.
 */
const CONTROL = rx('',
  '\\b((me|m) (prend|prends|pique|confisque|garde|vole) (mon|ma|mes) (telephone|portable|',
  'salaire|paie|paye|argent|pension|retraite|carte bleue|cb|carte bancaire|papiers|cles)|',
  '(me|m) (laisse|laissent) (pas|plus|jamais) (sortir|voir|parler|travailler)|',
  '(me|m) (interdit|empeche) de (sortir|voir|parler|travailler|appeler)|',
  'controle (mon|ma|mes) (telephone|portable|argent|comptes|sorties|messages)|',
  '(me|m) (pousse|bouscule|crie dessus|rabaisse|humilie|insulte)|(me|m) suit (en voiture|',
  'a pied|partout|quand)|jalou(x|se) (maladif|maladive))\\b',
);
const PATTERN = rx('',
  '\\b(ca fait (\\d+|deux|trois|quatre|plusieurs|des) (jours|semaines|mois|ans)|depuis ',
  '(\\d+|deux|trois|quatre|plusieurs|des) (jours|semaines|mois|ans)|quand je (sors|rentre|',
  'pars)|a chaque fois|tout le temps|souvent|tous les (jours|soirs)|je sais pas (si|quoi|',
  'comment)|je ne sais pas (si|quoi|comment)|jsp si|est ce (normal|grave)|ce est grave|',
  'ce grave|c grave|que faire|quoi faire|(je ai|jai) peur de (lui|elle|eux)|je etouffe|',
  'on fait comment|comment faire|des conseils)\\b',
);
/** Blows or a weapon named without a negation: the rules then decide. */
const HARM = rx('',
  '\\b(couteau|arme|pistolet|fusil|sang|saigne|etrangle|etrangler|menace de (me )?tuer|',
  'tabasse|frappe(?! pas)|frappee|cogne(?! pas)|gifle|coups|enferme|enfermee)\\b',
);

function controlTold(text: string): boolean {
  return gatedTest(CONTROL, text) && gatedTest(PATTERN, text) && !gatedTest(HARM, text) &&
    !writesWithPhoneTaken(text);
}

const LOCKED = /\b(enferme|enferment|enfermes|enfermee|enfermees)\b/;
const AS_HABIT = rx('',
  '\\b(quand (il|elle|ils|elles) (fait|font) (une|des) (betise|betises|connerie|conneries)|',
  'pour (le|la|les) punir|en punition|comme punition|souvent|tout le temps|chaque fois|',
  'a chaque fois|regulierement|tous les (jours|soirs|week ends)|pendant que (les|ses|leurs) ',
  'parents (sont|vont|jouent|boivent))\\b',
);
const CHILD_NOW = /\b(chaleur|chaud|soleil|pleure|pleurent|hurle|hurlent|respire|malaise)\b/;

function childHabitTold(text: string): boolean {
  return gatedTest(LOCKED, text) && gatedTest(AS_HABIT, text) && !gatedTest(CHILD_NOW, text);
}

const AFTER_THE_FACT = rx('',
  '\\b((on )?(me|m) a (vole|voler|pique)|(a ete|ont ete|est) (vole|volee|voles|volees)|',
  '(chaine|cadenas) (est )?(coupee|coupe|sciee|casse|cassee)|',
  '(ont|a) (vole|voler|pique) (mon|ma|mes)|antivol ',
  '(est )?(coupe|casse|scie|force)|(se est|se sont) (barre|barres|tire|tires|enfui|enfuis',
  ')|a pris la fuite|ont pris la fuite|sans (se arreter|sarreter|laisser de mot))\\b',
);
const THING = rx('',
  '\\b(moto|scooter|velo|voiture|retro|retroviseur|portiere|pare choc|aile|plaque|',
  'trottinette|antivol|sac|portefeuille|telephone|portable)\\b',
);
const HURT = rx('',
  '\\b(blesse|blessee|blesses|sang|saigne|mal (a|au|aux)|douleur|inconscient|inconsciente|',
  'renverse|renversee|percute|percutee|a terre|au sol|coince|coincee|pieton|pietonne)\\b',
);
/** A car stolen with a child inside is a child gone, not a theft. */
const SOMEONE_INSIDE = /\b(dedans|a le interieur|a l arriere|sur le siege)\b/;

function foundAfterTheFact(text: string): boolean {
  return gatedTest(AFTER_THE_FACT, text) && gatedTest(THING, text) && !gatedTest(HURT, text) &&
    !gatedTest(SOMEONE_INSIDE, text);
}

const PAPERS = rx('',
  '\\b(perdu|egare|egaree|oublie|vole|plus) (mon|ma|mes|son|sa|le|la|les)? ?(passeport|',
  'passeports|carte de identite|cni|papiers|carte grise|permis|titre de sejour|visa|billet|',
  'carte vitale|carte bancaire)\\b|',
  // named before their loss: "passeport perdu et je pars dans 10 jours"
  '\\b(passeport|passeports|carte de identite|cni|papiers|carte grise|permis|titre de sejour|',
  'carte vitale|carte bancaire) (perdu|perdue|perdus|egare|egaree|vole|volee|voles|introuvable)\\b',
);
const PAPERS_DANGER = rx('',
  '\\b(agresse|agressee|frappe|menace|couteau|arme|blesse|blessee|suit|suivi|suivie|',
  'enferme|enfermee|sequestre|peur|seule? la nuit|nulle part ou dormir|dans la rue|',
  'frappee|frappes|saigne|sang|tape|tapee|attaque|attaquee|viole|violee|battu|battue|',
  'poursuit|poursuivi|poursuivie|bat|battent|cogne|cognent|tabasse|tabassee|sequestree|',
  'retient|retenue)\\b',
);

/** Lost papers with a plea: help with a procedure, no call for help. */
export function papersPlea(text: string): boolean {
  return gatedTest(PAPERS, text) && !gatedTest(PAPERS_DANGER, text) &&
    !/\b(vite|urgence|en ce moment|maintenant)\b/.test(text);
}

const SOME_DAY = rx('',
  '\\b(si un jour|si jamais|au cas ou|admettons que|imaginons que|si (ca|cela) ',
  '(arrive|se produit|se reproduit|nous arrive|me arrive|devait arriver))\\b.*\\b(appelle|appeler|',
  'numero|quel numero|le \\d+ ou le \\d+|qui contacter|je dois faire quoi|on fait quoi)\\b',
);
const POUND = /\bfourriere\b/;
/** A body failing beside the pound's question: "il a fait un malaise, il respire mal". */
const BODY_FAILING = rx('',
  '\\b(malaise|respire mal|respire plus|respire pas|etouffe|convulse|evanoui|evanouie|',
  'tombe dans les pommes|perdu connaissance|douleur a la poitrine|mal a la poitrine|',
  'crise cardiaque|arret cardiaque|ne bouge plus|bouge plus)\\b',
);
const MARKS = rx('',
  '\\b(marques?|signes?|symboles?|croix|codes?|inscriptions?|tags?|scotch|gommettes?) ',
  '(bizarres?|etranges?|a la craie|au feutre|sur (les|la|nos|mes|ma|des|notre) (boites aux ',
  'lettres|boite aux lettres|portes?|portails?|interphones?|sonnettes?|murs?))\\b',
);
const WHAT_IS_IT =
  /\b(ce est quoi|ca veut dire quoi|que faire|est ce (que|normal|grave)|signifie)\b/;

/** An asked question, no danger under way: read as information. */
export function askedAhead(text: string): boolean {
  // "à qui je suis en train d'écrire" says "en train de" with no scene
  if (asksWhoReads(text) || protectionAsked(text)) {
    return true;
  }

  if (hereNow(text)) {
    return false;
  }
  return gatedTest(SOME_DAY, text) || (gatedTest(POUND, text) && !gatedTest(HURT, text) &&
      !gatedTest(BODY_FAILING, text)) ||
    (gatedTest(MARKS, text) && gatedTest(WHAT_IS_IT, text));
}

/** Told as a pattern or found after the fact: past for the net and the rules. */
export function toldAsPattern(text: string): boolean {
  if (!controlTold(text) && !childHabitTold(text) && !foundAfterTheFact(text) &&
    !marksSeenAgain(text) && !dogIncidentOver(text) && !abuseToldSecondHand(text)) {
    return false;
  }
  return !hereNow(text);
}
