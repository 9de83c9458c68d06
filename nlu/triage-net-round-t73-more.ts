import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t73's other families: farewell letters left for everyone "ce soir c'est fini"
 * (3114); a thief of yesterday coming at the writer now (17); a runaway child without the
 * treatment that keeps them alive (17, 15); a swimmer lost from sight (196 at the sea or
 * with no place named, 18 on a lake or a river); a partner's blows told bare in the present
 * tense, the whole message being "mon mari me frappe" (17).
 */

/** Letters for everyone, or for each one: "j'ai écrit des lettres pour tout le monde". */
const LETTERS_FOR_ALL = rx('',
  '\\b(ecrit|redige|prepare|laisse|fait|termine|fini) (des|mes|les|une|ma|un|mon) ',
  '(lettres|lettre|mots|mot) (pour|a) (tout le monde|chacun|chacune|toute ma famille|',
  'ma famille|mes enfants|mes proches|tous|vous tous|tous mes proches|mes parents)\\b|',
  '\\b(lettres?|mots?) (de )?adieu\\b',
);

/** It ends tonight, or there is no way out. */
const ENDS = rx('',
  '\\b((ce soir|cette nuit|demain matin|aujourd hui)( [a-z]+){0,3} (ce est|cest|tout est|',
  'tout sera|tout va etre|sera) (fini|finie|la fin|termine)|(ce est|cest|tout est|tout sera|',
  'tout va etre) (fini|la fin|termine)( [a-z]+){0,2} (ce soir|cette nuit)|',
  '(plus|aucune|pas de autre|plus aucune|pas) (de )?(solution|issue|sortie|espoir)|',
  'je (vois|voi) (plus|pas) (de )?(solution|issue|sortie|autre)|',
  '(ce soir|cette nuit)( [a-z]+){0,3} (tout se arrete|tout va se arreter|je arrete tout))\\b',
);

/** Letters as a job, a task or a celebration: "lettres de motivation", "faire-part". */
const LETTERS_AS_WORK = rx('',
  '\\b(motivation|candidature|voeux|noel|cartes|invitations|mariage|anniversaire|',
  'faire part|metier|ecrivain|client|clients|entre nous|ramadan|vacances|',
  'stage|examen|concours|classe|eleves|correspondants?|collegues?|pot de depart|retraite|',
  'mutation|demenagement)\\b',
);

/** Coming at the writer: "il me fonce dessus", "il court vers moi". */
const COMING_AT_ME = rx('',
  '\\b(il|elle|ils|elles|le voleur|les voleurs|le mec|le type|le gars|le agresseur|qui) ',
  '(me|nous) (fonce|foncent|court|courent|saute|sautent|tombe|tombent) (dessus|apres)\\b|',
  '\\b(il|elle|ils|elles|le voleur|les voleurs|le agresseur|qui) (fonce|foncent|court|',
  'courent|arrive|arrivent|avance|avancent|revient|reviennent|se dirige|se dirigent|',
  'vient|viennent|se precipite|marche) (droit |tout droit )?(vers|sur) (moi|nous)\\b|',
  '\\bme (fonce|foncent|court|courent|saute|sautent) (dessus|apres)\\b',
);

/** Now, and the offence that makes the one coming an offender. */
const NOW_AND_OFFENCE = rx('',
  '^(?=.*\\b(la|maintenant|en ce moment|actuellement|je (le|la|les) (vois|revois|reconnais)|',
  '(il|elle) est (dans|devant|la))\\b)',
  '(?=.*\\b(voleur|voleurs|vole|volee|voler|agresse|agressee|agresseur|agression|arrache|',
  'cambrioleur|cambriole|racket|rackette|pickpocket|menace|menacee|couteau|arme)\\b)',
);

const NOT_A_THREAT = rx('',
  '\\b(reve|cauchemar|film|serie|roman|chien|chienne|chat|cheval|taureau|vache|ballon|',
  'calin|bisou|baiser|drague|harcelement|depuis des (mois|semaines|annees))\\b',
);

/** A runaway: "a fugué", "est partie de la maison cette nuit". */
const RUNAWAY = rx('',
  '\\b(a fugue|fugue|fuguee|fait une fugue|en fugue|fugueur|fugueuse|',
  '(est|sont) (parti|partie) (de la maison|de chez nous|de chez (lui|elle)|sans (rien dire|',
  'prevenir))|a quitte la maison|(a|ont) disparu|(a|ont) disparue|est introuvable|',
  '(est|ne est) pas (rentre|rentree))\\b',
);

/** A treatment the body cannot miss: insulin, epilepsy, the heart. */
const VITAL_CARE = rx('',
  '\\b(insuline|diabetique|diabete|insulino ?dependante?|epileptique|epilepsie|',
  'anti ?epileptiques?|cardiaque|pour le coeur|anticoagulants?|dialyse|glycemie|',
  'asthmatique|ventoline)\\b',
);

/** A child: the writer's, or of an age under 18. */
const CHILD = rx('',
  '^(?=.*\\b(ma fille|mon fils|mon ado|ma petite|mon petit|notre fille|notre fils|',
  'mon enfant|ma niece|mon neveu|ma soeur|mon frere|adolescente?|mineure?|',
  '(de|a) ([1-9]|1[0-7]) ans)\\b)',
);

const RUNAWAY_CUES = new RegExp(`${CHILD.source}(?=.*${VITAL_CARE.source})`);

/** Found again, or home: no search to start. */
const BACK_HOME = rx('',
  '\\b(retrouvee?s?|est rentree?|sont rentres|est revenue?|va bien|de retour|film|serie)\\b',
);

/** Lost from sight in the water: "je la vois plus dans l'eau", "il est pas remonté". */
const LOST_IN_WATER = rx('',
  '\\b((je|on|nous) (le|la|les) (vois|voit|voyons|trouve|trouvons|retrouve) (plus|pas|',
  'nulle part)|(je|on) (vois|voit) plus (mon|ma|le|la|sa|son|notre)|',
  '(il|elle|ils|elles) (ne )?(remonte|remontent|refait surface|ressort) (pas|plus)|',
  '(est|a|ai|ont|sont) (pas|plus|jamais) (remonte|remontee|remontes|ressorti|ressortie|',
  'refait surface|reapparu|reapparue)|(pas|plus|jamais) (remonte|remontee|ressorti|',
  'ressortie|reapparu|reapparue)|(disparu|disparue|disparus) (dans|sous|entre) (le eau|',
  'les vagues|la mer|les flots|les rouleaux|la vague|une vague))\\b',
);

const SWIMMING = rx('',
  '\\b(nager|nage|nageait|nageur|nageuse|baigner|baigne|baignait|baignade|plonge|plonger|',
  'plongee|plongeon|dans le eau|dans les vagues|surf|surfer)\\b',
);

const INLAND = rx('',
  '\\b(lac|riviere|etang|piscine|canal|fleuve|bassin|torrent|gave|gravier|carriere)\\b',
);

/** Seen again, waving, a thing lost in the water, a diver holding his breath on purpose. */
const SEEN_AGAIN = rx('',
  '\\b(coucou|salue|fait signe|rigole|revenue?|retrouvee?|sortie? de le eau|film|serie|',
  'jeu|cles|lunettes|telephone|portable|montre|bague|alliance|ballon|jouet|doudou|chien|',
  'apnee|pas tout de suite|chasse sous marine)\\b',
);

/** Who hits: a partner, or a bare "il". */
const PARTNER = '(il|elle|(mon|ma|mn) (mari|copain|conjoint|conjointe|compagnon|compagne|' +
  'femme|copine|concubin|concubine|ex|ex mari|ex copain|ex compagnon|petit ami|petite amie|' +
  'chum|keum|jules|mec|homme))';

/** The whole message a partner's blows in the present: "mon mari me frappe". */
const BARE_BLOWS = rx('',
  '^(bonjour |bonsoir |salut |s il vous plait |aide |aidez moi |help )?',
  `${PARTNER} (me|nous) (frappe|frap|frappent|tape|tappe|tape dessus|cogne|tabasse|`,
  'gifle|etrangle)( encore| a nouveau| dessus)?( s il vous plait| aidez moi)?$',
);

export const NET_ROUND_T73_MORE: readonly NetFamily[] = [
  {
    id: 'net-letters-for-all-tonight',
    situation: 'suicide',
    always: true,
    patterns: [LETTERS_FOR_ALL],
    requires: ENDS,
    unless: LETTERS_AS_WORK,
  },
  {
    id: 'net-thief-coming-at-me',
    situation: 'violence',
    always: true,
    patterns: [COMING_AT_ME],
    requires: NOW_AND_OFFENCE,
    unless: NOT_A_THREAT,
  },
  {
    id: 'net-runaway-without-care',
    situation: 'missing_care',
    always: true,
    patterns: [RUNAWAY],
    requires: RUNAWAY_CUES,
    unless: BACK_HOME,
  },
  {
    id: 'net-swimmer-lost-at-sea',
    situation: 'sea',
    patterns: [LOST_IN_WATER],
    requires: SWIMMING,
    unless: new RegExp(`${INLAND.source}|${SEEN_AGAIN.source}`),
  },
  {
    id: 'net-swimmer-lost-inland',
    situation: 'drowning',
    patterns: [LOST_IN_WATER],
    requires: new RegExp(`^(?=.*${SWIMMING.source})(?=.*${INLAND.source})`),
    unless: SEEN_AGAIN,
  },
  {
    id: 'net-partner-blows-bare',
    situation: 'domestic_violence',
    habitCancels: true,
    patterns: [BARE_BLOWS],
  },
];
