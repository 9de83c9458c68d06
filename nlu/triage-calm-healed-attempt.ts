import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * The writer's own attempt, years ago, told by someone well today who wants to help
 * others ("j'ai fait une TS il y a 10 ans, aujourd'hui je vais bien, je voudrais aider"):
 * the other helpers' wording knew the healed attempt of a third person ("elle va bien") but
 * not "je vais bien", and the suicide rule, which no question calms, raised the 3114 on a
 * volunteer. Nothing may say the despair is back.
 */
const OWN_ATTEMPT = rx('',
  '\\b(je ai|jai|je avais|avais) (fait|faite) ((une |des |plusieurs )?(tentative|tentatives)|',
  '(une|des|plusieurs) (ts|tous))|',
  '(je ai|jai|je avais) (tente|essaye|voulu) de (me suicider|me tuer|en finir|mourir)|',
  '(ma|mes) (tentative|tentatives|ts)\\b',
);
const LONG_AGO = rx('',
  '\\b((il y a|y a|ca fait|cela fait) (\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|',
  'quinze|vingt|quelques|plusieurs) (ans|annees)|(a|vers|quand je avais) (1[0-9]|[2-5][0-9]) ',
  'ans|(en|depuis) (19|20)\\d\\d|il y a longtemps|y a longtemps|autrefois|plus jeune|',
  'quand je etais (ado|jeune|adolescente?|etudiante?|au lycee|au college)|adolescence)\\b',
);
const WELL_NOW = rx('',
  '\\b(je vais (bien|mieux|beaucoup mieux|tres bien|tellement mieux)|je suis (guerie?|',
  'sortie? de affaire|stabilisee?|en forme|heureuse?|bien entouree?)|je me suis (remise?|',
  'reconstruite?|relevee?|sortie? de)|je ai remonte la pente|je ai repris gout|',
  '(aujourd hui|maintenant|desormais) (ca va|tout va bien|je vais bien))\\b',
);
const BACK_NOW = rx('',
  '\\b(recommence|recommencer|rechute|encore envie|envie de (mourir|en finir|me tuer|',
  'disparaitre)|ce soir|cette nuit|en ce moment|a nouveau|de nouveau|plus envie de vivre|',
  'je veux mourir|je pense a (mourir|en finir|me tuer|recommencer)|idees noires|',
  'je en peux plus|medicaments|cachets|corde|adieu)\\b',
);

export function healedOwnAttempt(text: string): boolean {
  return gatedTest(OWN_ATTEMPT, text) && gatedTest(LONG_AGO, text) && gatedTest(WELL_NOW, text) &&
    !gatedTest(BACK_NOW, text);
}
