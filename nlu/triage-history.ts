import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A dated medical history is the patient's background, not the date of what happens:
 * "douleur dans la poitrine, j'ai déjà fait un infarctus il y a 2 ans", "opéré du cœur l'an
 * dernier et là je suis tout serré", "il a fait un AVC en 2019, sa bouche part de travers".
 * Read for time without it when a symptom is told besides; with no symptom ("j'ai fait un
 * infarctus il y a deux ans, puis-je conduire ?") the history alone keeps its past.
 */
const WHEN = '(il y a (\\d+|un|une|deux|trois|quatre|cinq|six|dix|quelques|plusieurs) (jours|' +
  'semaines|mois|an|ans|annees)|le an dernier|le annee derniere|le mois dernier|' +
  'la semaine derniere|le ete dernier|le hiver dernier|en (19|20)\\d\\d|(quand|lorsque) (je|il|' +
  'elle) (etais|etait) (petit|petite|jeune|enfant|ado)|(petit|petite|enfant|bebe|jeune))';
const ILLNESS = '(infarctus|crise cardiaque|arret cardiaque|avc|attaque cerebrale|embolie|' +
  'phlebite|crise de asthme|crises de asthme|crise de epilepsie|crises de epilepsie|crise|' +
  'crises|convulsions|malaise|malaises|hypo|hypoglycemie|coma|pontage|stent|stents|' +
  'accident cardiaque|accident vasculaire|probleme au coeur|problemes de coeur|' +
  'problemes cardiaques|pneumothorax|anaphylaxie|choc anaphylactique|oedeme)';

const HISTORY = rx('g',
  '\\b(je ai|jai|il a|elle a|mon pere a|ma mere a|mon mari a|ma femme a)( deja)? (fait|eu|',
  `fais|subi)( deja)? (un|une|des|deux|trois|plusieurs) ${ILLNESS}( [a-z]+){0,3} ${WHEN}\\b|`,
  '\\b(deja )?(opere|operee|greffe|greffee|hospitalise|hospitalisee|stente|stentee)( du| de le| ',
  `de la| des)? (coeur|cerveau|poumon|poumons|tete|dos|hanche)( [a-z]+){0,2} ${WHEN}\\b|`,
  `\\b(stente|stentee|ponte|pontee|greffe|greffee)( [a-z]+){0,2} ${WHEN}\\b|`,
  '\\b(asthmatique|epileptique|diabetique|cardiaque|insuffisant cardiaque|greffe|greffee) ',
  `depuis ${WHEN}\\b`,
);

/** A symptom told in the present, the only case where the history is set aside. */
const SYMPTOM = rx('',
  '\\b(douleur|douleurs|mal|serre|serree|serrement|oppression|comprime|comprimee|essouffle|',
  'essoufflee|respire|respirer|souffle|etouffe|sueurs|transpire|engourdi|engourdie|paralyse|',
  'paralysee|fourmille|fourmillements|de travers|bafouille|parle mal|convulse|tremble|vomit|',
  'vertige|vertiges|palpitations|tachycardie|pale|evanoui|evanouie|inconscient|inconsciente|',
  'tombe|tombee|sifflement|siffle|bleu|bleue|gonfle|gonflee|brule|brulure)\\b',
);

/** Cheap test before the replacement: most messages name no illness. */
const HISTORY_HINT = new RegExp(`\\b(${ILLNESS}|opere|operee|greffe|greffee|hospitalise|` +
  'hospitalisee|stente|stentee|ponte|pontee|asthmatique|epileptique|diabetique|cardiaque)\\b');

export function withoutHistory(text: string): string {
  if (!gatedTest(HISTORY_HINT, text)) {
    return text;
  }
  const rest = text.replace(HISTORY, ' ').replace(/ +/g, ' ').trim();
  return rest !== text && gatedTest(SYMPTOM, rest) ? rest : text;
}
