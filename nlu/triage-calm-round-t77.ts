import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t77's whole-message calms (settledMessage), from helpers' and testers' leftovers:
 * "se faire taper / tuer / lyncher" said of a match, a tooth pulled, a parent's scolding, a
 * network or a music video; "se tirer une balle dans le pied" as a figure; an object lost
 * in the sea or a freediver's breath asked about; driving again after a past faint; voting
 * away on election day. Each yields to a sign of danger here and now, which keeps the alarm.
 */

/** Blood, a wound, a weapon, a cry for help: what no figure of speech can calm. */
const HURT_NOW = rx('',
  '\\b(sang|saigne|saignent|blesse|blessee|blesses|inconscient|inconsciente|respire|',
  'couteau|arme|pistolet|flingue|fusil|carabine|au secours|aidez moi|aide moi|vite|',
  'en danger|urgence|pompiers|samu|hopital|ambulance|par terre|au sol|bouge plus)\\b',
);

/** A team beaten: "on se fait taper par lyon au match", "on s'est fait défoncer 4-0". */
const MATCH = rx('',
  '\\b(match|matchs|finale|demi finale|championnat|coupe|tournoi|score|derby|foot|football|',
  'rugby|basket|hand|handball|volley|ligue 1|ligue des champions|psg|om|ol|equipe|',
  '[0-9]+ a [0-9]+|[0-9]+ [0-9]+|mi temps|a domicile|a le exterieur|stade)\\b',
);
const BEATEN = rx('',
  '\\b(se fait|se font|se est fait|se sont fait|nous faisons|on va se faire|va se faire|',
  'vont se faire|me suis fait|je me fais)',
  ' (taper|defoncer|ecraser|massacrer|laminer|detruire|demolir|atomiser|humilier|',
  'tabasser|tuer|marcher dessus|exploser|eclater|rouler dessus)\\b',
);
/** Blows in the stands or the car park: a brawl at the match is no score. */
const BRAWL = rx('',
  '\\b(supporters?|hooligans?|tribune|tribunes|parking|bagarre|baston|frappent|coups|',
  'coup de poing|fumigene|agresse|agressee|agresses)\\b',
);

function teamBeaten(text: string): boolean {
  return gatedTest(MATCH, text) && gatedTest(BEATEN, text) && !gatedTest(BRAWL, text) &&
    !gatedTest(HURT_NOW, text);
}

/** Care taken off the body: "se fait enlever les dents de sagesse", "retirer un grain". */
const CARE_REMOVED = rx('',
  '\\b(se fait|se font|me fais|me fait|se est fait|me suis fait|va se faire|vais me faire|',
  'doit se faire|dois me faire) (enlever|retirer|arracher|operer|extraire|poser|plomber)',
  '( [a-z]+){0,3} (dent|dents|dents de sagesse|amygdales|appendice|vegetations|grain de beaute|',
  'verrue|kyste|plombage|plombages|couronne|implant|appareil|bagues|calcul|calculs|',
  'vesicule|platre|points|fils|agrafes|tatouage|ongle|cataracte|grains de beaute|polype)\\b',
);

/** "je me fais tuer par ma mère si je rentre tard": a scolding, told as a condition. */
const SCOLDING = rx('',
  '\\b(je me fais|je vais me faire|on va se faire|on se fait|il va se faire|elle va se faire|',
  'je vais me prendre|je me fait) (tuer|defoncer|massacrer|engueuler|tabasser|trucider|',
  'egorger|assassiner|buter|exploser) par (ma|mon|mes|la|le|sa|son) (mere|pere|parents|',
  'daronne|daron|darons|mere|maman|papa|femme|mari|copine|copain|patron|patronne|chef|boss|',
  'prof|maitresse|coach|entraineur|belle mere|beau pere|soeur|frere)',
  '( [a-z]+){0,4} (si|quand|des que|le jour ou|parce que|pour|a cause)\\b',
);

/** A pile-on online or a scene in a music video: nobody's body is in it. */
const PILE_ON = rx('',
  '\\b(se fait|se font|se est fait|se sont fait|ils le|ils la|ils les|on le|on la) ',
  '(lyncher|lynchent|lynche|defoncer|defoncent|demolir|massacrer|massacrent|detruire|',
  'tabassent|tabasser|allumer|allument|incendier|descendre|cracher dessus|harceler|insulter)',
  '( [a-z]+){0,2} (sur|par|dans|a) (le |la |les |un |une |ce |cette )?(twitter|x|insta|',
  'instagram|tiktok|facebook|reseaux|reseaux sociaux|internet|commentaires|presse|medias|',
  'media|journaux|telle|tele|television|clip|clips|video clip|film|serie|episode|chanson|',
  'pub|publicite|jeu|emission|forum|youtube)\\b',
);

/** The scene told first: "dans le clip ils le tabassent". */
const SCENE_FIRST = rx('',
  '\\bdans (le|la|un|une|ce|cette|son|sa) (clip|video clip|film|serie|episode|dessin anime|',
  'emission|pub|publicite)( de [a-z]+)?,? (ils|on|il|elle|elles) (le |la |les |se )?',
  '(tabassent|tabasse|frappent|frappe|lynchent|massacrent|defoncent|tuent|tue)\\b',
);

/** "il s'est tiré une balle dans le pied en acceptant ce poste": a bad choice. */
const OWN_FOOT = rx('',
  '\\b(tire|tirer|tirent|tirez|tires) une balle dans le pied\\b',
);
const A_CHOICE = rx('',
  '\\b(en (acceptant|signant|disant|votant|refusant|choisissant|demissionnant|prenant|',
  'annoncant|publiant|quittant|faisant ca|faisant cela|embauchant|vendant|achetant)|',
  'ce poste|ce choix|cette decision|sa decision|son choix|sa carriere|politiquement|',
  'electoralement|commercialement|strategie|image|reputation|campagne|entreprise|boite|',
  'gouvernement|ministre|parti|club|contrat|deal|negociation|entretien)\\b',
);
const REAL_SHOT = rx('',
  '\\b(chasse|chasseur|en nettoyant|nettoyait|accident de chasse|munition|cartouche|',
  'detonation|coup de feu)\\b',
);

function ownFootFigure(text: string): boolean {
  return gatedTest(OWN_FOOT, text) && gatedTest(A_CHOICE, text) && !gatedTest(REAL_SHOT, text) &&
    !gatedTest(HURT_NOW, text);
}

/** A thing lost in the water, not a person: "je vois plus mes lunettes dans l'eau". */
const THING_LOST = rx('',
  '\\b(vois|voit|voyons|trouve|trouvons|retrouve|retrouvons) (plus|pas) (mes|mon|ma|les|le|la|',
  'son|sa|ses|nos|notre) (lunettes|lunettes de soleil|cles|telephone|portable|tel|bague|',
  'alliance|montre|masque|tuba|palme|palmes|ballon|bouee|serviette|tong|tongs|sandale|',
  'chapeau|casquette|collier|bracelet|boucle de oreille|appareil|airpods|ecouteurs|planche|',
  'matelas|pelle|seau|jouet|doudou|maillot|sac|chaussure|chaussures)',
  '( de (ma|mon|mes|sa|son|ses) [a-z]+)?\\b',
);
/** A person in the water: then the object was only the start of the story. */
const PERSON_IN_WATER = rx('',
  '\\b(fils|fille|enfant|enfants|bebe|petit|petite|mari|femme|frere|soeur|copain|copine|pere|',
  'mere|ami|amie|nageur|nageuse|quelqu un|qqn|personne|homme|gamin|gamine|il|elle|ils)\\b',
);

/** "il remonte pas tout de suite, c'est normal en apnée ?": a freediver's breath asked. */
const FREEDIVING = /\b(apnee|apneiste|chasse sous marine|plongee libre)\b/;
const IS_IT_NORMAL = rx('',
  '\\b((ce est|cest|est ce|est il|est ce que ce est) (normal|dangereux|grave|risque)|',
  'combien de temps|normal que|normal qu|on peut tenir|peut tenir|peut rester)\\b',
);
const UNDER_TOO_LONG = rx('',
  '\\b(remonte plus|remonte toujours pas|toujours pas remonte|pas remonte depuis|depuis ',
  '(\\d+|deux|trois|quatre|cinq|plusieurs) (minutes|min|mn)|ca fait (\\d+|deux|trois|',
  'plusieurs) (minutes|min)|bouge plus|flotte|inconscient|panique|je le vois plus|',
  'je la vois plus|on le voit plus|disparu)\\b',
);

function underwaterCalm(text: string): boolean {
  const objectLost = gatedTest(THING_LOST, text) &&
    !gatedTest(PERSON_IN_WATER, text.replace(THING_LOST, ' '));
  const breathAsked = gatedTest(FREEDIVING, text) && gatedTest(IS_IT_NORMAL, text) &&
    !gatedTest(UNDER_TOO_LONG, text);
  return (objectLost || breathAsked) && !gatedTest(HURT_NOW, text);
}

/** Driving again after a faint at the wheel: the aptitude question, not a malaise now. */
const DRIVE_AGAIN = rx('',
  '\\b(conduire|reprendre le volant|reprendre la route|prendre la route|garder (mon|son) ',
  'permis|le droit de conduire|retirer (mon|le|son) permis|perdre (mon|son) permis|',
  'visite medicale|medecin agree|aptitude)\\b',
);
const FAINT_BEFORE = rx('',
  '\\b(apres (avoir fait|avoir eu|un|une|mon|son)|depuis (mon|son|le|la)|suite a (un|une|mon|',
  'son)|(ai|a) fait un|(ai|a) eu un|le mois dernier|le an dernier|il y a)( [a-z]+){0,3} ',
  '(malaise|avc|crise de epilepsie|crise|syncope|perte de connaissance|evanouissement)\\b',
);
const FAINT_NOW = /\b(la|maintenant|en ce moment|vite|je me sens mal|je vais tomber)\b/;

function drivingAfterFaint(text: string): boolean {
  return gatedTest(DRIVE_AGAIN, text) && gatedTest(FAINT_BEFORE, text) &&
    !gatedTest(FAINT_NOW, text) &&
    !gatedTest(HURT_NOW, text);
}

/** Voting questions: "18 ans, en colo le jour des élections, je vote comment". */
const VOTING = rx('',
  '\\b(elections|election|presidentielle|legislatives|municipales|europeennes|scrutin|',
  'voter|vote|procuration|procurations|bureau de vote|listes electorales|carte electorale|',
  'carte de electeur|inscrit sur les listes|referendum)\\b',
);
/**
 * Away on the day: the only voting question the vote raised ("en colo le jour des élections").
 * Without it a message that only names a vote is not calmed: "je voulais demander pour une
 * procuration mais là un homme essaie d'ouvrir mes portes" is an intrusion.
 */
const AWAY_THAT_DAY = rx('',
  '\\b(en colo|en colonie|en vacances|en voyage|en deplacement|a le etranger|absent|absente|',
  'pas la|serai pas|pourrai pas|peux pas (y )?aller|pas dispo|pas disponible|hospitalise|',
  'hospitalisee|en stage|en erasmus|le jour (des elections|du vote|du scrutin))\\b',
);
/** A fight, a threat or a fire at the polling station is no voting question. */
const VOTE_DANGER = rx('',
  '\\b(frappe|frappent|tape|tapent|menace|menacent|bagarre|agresse|agressee|feu|incendie|',
  'fumee|bombe|colis suspect|tire|tirent|cagoule|cagoules|armee|armes|tuer|tue|mourir|',
  'suicider|en finir|suit|suivie|enferme|enfermee|viol|violee|peur)\\b',
);

/** A tooth pulled, a scolding, a pile-on online, a clip: "se faire tuer" said of nobody. */
function assaultFigure(text: string): boolean {
  const figure = gatedTest(CARE_REMOVED, text) || gatedTest(SCOLDING, text) ||
    gatedTest(PILE_ON, text) ||
    gatedTest(SCENE_FIRST, text);
  return figure && !gatedTest(HURT_NOW, text);
}

export function settledT77(text: string): boolean {
  return teamBeaten(text) || assaultFigure(text) || ownFootFigure(text) ||
    underwaterCalm(text) || drivingAfterFaint(text) ||
    (gatedTest(VOTING, text) && gatedTest(AWAY_THAT_DAY, text) && !gatedTest(VOTE_DANGER, text) &&
      !gatedTest(HURT_NOW, text));
}
