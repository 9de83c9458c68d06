import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Messages that tell of a danger word without a danger under way, each read as a whole
 * mechanism rather than phrase by phrase: a stalker told as a pattern of days ("depuis je le
 * vois tous les soirs"), a fire already out, a threat to publish photos (the sextortion
 * FAQ), a shooting heard of in the news, a film script, an old weapon found in an attic.
 * Each yields to a sign of danger here and now, so "il est en bas en ce moment" still alarms.
 */

/** Someone hanging around, followed, passing by: what stalking is told with. */
const STALKED = rx('',
  '\\b(suivi|suivie|suit|suivre|rode|rodent|roder|traine|trainent|trainer|passe devant|',
  'croise|guette|guetter|observe|surveille|attend en bas)\\b',
);

/** Days, a habit, or "since I said no": a pattern, not a man behind the citizen now. */
const OVER_DAYS = rx('',
  '\\b(tous les (soirs|jours|matins|midis|week ends)|plusieurs fois par (jour|semaine)|',
  'sans arret|chaque (soir|jour|matin|semaine)|regulierement|revient (roder|trainer|passer)|',
  'depuis (des|quelques|plusieurs|deux|trois|\\d+) (jours|semaines|mois)|',
  'il y a (quelques|plusieurs|deux|trois|\\d+) jours|la semaine derniere|samedi dernier|',
  'dimanche dernier|le autre (jour|soir)|',
  'depuis que (il|je)( [a-z]+){0,3} (suivie?|dit non|econduit|econduite|quitte|refuse|rompu|',
  'aborde|abordee|rencontre|repousse|bloque))\\b',
);

/** Here and now: a presence, an attempt, a weapon. Any of these keeps the alarm. */
const HERE_NOW = rx('',
  '\\b(en ce moment|la tout de suite|actuellement|vite|au secours|a le aide|aidez moi|',
  '(il|ils|elle) (est|sont) (la|en bas|devant|derriere|dehors|a la porte|dans (le|la|mon|ma))|',
  'ce soir|cette nuit|frappe|tape|enfonce|force|essaie de (entrer|ouvrir)|couteau|arme|',
  'sang|blesse|blessee|me attrape|me tient)\\b',
);
const THREATENED = /\b(menace|menacent|menaces|tuer)\b/;

/** "c'est éteint", "les pompiers l'ont maîtrisé": a fire told as over. */
const FIRE_OUT = rx('',
  '\\b((ce|tout|feu|incendie|flammes) (est |sont |a ete |ont ete )?(eteint|eteints|eteinte|',
  'eteintes|maitrise|maitrisee|sous controle)|pompiers (le |la |l )?(ont|sont) (eteint|',
  'eteinte|tout eteint|maitrise|repartis|partis|venus|passes|intervenus|deja passes))\\b',
);
const FIRE_AGAIN = rx('',
  '\\b(reprend|reprennent|repart|rallume|rallumee|flammes|fumee noire|fume encore|',
  'encore du feu|braises rouges|quelqu un (dedans|a le interieur)|blesse|blesses)\\b',
);

/** "menace de publier mes photos si je ne paie pas": the sextortion FAQ, not a 17. */
const PUBLISH_THREAT = rx('',
  '\\b((envoyer|publier|diffuser|poster|balancer|montrer|partager) (des|mes|ses|les|nos) ',
  '(photos|videos|images|nudes)|photos (intimes|denudees|nues|compromettantes)|nudes|',
  '(videos?|photos?) (de moi|de lui|de elle) (nu|nue|tout nu|toute nue))\\b',
);
const MONEY = rx('',
  '\\b(paie|paye|payer|paient|argent|euros|pcs|virement|bitcoin|crypto|rancon|coupons?|',
  'transcash|neosurf|carte cadeau|demande|demandent|reclame)\\b',
);

/** Heard of, not lived: the radio, the news, abroad. */
const NEWS = rx('',
  '\\b((entendu|dit|parle|parlent|annonce|annoncent|annonce) a la radio|a la radio (ils|on)|',
  // an arm "coincé dans la presse" is in a machine, not in the newspapers
  'aux infos|aux informations|au journal|dans le journal|',
  '(?<!\\b(bras|main|mains|jambe|pied|doigt|doigts|tete|corps|il|elle)\\b.{0,40}(coince|',
  'coincee|pris|prise|happe|happee|bloque|bloquee|ecrase|ecrasee) )dans la presse|',
  'un article|',
  'ils ont parle|on en parle|ont annonce|bfm|aux etats unis|en amerique|aux usa|',
  'encore une fusillade|encore un attentat)\\b',
);
const WITNESSED = rx('',
  '\\b(devant moi|chez moi|ma rue|mon immeuble|je entends|on entend|je vois|je suis|',
  'on est|nous sommes|en ce moment|maintenant|vite)\\b',
);

/** A script, a shoot: nobody is in it. */
const SCRIPT = rx('',
  '\\b(scenario|court metrage|long metrage|tournage|tourner une scene|figurants?|',
  'repetition de la piece|mise en scene|storyboard)\\b',
);

/** An heirloom or a find from a clear-out: a question for the firearms rules. */
const OLD_WEAPON = rx('',
  '\\b(trouve|retrouve|decouvert|decouvre|herite|heriter|heritage|garde|conserve|',
  '(tombe|tombes|tombee|tombees) sur|mis la main sur)',
  '( [a-z0-9]+){0,6} (arme|armes|pistolet|pistolets|revolver|revolvers|fusil|fusils|',
  'carabine|carabines|sabre|baionnette)\\b',
);
const OLD_MARK = rx('',
  '\\b(vieux|vieil|vieille|vieilles|ancien|ancienne|anciens|de la guerre|14 18|39 45|',
  'grand pere|arriere grand pere|papy|papi|grenier|cave|grange|succession|heritage|herite|',
  'en vidant|en rangeant|en debarrassant|demenagement|de collection|rouille|rouillee)\\b',
);
const WEAPON_USED = rx('',
  '\\b(pointe|braque|menace|menacent|tire|tirer|charge|chargee|joue avec|jouent avec|',
  'enfant|enfants|gamin|gamins|mon fils|ma fille|sang|blesse|blessee)\\b',
);

export function toldAsStalkingPattern(text: string): boolean {
  return gatedTest(STALKED, text) && gatedTest(OVER_DAYS, text) && !gatedTest(HERE_NOW, text) &&
    !gatedTest(THREATENED, text);
}

export function fireAlreadyOut(text: string): boolean {
  return gatedTest(FIRE_OUT, text) && !gatedTest(FIRE_AGAIN, text);
}

export function publishThreat(text: string): boolean {
  return gatedTest(PUBLISH_THREAT, text) && gatedTest(MONEY, text) && !gatedTest(HERE_NOW, text);
}

export function heardInNews(text: string): boolean {
  return gatedTest(NEWS, text) && !gatedTest(WITNESSED, text);
}

export function filmScript(text: string): boolean {
  return gatedTest(SCRIPT, text);
}

export function oldWeaponFound(text: string): boolean {
  return gatedTest(OLD_WEAPON, text) && gatedTest(OLD_MARK, text) && !gatedTest(WEAPON_USED, text);
}

/** Not under way: a pattern of days, a fire out, a threat to publish, an heirloom. */
export function notUnderWay(text: string): boolean {
  return toldAsStalkingPattern(text) || fireAlreadyOut(text) || publishThreat(text) ||
    oldWeaponFound(text);
}

/**
 * A call to violence posted online ("sur TikTok un type appelle à brûler la mosquée"):
 * content to report (Pharos), not flames or blows now.
 */
const ONLINE_PLACE = rx('',
  '\\b(sur|dans|via) (tiktok|facebook|fb|insta|instagram|snap|snapchat|twitter|youtube|',
  'whatsapp|telegram|discord|un groupe|un forum|les reseaux|les reseaux sociaux|internet)\\b',
);
const CALL_TO = /\b(appelle|appellent|appel|incite|incitent|poussent|pousse) a\b/;

/** ...unless the danger is here too: "il est devant chez moi", "maintenant". */
const HERE_TOO = rx('',
  '\\b((il|elle|ils|elles|quelqu un) (est|sont) (la|devant|dehors|en bas|chez|dans)|',
  'en ce moment|maintenant|au secours|vite|arrivent|debarquent)\\b',
);

function onlineCall(text: string): boolean {
  return gatedTest(ONLINE_PLACE, text) && gatedTest(CALL_TO, text) && !gatedTest(HERE_TOO, text);
}

/** Heard of or staged: the news, a film script, a call to violence posted online. */
export function toldNotLived(text: string): boolean {
  return heardInNews(text) || filmScript(text) || onlineCall(text);
}
