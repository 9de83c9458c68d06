import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t75's whole-message calms (settledMessage), from two fresh blind sets' false alarms:
 * a parent's all-clear after a child typed "au secours" at play, a threat seen in a video
 * and asked where to report, how to react to a burglar asked ahead, neighbours' children
 * left alone by day, a fire inside a video game. Each yields to a sign of danger here and
 * now, which keeps the alarm.
 */

/** Signs of a danger under way that no all-clear, report or question can calm. */
const HURT_NOW = rx('',
  '\\b(enferme|enfermee|enfermes|repond plus|repond pas|repondent plus|blesse|blessee|',
  'blesses|saigne|saignent|sang|tombe|tombee|frappe|frappent|respire|inconscient|',
  'inconsciente|malaise|convulse|noye|noyee|avale|etouffe|etouffee|bouge plus|coupe|',
  'coupee|brule|brulee|electrocute|couteau|feu|fumee|disparu|disparue|',
  'perdu de vue|en danger|en train de|vite|maintenant|en ce moment)\\b',
);

/** A child of the writer's family, who had the phone. */
const CHILD = rx('',
  '\\b(fils|fille|enfant|enfants|gamin|gamine|gosse|petit|petite|petits|neveu|niece|',
  'petit fils|petite fille|loulou|minot|frere|soeur|cadet|cadette|bout de chou)\\b',
);
/** What the child typed: a cry for help, now disowned. */
const TYPED_HELP = rx('',
  '\\b(au secours|au secour|secours|aidez moi|aide moi|a le aide|help|sos|urgence|',
  'appel a le aide)\\b',
);
const AT_PLAY = rx('',
  '\\b(en jouant|(il|elle) jouait|(il|elle) joue|pour rire|pour rigoler|pour jouer|',
  'pour blaguer|par erreur|par accident|sans faire expres|par megarde|sans le vouloir|',
  '(avec|sur) (mon|ma|le|la|notre) (tel|telephone|portable|tablette|smartphone|ordi|',
  'ordinateur|compte))\\b',
);
const ALL_CLEAR = rx('',
  '\\b(tout va bien|tout va tres bien|ca va|pas de urgence|aucune urgence|pas une urgence|',
  'fausse alerte|rien de grave|il y a rien|y a rien|ignorez|oubliez|ne tenez pas compte|',
  'desole|desolee|pardon|excusez|excuse|toutes mes excuses|pas de souci|tout est ok)\\b',
);

/** "désolé, mon fils de 6 ans a écrit au secours en jouant avec mon tel, tout va bien". */
function childTypedHelpAtPlay(text: string): boolean {
  return gatedTest(CHILD, text) && gatedTest(TYPED_HELP, text) && gatedTest(AT_PLAY, text) &&
    gatedTest(ALL_CLEAR, text) && !gatedTest(HURT_NOW, text);
}

/** Where the threat was seen: a video, a post, a story on a network. */
const ONLINE = rx('',
  '\\b(video|videos|vid|story|stories|snap|snapchat|tiktok|tik tok|insta|instagram|',
  'facebook|fb|twitter|post|publication|commentaire|commentaires|reseaux sociaux|',
  'reseau social|discord|youtube|whatsapp|telegram|reel|reels|forum|en ligne)\\b',
);
const REPORT_ASKED = rx('',
  '\\b(signale|signaler|signalement|signaler ca|pharos|denoncer|denonce|reporter|',
  'qui prevenir|prevenir qui|a qui le dire)\\b',
);
/** The author in front of the writer, or the threat for tonight: no longer a post. */
const HERE_TONIGHT = rx('',
  '\\b((est|sont) (la|devant|dehors|en bas|a la porte|dans le|dans la|entre|entres)|',
  'devant (le|la|chez|mon|ma|notre)|arrive|arrivent|ce soir|cette nuit|aujourd hui|',
  'en direct|au secours|aidez moi|vite|maintenant|en ce moment|en train de)\\b',
);

/** "sur tiktok un gars dit qu'il va faire un massacre au lycée, on le signale où ?" */
function onlineThreatToReport(text: string): boolean {
  return gatedTest(ONLINE, text) && gatedTest(REPORT_ASKED, text) && !gatedTest(HERE_TONIGHT, text);
}

/** The question is asked for one day: "pour plus tard", "pour être prête", "si un jour". */
const AHEAD = rx('',
  '\\b(question pour plus tard|pour plus tard|pour etre (pret|prete|prets|pretes)|',
  'si un jour|si jamais|au cas ou|dans le cas ou|en prevision|par precaution|',
  'a titre preventif|a le avenir|des fois que)\\b',
);
const HOW_TO_REACT = rx('',
  '\\b(je fais quoi|on fait quoi|que faire|quoi faire|je dois faire quoi|faut faire quoi|',
  'il faut faire quoi|bons reflexes|bon reflexe|bons gestes|conduite a tenir|',
  'comment reagir|comment (je dois|il faut|faut il) reagir|marche a suivre|',
  'comment (se|me|nous) (proteger|defendre)|que dois je faire|quoi dois je faire)\\b',
);
/** Somebody in the home, at the door or trying it now; a threat; someone hurt. */
const INSIDE_NOW = rx('',
  // "quelle est la conduite à tenir" asks, it places nobody
  '\\b((?<!\\bquelles? )(est|sont) (la|dans|dedans|entre|entres|rentre|rentres|en bas|devant|',
  'dehors|a la porte)|essaie|essaye|essaient|tente|force|forcer|defonce|rode|rodent|suit|menace|',
  'menacent|saigne|sang|respire|inconscient|inconsciente|disparu|disparue|',
  'la (je|il|ils|elle|on)|vient de|viennent de|en train de|je entends|on entend|',
  'ce soir|cette nuit|maintenant|en ce moment|actuellement|vite|au secours|aidez moi)\\b|',
  '\\bla$',
);

/** "question pour plus tard : si un jour quelqu'un rentre chez moi la nuit, je fais quoi ?" */
function reactionAskedAhead(text: string): boolean {
  return gatedTest(AHEAD, text) && gatedTest(HOW_TO_REACT, text) && !gatedTest(INSIDE_NOW, text);
}

const KIDS = rx('',
  '\\b(enfants|gosses|gamins|gamines|petits|minots|mioches|marmots|fillettes|',
  'le petit|la petite|le gamin|la gamine|les deux|les trois)\\b',
);
const NEXT_DOOR = rx('',
  '\\b(voisin|voisins|voisine|voisines|de a cote|du dessus|du dessous|de en face|palier|',
  'caravane|immeuble|quartier|residence|camping|mobil home|la rue|la cite)\\b',
);
const LEFT_ALONE = rx('',
  '\\b(tout seuls|toutes seules|tout seul|toute seule|seuls|seules|seul|seule|',
  'livres a eux memes|sans adulte|sans surveillance|sans leurs parents)\\b',
);
/** Alone by day, as a habit: a neglect worry, not a night or days without anyone. */
const BY_DAY = rx('',
  '\\b(toute la journee|toutes les journees|des journees entieres|la journee|',
  'tous les jours|chaque jour|toute la semaine|du matin au soir|souvent|tout le temps|',
  'la plupart du temps|regulierement)\\b',
);
/** A baby, a wound, tears for hours, a car, a window, a night: the danger of now. */
const CHILD_DANGER_NOW = rx('',
  '\\b(bebe|bebes|nourrisson|nourrissons|bb|blesse|blessee|blesses|saigne|sang|tombe|',
  'tombee|pleure|pleurent|hurle|hurlent|crie|crient|voiture|chaleur|soleil|canicule|',
  'enferme|enfermes|enfermee|fenetre|balcon|toit|feu|fumee|gaz|malade|fievre|frappe|',
  'frappent|coups|respire|inconscient|piscine|nuit|nuits|ce soir|maintenant|en ce moment|',
  'depuis ce matin|depuis hier|depuis (\\d+|deux|trois|quatre|plusieurs|des) (heures|jours)|',
  'parents (sont )?partis|pas rentres|vite)\\b',
);

/** "les enfants de la caravane d'à côté sont tout seuls toute la journée, ils mangent pas". */
function neighboursChildrenAloneByDay(text: string): boolean {
  return gatedTest(KIDS, text) && gatedTest(NEXT_DOOR, text) && gatedTest(LEFT_ALONE, text) &&
    gatedTest(BY_DAY, text) && !gatedTest(CHILD_DANGER_NOW, text);
}

/** Inside a game's world: the game named, or "dans mon jeu". */
const IN_GAME = rx('',
  '\\b(dans|sur) (mon|le|ce|son|sa|un|mon petit) (jeu|jeu video|game)\\b|',
  '\\b(dans|sur) (minecraft|zelda|gta|fortnite|les sims|sims|skyrim|pokemon|roblox|',
  'elden ring|animal crossing|red dead|assassin s creed|the witcher|witcher|call of duty|',
  'mario|fallout|far cry|hogwarts legacy|genshin|clash of clans|stardew valley|valheim|',
  'ark|rust|dayz|the last of us)\\b',
);
/** What a player is stuck on. */
const GAME_PROGRESS = rx('',
  '\\b(quete|quetes|niveau|niveaux|mission|missions|boss|pnj|checkpoint|sauvegarde|',
  'inventaire|objets|perso|personnage|map|level|lvl|partie|respawn|passer|finir|debloquer|',
  'bloque|bloquee|recuperer|recupere|mdr|lol|ptdr)\\b',
);
/** The device or the room on fire: a real fire, game or not. */
const REAL_THING = rx('',
  '\\b(chargeur|batterie|prise|cable|multiprise|rallonge|console|manette|ordi|ordinateur|pc|',
  'telephone|portable|tablette|tele|television|ecran|fumee|odeur|ca sent|chambre|cuisine|',
  'salon|appart|appartement|pompiers|pour de vrai|dans la vraie vie|irl|au secours|vite|',
  // "pendant que j'étais sur mon jeu": the game is what the writer was doing
  'pendant que|pendant ce temps|tandis que|aidez|urgence|',
  '(je suis|on est|nous sommes|suis) (bloque|bloquee|bloques|coince|coincee|coinces))\\b',
);

/** "dans mon jeu y a un incendie qui bloque la quête mdr". */
function fireInAGame(text: string): boolean {
  return gatedTest(IN_GAME, text) && gatedTest(GAME_PROGRESS, text) && !gatedTest(REAL_THING, text);
}

export function settledT75(text: string): boolean {
  return childTypedHelpAtPlay(text) || onlineThreatToReport(text) || reactionAskedAhead(text) ||
    neighboursChildrenAloneByDay(text) || fireInAGame(text);
}
