import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import { COLLAPSED } from './triage-calm-collapsed';
import { exasperatedCry, wornOutByAThing } from './triage-calm-exasperation';
import { overOrTrivial } from './triage-calm-over';
import { supportAfterCrisis } from './triage-calm-recovered';
import { adviceAboutTeenPartner } from './triage-calm-teen';
import { characterNumbersQuestion } from './triage-calm-character';
import { captivityLongAgo } from './triage-calm-long-ago';
import { examPlea, homeworkPlea } from './triage-calm-homework';
import { reportedWithNobodyThere } from './triage-calm-reported';
import { pastAttemptAptitudeQuestion } from './triage-calm-aptitude';
import { deafAsksForService } from './triage-calm-deaf';
import { thanksOnceHelpCame } from './triage-calm-arrived';
import { askedAboutOthersTalk } from './triage-calm-asked-talk';
import { settledRoundT44 } from './triage-calm-round-t44';
import { settledT46 } from './triage-calm-round-t46';
import { settledT48 } from './triage-calm-round-t48';
import { settledT51 } from './triage-calm-round-t51';
import { settledT53 } from './triage-calm-round-t53';
import { settledT54 } from './triage-calm-round-t54';
import { settledT59 } from './triage-calm-round-t59';
import { settledT61 } from './triage-calm-round-t61';
import { settledT64 } from './triage-calm-round-t64';
import { settledT67 } from './triage-calm-round-t67';
import { settledT69 } from './triage-calm-round-t69';
import { settledT70 } from './triage-calm-round-t70';
import { settledT71 } from './triage-calm-round-t71';
import { settledT73 } from './triage-calm-round-t73';
import { settledT75 } from './triage-calm-round-t75';
import { settledT77 } from './triage-calm-round-t77';
import { settledT80 } from './triage-calm-round-t80';
import { settledT82 } from './triage-calm-round-t82';
import { settledT85 } from './triage-calm-round-t85';
import { settledT87 } from './triage-calm-round-t87';
import { settledT95 } from './triage-calm-round-t95';
import { settledT91 } from './triage-calm-round-t91';
import { settledT92 } from './triage-calm-round-t92';
import { settledT96 } from './triage-calm-round-t96';
import { griefLongAgo } from './triage-calm-grief';

/**
 * Calm look-alikes that no danger family should have to know one by one: a joke ("je vais te
 * tuer ... mdr"), a riddle quoted from a game, a kitchen mishap cried out ("au secours mon
 * gâteau est raté"), a suicide attempt long over and healed. These calm every rule and
 * family, calls for help and suicide included, so each needs its own proof and none fires
 * when the message also says danger now.
 */

/** A danger word that no joke or riddle can calm: then it is read as an emergency. */
const REAL_DANGER = rx('',
  '\\b(feu|flammes|fumee|incendie|sang|saigne|blesse|blessee|respire|malaise|inconscient|',
  'inconsciente|couteau|arme|peur|en train de|vite|maintenant|frappe|tape|suit|enferme dans|',
  'en finir|envie de mourir|veux mourir|me suicider)\\b',
);

/** Laughter and "just kidding", unless denied ("je rigole pas"). */
const JOKE = rx('',
  '\\b(mdr+|ptdr+|xptdr|lol|jpp|haha[ha]*|hihi[hi]*|pour rire|pour rigoler|je rigole|',
  'je plaisante|je deconne|je blague|ce est une blague|cest une blague|ce est drole|',
  'cest drole|trop drole)\\b(?! pas)',
);

/** A riddle, a quiz line, a game clue: the words are quoted, nobody is in them. */
const RIDDLE = rx('',
  '\\b(enigme|enigmes|devinette|devinettes|charade|charades|rebus|mots croises|mots fleches|',
  'indice du jeu|code du cadenas|le code de le coffre)\\b',
);

/** "au secours" for a cake, a sauce, the homework or the printer. */
const TRIVIAL_HELP = rx('',
  '\\b(au secours|a le aide|help|sos|aidez moi)\\b( [a-z]+){0,4} (gateau|gateaux|mayonnaise|',
  'mayo|sauce|recette|tarte|souffle|cake|creme|pate|gratin|roti|devoirs|exercice|dissert|',
  'dissertation|wifi|box|imprimante|ordi|ordinateur|excel|tricot|brushing|coupe de cheveux|',
  'couleur|teinture|plante|plantes|potager|mot de passe|mdp|identifiant|identifiants|login)\\b',
);

/** A past attempt, told as over: "il y a deux ans, aujourd'hui elle va bien". */
const ATTEMPT_OVER = rx('',
  '\\b(tentative|tente de se|essaye de se|voulu se|voulu en finir)( [a-z]+){0,12} ',
  '(le an dernier|le annee derniere|a (1[0-9]|[2-9][0-9]) ans|plus jeune|au lycee|au college|',
  'a le adolescence|il y a longtemps|',
  'il y a (\\d+|deux|trois|quatre|cinq|quelques|plusieurs) (mois|ans|annees)|en (19|20)\\d\\d|',
  'quand (il|elle|je) (etait|etais) (ado|jeune|petit|petite))\\b',
);
/** The same, time first: "y a 2 ans j'ai fait une tentative de suicide". */
const ATTEMPT_OVER_TIME_FIRST = rx('',
  '\\b(le an dernier|le annee derniere|il y a (\\d+|deux|trois|quatre|cinq|quelques|plusieurs) ',
  '(mois|ans|annees)|y a (\\d+|deux|trois|quatre|cinq) (ans|annees)|en (19|20)\\d\\d|',
  'quand (je|il|elle) (etais|etait) (ado|jeune|petit|petite|adolescent|adolescente|au lycee)|',
  'plus jeune|a (1[0-9]|[2-9][0-9]) ans)',
  '( [a-z]+){0,6} (tentative|tente de me|essaye de me|voulu me|voulu en finir)\\b',
);
/** An administrative question about a past attempt: a record, a recruitment, an insurance. */
const PAPERS_QUESTION = rx('',
  '\\b(casier|concours|recrutement|recrute|candidature|dossier|assurance|permis|empeche|',
  'apparait|apparaitre|visible|fichier|fiche|embauche|visite medicale|aptitude|bloquer|',
  'bloque|eliminatoire|incompatible|devenir|engager|engagement|armee|gendarmerie|militaire|',
  'entrer dans|integrer|postuler|va le voir|vont le voir|le savoir|le sauront|',
  'carte de identite|passeport|papiers|titre de sejour)\\b',
);
/** What makes the attempt a danger again: "je recommence", "ce soir", "encore envie". */
const AGAIN_NOW = rx('',
  '\\b(recommence|recommencer|encore envie|de nouveau|ce soir|cette nuit|maintenant|',
  'en ce moment)\\b',
);
const RECOVERED = rx('',
  '\\b(va (beaucoup |bien |tellement )?mieux|va bien|vont bien|se est remise?|remise? sur pied|',
  'est suivie?|sortie? de affaire|tire de affaire|aujourd hui (il|elle) va)\\b',
);

/** A help line checked or noted for a poster or a leaflet: "c'est bien le 3114 ?". */
const FOR_A_POSTER = rx('',
  '\\b(affiche|afficher|affiches|affichage|poster|flyer|flyers|depliant|brochure|plaquette|',
  'panneau|tract|tracts|livret|salle de pause|salle des profs)\\b',
);
const NUMBER_NOTED = /\b(ce est bien le|cest bien le|je note|noter|note le|numero)\b/;
const OWN_DESPAIR = rx('',
  '\\b(me tuer|en finir|mourir|me suicider|envie de vivre|me faire du mal|disparaitre|',
  'au bout)\\b',
);

/** Building works told as war or noise: "le chantier c'est la guerre, ça explose". */
const WORKS = rx('',
  '\\b(chantier|chantiers|travaux|marteau piqueur|marteaux piqueurs|perceuse|renovation|',
  'refait|refont|ouvriers|engins|tractopelle)\\b',
);
const NOISE_FIGURE = rx('',
  '\\b(la guerre|champ de bataille|zone de guerre|bombardement|bombardements|bruit|vacarme|',
  'boucan|tapage|oreilles|tympans)\\b',
);
const WORKS_ACCIDENT = rx('',
  '\\b(feu|flammes|fumee|incendie|gaz|explosion|blesse|blesses|blessee|sang|effondre|ecroule|',
  'ecroulee|tombe|inconscient|enseveli|coince|coincee)\\b',
);

function quotedOnly(text: string): boolean {
  return (gatedTest(FOR_A_POSTER, text) && gatedTest(NUMBER_NOTED, text) &&
    !gatedTest(OWN_DESPAIR, text)) ||
    (gatedTest(WORKS, text) && gatedTest(NOISE_FIGURE, text) && !gatedTest(WORKS_ACCIDENT, text));
}

/** True when the whole message is calm, whatever danger word it quotes. */
export function settledMessage(text: string): boolean {
  if ((gatedTest(ATTEMPT_OVER, text) && gatedTest(RECOVERED, text)) || supportAfterCrisis(text) ||
    adviceAboutTeenPartner(text) || overOrTrivial(text) || characterNumbersQuestion(text) ||
    captivityLongAgo(text) || homeworkPlea(text) || reportedWithNobodyThere(text) ||
    exasperatedCry(text) || examPlea(text) || wornOutByAThing(text) ||
    pastAttemptAptitudeQuestion(text) || deafAsksForService(text) ||
    thanksOnceHelpCame(text) || askedAboutOthersTalk(text) || settledRoundT44(text) ||
    settledT46(text) || settledT48(text) || settledT51(text) || settledT53(text) ||
    settledT54(text) || settledT59(text) || settledT61(text) || settledT64(text) ||
    settledT67(text) || settledT69(text) || settledT70(text) || settledT71(text) ||
    settledT73(text) || settledT75(text) || settledT77(text) ||
    settledT80(text) || settledT82(text) || settledT85(text) || settledT87(text) ||
    settledT95(text) || settledT91(text) || settledT92(text) || settledT96(text) ||
    griefLongAgo(text)) {
    return true;
  }

  // a tester's and a blind writer's "il y a 3 ans j'ai fait une tentative, ça empêche le
  // concours ?" was queued as a suicide emergency
  const attemptOver = gatedTest(ATTEMPT_OVER, text) || gatedTest(ATTEMPT_OVER_TIME_FIRST, text);
  if (attemptOver && gatedTest(PAPERS_QUESTION, text) && !gatedTest(AGAIN_NOW, text) &&
    !gatedTest(OWN_DESPAIR, text)) {
    return true;
  }

  if (quotedOnly(text)) {
    return true;
  }

  if (gatedTest(REAL_DANGER, text)) {
    return false;
  }

  return gatedTest(JOKE, text) || gatedTest(RIDDLE, text) || gatedTest(TRIVIAL_HELP, text);
}

/** A stolen vehicle found burnt, a seller who no longer answers: the complaint, not a 17. */
const OVER_AND_FOUND = rx('',
  '\\b(retrouve|retrouvee|retrouves|retrouvees|trouve|trouvee|retrouvent)( [a-z]+){0,9} ',
  '(brule|brulee|brules|calcine|calcinee|carbonise|carbonisee|incendie|incendiee|cramee?)\\b',
);
const TRADE = rx('',
  '\\b(vendeur|vendeuse|acheteur|acheteuse|leboncoin|le bon coin|vinted|annonce|colis|',
  'commande|livraison|paiement|payer|paye|virement|lien)\\b',
);
const SILENT = /\b(repond|reponds|repondent) (plus|pas)\b/;

export function overAlready(text: string): boolean {
  return gatedTest(OVER_AND_FOUND, text) ||
    (gatedTest(TRADE, text) && gatedTest(SILENT, text) && !gatedTest(COLLAPSED, text));
}

/** Asking for a protection order is the procedure's question, unless he is here now. */
const PROTECTION_ASKED = rx('',
  '\\b(je voudrais|je veux|voudrais|comment|demander|obtenir|avoir|faire une demande de?|',
  'ce est quoi|cest quoi|quest ce que|que est ce que|a quoi sert|qui peut avoir)',
  '( [a-z]+){0,3} (ordonnance de protection|ordonnance de eloignement|',
  'bracelet anti rapprochement|telephone grave danger|mesure de eloignement)\\b',
);
const HERE_NOW = rx('',
  '\\b(est|sont) (la|devant|dehors|en bas|gare|garee|dans|derriere|a la porte)\\b|',
  '\\b(en ce moment|maintenant|vite|au secours|ce soir)\\b',
);

export function protectionQuestion(text: string): boolean {
  return gatedTest(PROTECTION_ASKED, text) && !gatedTest(HERE_NOW, text);
}
