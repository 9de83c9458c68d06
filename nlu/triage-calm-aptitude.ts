import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A suicide attempt or a depression long over, told in a question about joining the
 * gendarmerie, a job or a medical fitness check ("j'ai fait une TS à 17 ans, le médecin du
 * concours va le voir ?"): the recruitment FAQ, not a 3114. The attempt must be told as
 * over (an age, a year, "ancienne", a medical file), the question must be about aptitude,
 * and nothing may say the despair or an attempt is back ("j'ai refait une tentative hier
 * soir", "je pense à recommencer ce soir").
 */

/** Cheap first test: a message with none of these words is no such question. */
const APTITUDE_WORDS: ReadonlySet<string> = new Set([
  'gendarme', 'gendarmes', 'gendarm', 'gendarmerie', 'concours', 'recrutement', 'recrute',
  'recruter', 'apte', 'inapte', 'aptitude', 'eliminatoire', 'engager', 'engagement', 'postuler',
  'candidature', 'reserve', 'reserviste', 'embauche', 'embaucher', 'armee', 'armees',
  'militaire', 'sigycop', 'incorporation', 'eligible', 'recale', 'recaler', 'integrer',
  'travail', 'emploi', 'visite', 'dossier', 'psychologue', 'psychotechniques', 'carriere',
  'fonctionnaire', 'poids', 'police', 'pompier', 'pompiers',
]);

const ATTEMPT = rx('',
  '\\b(tentative|tentatives|tentativ|suicide|suicid|suicider|suicidaire|suicidaires|depression|',
  'ouvert les veines|taillade les veines|voulu (me|se) tuer|voulu en finir)\\b',
);

/** When it happened, told as over: an age, a year, long ago, or a file that records it. */
const LONG_OVER = rx('',
  '\\b(ancienne|anciennes|passee|passees|antecedents?|autrefois|il y a longtemps|',
  'y a longtemps|y a lgtemps|y a lontemps|y a (\\d+|deux|trois|quatre|cinq|six|sept|huit|',
  'neuf|dix|quelques|plusieurs) (ans|annees)|(a|quand je avais|vers) (1[0-9]|2[0-9]) ans|',
  '(en|de|depuis) (19|20)\\d\\d|ado|',
  'adolescent|adolescente|adolescence|plus jeune|quand (je|il|elle) (etais|etait) ',
  '(ado|jeune|petit|petite|mineur|mineure|au lycee|au college|etudiant|etudiante)|jeune|',
  'au lycee|au college|dossier medical|dossier|gueri|guerie|stabilise|stabilisee|',
  'arretes? depuis|suivi termine|je vais (bien|mieux))\\b',
);

/** The question is about being fit, hired, recruited or what a file shows. */
const APTITUDE_ASKED = rx('',
  '\\b(devenir|entrer|rentrer|integrer|postuler|engager|passer|faire) ',
  '([a-z]+ ){0,4}(gendarm|gendarmerie|concours|reserve|armee|ecole|police|pompier|pompiers)|',
  '\\b(apte|inapte|aptitude|eliminatoire|bloquer|bloque|empeche|empecher|recale|recaler|',
  'eligible|recrute|recrutement|embauche|incorporation|sigycop|visite medicale|',
  'visite de aptitude|medecin du travail|medecin de la gendarmerie|sante des armees|',
  'va le voir|vont le voir|va voir|vont voir|verra|verront|le declarer|dois je le dire|',
  'je dois le dire|apparait|pose probleme|',
  'un probleme pour|compatible|incompatible)\\b',
);

/** What makes it today's danger again: then the question is not the FAQ's. */
const BACK_NOW = rx('',
  '\\b(recommence|recommencer|refait|refaire|retente|retenter|rechute|de nouveau|a nouveau|',
  'encore envie|ce soir|cette nuit|ce matin|hier soir|hier|maintenant|en ce moment|',
  'tout a le heure|en finir|envie de mourir|veux mourir|(vais|veux|va) me tuer|',
  'plus envie de vivre|au bout|la corde|les cachets|mes cachets|avale|pris des|adieu|',
  'au secours|aidez moi|je vais me)\\b',
);

function hasAptitudeWord(text: string): boolean {
  return text.split(' ').some((word) => APTITUDE_WORDS.has(word));
}

export function pastAttemptAptitudeQuestion(text: string): boolean {
  return hasAptitudeWord(text) && gatedTest(ATTEMPT, text) && gatedTest(LONG_OVER, text) &&
    gatedTest(APTITUDE_ASKED, text) && !gatedTest(BACK_NOW, text);
}
