import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Everyday messages that quote a danger word with nobody in danger now (tester13's false
 * alarms, fixed by mechanism in our own words). Each yields to a sign of danger now:
 * - a knife out for a cake, the bread, a roast: a kitchen, no threat;
 * - a dish burnt in the oven: a smell of burning, no flame that spreads;
 * - an accident seen, the rescuers already there or nobody hurt;
 * - a fall days ago, the person slower since ("elle ne bouge plus trop");
 * - a fear in general ("j'ai peur qu'on me suive quand je rentre"), no one there now;
 * - a hypothetical question about which number to call ("si je vois un incendie...").
 */

const KNIFE_FOR_FOOD = rx('',
  '\\b(couteau|couteaux|couteau a pain|hachoir|couperet|feuille de boucher)\\b',
  '( [a-z]+){0,3} (pour|afin de) (couper|decouper|trancher|servir|peler|eplucher|ouvrir)',
  '( [a-z]+){0,2} (gateau|gateaux|pain|baguette|roti|gigot|dinde|poulet|viande|fromage|',
  'saucisson|jambon|tarte|buche|piece montee|pizza|melon|pasteque|legumes|oignons|pommes|',
  'steak|brioche|cake|colis|carton|cartons|paquet|cadeau|ficelle|galette|quiche)\\b',
);
const THREAT_WITH_KNIFE = rx('',
  '\\b(menace|menacait|menacer|pointe|pointait|sur moi|sur lui|sur elle|blesse|blessee|sang|',
  'saigne|frappe|agresse|poignarde|crie|hurle|tuer|egorger|planter|dispute|se battent)\\b',
);

const BURNT_DISH = rx('',
  '\\b(oublie|laisse|crame|rate|brule|carbonise|cuire)( [a-z]+){0,4} (gratin|gateau|pates|riz|',
  'crepes|tarte|roti|poulet|pizza|quiche|lasagnes|toast|toasts|pain|frites|steak|oeufs|soupe|',
  'casserole|poele|plat|cookies|biscuits|pop corn|gigot|legumes)\\b|',
  '\\b(gratin|gateau|pates|riz|crepes|tarte|roti|pizza|quiche|toasts?|cookies|plat)',
  '( [a-z]+){0,3} (crame|cramee|crames|brule|brulee|brules|carbonise|carbonisee)\\b',
);
const FIRE_SPREADS = rx('',
  '\\b(flammes|flamme|prend feu|pris feu|en feu|incendie|eteindre|se propage|partout dans la ',
  'maison|ne arrive pas|arrive plus|respire|inconscient|inconsciente|bebe|enfant|coince|',
  'coincee|voisin|voisine|immeuble|cage de escalier|pompiers|alarme|detecteur sonne)\\b',
);

const ACCIDENT = '(accident|accrochage|carambolage|collision|sortie de route|voiture renversee)';
const HANDLED = rx('',
  `\\b${ACCIDENT}\\b.*\\b(secours|pompiers|ambulance|ambulances|samu|gendarmes|police|`,
  'policiers|flics|depanneuse)( et (les )?[a-z]+)? (etaient|etait|sont|est|arrivaient|',
  'arrivent)( deja| tous)? (la|sur place|arrives|arrivee|presents|intervenus|partout)\\b',
);
/** "personne blessé" is nobody; "une personne blessée" is someone: only told afterwards. */
const NOBODY_HURT_SEEN = rx('',
  '\\b(je ai vu|jai vu|ai vu|ai croise|avons vu|on a vu|y avait|il y avait|ce matin|hier|',
  'tout a le heure|tout a l heure|ce midi|en rentrant|etaient|etait)\\b.*',
  `\\b${ACCIDENT}\\b.*(?<!\\b(une|la|cette|des|deux|une autre) )\\b((personne|aucun) (de )?`,
  '(blesse|blesses|grave|mal)|(pas de|sans|rien de) (blesse|blesses|blessee|grave|mal)|',
  'tout le monde (va|allait) bien)\\b',
);
const ACCIDENT_NOW = rx('',
  '\\b(coince|coincee|coinces|incarcere|incarceree|en feu|flammes|inconscient|inconsciente|',
  'respire plus|respire pas|saigne|pas encore|toujours pas|personne ne est|arrivent pas|',
  'venez|vite|au secours|aidez)\\b',
);

const OLD_FALL = rx('',
  '\\b(tombe|tombee|tombes|tombees|chute|chuter)\\b( [a-z]+){0,3} (ce week end|le week end ',
  'dernier|la semaine derniere|le mois dernier|il y a (deux|trois|quatre|quelques|[0-9]+) ',
  '(jours|semaines|mois)|avant hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b',
  '.*\\bdepuis\\b( [a-z]+){0,4} (bouge|marche|se deplace|sort|se leve|mange)( plus)? ',
  '(trop|beaucoup|bien|guere|tres bien|comme avant|autant|pareil|sans aide|sans canne|',
  'tout seul|toute seule|difficilement|mal|moins)\\b',
);
const DOWN_NOW = rx('',
  '\\b(par terre|au sol|inconscient|inconsciente|respire|repond plus|repond pas|se releve pas|',
  'peut pas se relever|arrive pas a se relever|plus du tout|saigne|ce matin|cette nuit)\\b',
);

const GENERAL_FEAR = rx('',
  '\\b(peur|angoisse|crainte|hantise|stresse|stressee)\\b( [a-z]+){0,2} (que on|que quelqu un|',
  'que un homme|que un jour|que ils|de etre|de me faire|de se faire|de nous faire)',
  '( [a-z]+){0,4} (suive|suivent|suivie|suivi|agresse|agressee|agresser|cambriole|',
  'cambriolent|cambrioler|attaque|attaquee|attaquer|vole|voler|arracher)\\b',
);
const SOMEONE_THERE = rx('',
  '\\b(maintenant|en ce moment|actuellement|tout de suite|vite|au secours|aidez|ce soir|',
  'cette nuit|la (quelqu un|un homme|un mec|un type|il|ils)|(il|elle|ils|quelqu un|un homme|',
  'un mec|un type|on) (me suit|me suivent|est derriere|sont derriere|me file|me colle|est la|',
  'sont la|est devant|sont devant|attend|attendent|me regarde|est en bas|sont en bas|est dehors|',
  'sont dehors|est derriere|est chez moi)|derriere moi depuis|',
  'depuis (le|la|tout|[0-9]+|une|un|dix|cinq) )',
);

const IF_EVER = rx('',
  '^(bonjour |salut |question )?(si (je|on|tu|jamais je|jamais on|un jour je|un jour on|',
  'par hasard je) (vois|voit|trouve|sens|suis temoin|tombe sur|croise|entends|assiste)|',
  'si jamais|si un jour|en cas de|en cas de un|au cas ou|admettons que|imaginons que|',
  'quand on voit)\\b',
);
const WHICH_NUMBER = rx('',
  '\\b(appelle|appeler|appelez|appelles|fais|faire|compose|composer|joindre|contacter|',
  'numero|prevenir)\\b( [a-z]+){0,3} (le )?(15|17|18|112|114|196|3114|qui|quel|quels|quelle)\\b',
);
const NOW_FOR_CERTAIN = rx('',
  '\\b(maintenant|en ce moment|actuellement|tout de suite|vite|urgent|au secours|aidez)\\b',
);

function holds(pattern: RegExp, yieldTo: RegExp, text: string): boolean {
  return gatedTest(pattern, text) && !gatedTest(yieldTo, text);
}

/** One of the everyday calm mechanisms above holds for the message. */
export function everydayCalm(text: string): boolean {
  return holds(KNIFE_FOR_FOOD, THREAT_WITH_KNIFE, text) ||
    holds(BURNT_DISH, FIRE_SPREADS, text) ||
    holds(HANDLED, ACCIDENT_NOW, text) || holds(NOBODY_HURT_SEEN, ACCIDENT_NOW, text) ||
    holds(OLD_FALL, DOWN_NOW, text) ||
    holds(GENERAL_FEAR, SOMEONE_THERE, text) ||
    (gatedTest(IF_EVER, text) && holds(WHICH_NUMBER, NOW_FOR_CERTAIN, text) &&
      !gatedTest(SOMEONE_THERE, text));
}
