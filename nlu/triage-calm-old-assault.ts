import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * An assault months ago, never filed, and the question whether it is too late: "cet été à
 * un festival on m'a frappé, nez cassé, je n'ai jamais porté plainte, c'est trop tard
 * maintenant ?". The "maintenant" of "trop tard maintenant" is the question's time, not a
 * scene. The attacker here again, a threat or a wound bleeding now keeps the alarm.
 */

/** An assault told. */
const ASSAULT = rx('',
  '\\b(agresse|agressee|agression|frappe|frappee|tabasse|tabassee|cogne|cognee|',
  'roue de coups|passe a tabac|coup de poing|coups de poing|nez casse|machoire cassee|',
  'dent cassee|dents cassees|cote cassee|cotes cassees)\\b',
);

/** Dated months ago: a season, a month, a festival, "il y a 4 mois". */
const MONTHS_AGO = rx('',
  '\\b(cet ete|le ete dernier|cet hiver|le hiver dernier|ce printemps|le printemps dernier|',
  'cet automne|le automne dernier|le an dernier|le annee derniere|il y a (\\d+|deux|trois|',
  'quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) (mois|ans|annees)|en (janvier|',
  'fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|',
  'y a (\\d+|quelques|plusieurs) mois)\\b',
);

/** Never filed, and the question of a deadline. */
const TOO_LATE = rx('',
  '\\b(trop tard|delai|delais|prescription|prescrit|encore (porter plainte|possible|le temps)|',
  'peux encore|peut encore|(jamais|pas|rien) (porte plainte|fait de plainte|declare|',
  'signale)|toujours porter plainte)\\b',
);

/** Present again: the attacker here, following, threatening, a wound bleeding now. */
const AGAIN_NOW = rx('',
  '\\b(en ce moment|la maintenant|ce soir|cette nuit|(il|ils) (est|sont) (la|devant|ici)|',
  'me suit|me suivent|me menace|me menacent|revenu|revenus|saigne|vient de|viennent de|',
  'couteau|arme)\\b',
);

export function oldAssaultUnfiled(text: string): boolean {
  return gatedTest(ASSAULT, text) && gatedTest(MONTHS_AGO, text) && gatedTest(TOO_LATE, text) &&
    !gatedTest(AGAIN_NOW, text);
}
