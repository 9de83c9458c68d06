import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A suicidal episode someone else went through, over now, asked about for support ("le mois
 * dernier il a parlé de se suicider, il va mieux, des contacts de soutien ?"): the 3114 FAQ
 * side, not an alarm. Three proofs are needed: the episode is dated in the past, the person
 * is better now (present tense: "il allait mieux" is what a relapse is told with), and
 * nothing says the despair or a plan is back.
 */
const EPISODE = rx('',
  '\\b(suicide|suicider|suicidaire|suicidaires|se tuer|en finir|mettre fin a ses jours|',
  'mourir|tentative|ts|se jeter|sauter du pont|sauter de le pont|se pendre)\\b',
);
const DATED_PAST = rx('',
  '\\b(le mois dernier|la semaine derniere|le an (dernier|passe)|le annee (derniere|passee)|',
  '(cet|ce|le|l) (hiver|ete|printemps|automne)( dernier)?|au printemps|en (hiver|automne|ete)|',
  'il y a (\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) ',
  '(semaines|mois|ans|annees)|en (19|20)\\d\\d|pendant (sa|son) (depression|hospitalisation|',
  'burn out)|a le epoque|autrefois|avait|voulait|parlait|pensait|a (voulu|pense|parle|essaye|',
  'fait))\\b',
);
const BETTER_NOW = rx('',
  '\\b(va (beaucoup |bien |tellement |un peu |nettement )?mieux|ca va (beaucoup |bien )?mieux|',
  'va bien|se porte (mieux|bien)|remonte la pente|repris gout|sortie? de affaire|',
  'tiree? de affaire|est sortie? en forme|en forme|est suivie?|se est remise?|est guerie?|',
  'est stabilisee?|a retrouve le sourire|en soins|prise? en charge|est hospitalisee?)\\b',
);
const BACK_NOW = rx('',
  '\\b(recommence|recommencer|rechute|de nouveau|a nouveau|encore envie|ce soir|cette nuit|',
  'en ce moment|tout a le heure|allait (mieux|bien)|veut (mourir|en finir|se tuer|',
  'se suicider|sauter|se jeter)|va (se suicider|se tuer|se pendre|se jeter|sauter|en finir)|',
  'plus envie de vivre|en peut plus|corde|medicaments pour|cachets pour|adieu|disparu|',
  'repond plus|injoignable|a pris|a avale|se pendre|pendu|sur le pont|sur le toit)\\b',
);

export function supportAfterCrisis(text: string): boolean {
  return gatedTest(EPISODE, text) && gatedTest(DATED_PAST, text) && gatedTest(BETTER_NOW, text) &&
    !gatedTest(BACK_NOW, text);
}

/**
 * The other side: "il allait mieux, mais aujourd'hui il recommence": a past episode told
 * as back now is tonight's suicide, even when the past date would calm the rules.
 */
const RELAPSE = rx('',
  '\\b(allait|allais|allaient) (mieux|bien)( [a-z]+){0,3} mais( [a-z]+){0,4} (recommence|',
  'rechute|de nouveau|a nouveau|ce soir|cette nuit|aujourd hui|en ce moment|la)\\b',
);

export function suicidalAgain(text: string): boolean {
  return gatedTest(EPISODE, text) && gatedTest(RELAPSE, text);
}
