import { FINE_NOW, OTHERS_TALK_ASKED, SIGNS_ASKED } from './triage-calm-asked';
import { negatorIn } from './triage-negators';
import { nobodyBefore } from './triage-nobody';
import { rx } from './triage-words';
import { WHAT_IF_ASKED } from './triage-calm-what-if';

/**
 * Context for the safety net (triage-net.ts): what cancels a danger word. The net is built
 * for recall, so only CLEAR signs cancel: a date or "hier", an information question, fiction,
 * a negation right before the word. Over normalised text (no accents, elisions expanded).
 */

const NUMBER = '(\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques|plusieurs|des)';
const MONTH = '(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|(nov|dec)embre)';

/** Clearly over: a day or a date in the past, a complaint, a court case. */
export const NET_PAST = rx('',
  // "depuis hier" goes on; "mais tout va bien" tells it is over
  '\\b((?<!depuis )hier|avant hier|le an dernier|le annee derniere|le mois dernier|',
  'la semaine derniere|mais (tout va bien|ca va mieux|il va bien|elle va bien)|',
  'plus de peur que de mal|depuis (son|sa|mon|ma|leur) (avc|accident|operation|infarctus|',
  'hospitalisation)|le ete dernier|le hiver dernier|le week end dernier|',
  'la nuit derniere|samedi dernier|(cet|ce) (hiver|ete|automne|printemps)|',
  '(je ai|il a|elle a|on a) eu( [a-z]+){1,5} (lundi|mardi|',
  'mercredi|jeudi|vendredi|samedi|dimanche|ce week end)|',
  `il y a ${NUMBER} (jours|semaines|mois|ans|annees)|quand je etais|a le epoque|autrefois|`,
  `(le|en|de|du) (\\d{1,2} )?${MONTH}|\\d{1,2} \\d{1,2} \\d{2,4}|en (19|20)\\d\\d|`,
  'depuis des (mois|annees)|plainte|pre plainte|y a eu|a eu lieu|ce etait|avait|suite a|',
  'tribunal|proces|condamne|jugement|a ete (arrete|interpelle))\\b|',
  // an attempt that is over: "on a essayé de forcer ma porte, ils sont partis" (not "partis
  // avec ma fille", nor "partis chercher du renfort")
  '\\b(essaye|tente|voulu) de (forcer|entrer|rentrer|ouvrir|voler|cambrioler|fracturer|',
  'crocheter|defoncer)( [a-z]+){0,8} (ils|il|elles|elle) (sont|est|se sont|se est) ',
  '(partis|parti|partie|parties|enfuis|enfui|enfuie|sauves)\\b(?! (avec|chercher|en voiture))',
);

/** Present signs that win over a past one: "il m'a frappée hier et il revient". */
export const NET_NOW = rx('',
  '\\b(revient|reviennent|va revenir|vont revenir|reviendra|reviendront|est revenu|',
  'est de retour|en bas|dehors|devant (ma|la|notre) ',
  'porte|encore la|toujours la|il est la|ils sont la|en ce moment|maintenant|tout de suite|',
  'vite|au secours|en train de|aidez moi|actuellement|(respire|bouge|reagit) plus|',
  // "il ne répond plus pour le constat" is a phone, not a body
  'repond plus(?! (pour|a|au|aux|depuis|sur|par|de puis))|',
  '(il|elle|ils|elles) (continue|continuent|recommence|recommencent))\\b',
  // "il continue à me harceler par messages" is still the complaint
  '(?! (de|a) (me |nous )?(harceler|envoyer|ecrire|appeler|contacter|insulter|publier))',
);

/**
 * Information questions: cancel the net (never a call for help, suicide or hiding) unless
 * something says now ("vite", "en train de").
 */
export const NET_INFO = rx('',
  '\\b(conseils?|astuces?|prevention|prevenir|sensibilisation|reglementation|legislation|la loi|',
  'est (il|elle|ce) (interdit|autorise|legal|obligatoire|permis)|(?<!pas )le droit de|',
  'droit de porter|est (il|elle|ce) (une arme|un objet) (interdite?|autorisee?|legale?)|',
  // "il m'interdit de sortir" tells what he does, not what the law says
  '(?<!\\b(me|m|nous|te) )interdit|interdits|interdites|autorise|autorisee|autorises|',
  'obligatoire|comment (se )?proteger|',
  'proteger (ma|mon|sa|son|nos|notre|les) \\w+ (des|contre)|comment (reagir|reconnaitre|',
  'eviter|obtenir|declarer|devenir|signaler)|quels? sont les|signes de|formation|',
  // which number for a case, not a danger told beside the question: "quelqu'un se noie,
  // c'est quel numéro ?" is the danger itself, asked in a hurry
  'quel numero (appeler |faut il appeler |il faut appeler |a appeler |composer |faire |',
  'il faut faire |on fait |je fais |on appelle |je appelle |on compose |marche |utiliser )?',
  '(quand meme )?(en cas|au cas|si |quand |',
  'lorsque |la prochaine|pour (un|une|les|des|le|la|mon|ma|ses|mes) |en premier)|',
  '(\\bsi|au cas ou|en cas de|en cas|lorsque|la prochaine fois) .{0,80}quel numero|',
  'cours de|stage de|expose|exposes|statistiques|memoire sur|article sur|recherche sur|',
  // a job exam, a quiz, figures: "question du concours", "combien de noyades par été"
  '(concours|examen|epreuve) (de|de le|pour devenir) (gendarme|gendarmerie|police|policier|',
  'pompier|sapeur pompier|infirmier|infirmiere|secouriste|ambulancier|aide soignant)|',
  'question (de|du|de le|pour le|sur le) (cours|examen|concours|oral|qcm|quiz|partiel)|quiz|',
  'question sur (la|le|les) (conduite|procedure|gestes)|sujet de (examen|dissertation|oral)|',
  'qcm|(chiffres|bilan|nombre|taux) (des|de le|de la|du) |aux infos|les infos|declarer|',
  'combien (de|d) (noyades|morts|deces|victimes|accidents|incendies|cambriolages|suicides)|',
  'declaration|(port|permis|detention|transport|vente|achat|achats|transporter|porter) ',
  '(de |de une |de un |une |un |des |mon |ma )(arme|armes|couteau|fusil)|demarches?|',
  // "que faire en premier quand on se fait voler": what to do in such a case
  '(que|quoi) faire (en premier |de abord |exactement )?(quand|lorsque|en cas|si)|',
  // what to do with an object or a fine: "on en fait quoi", "je le ramène où", "je conteste"
  '(on|je|il|elle|nous|vous|ils) en (fait|fais|faire|faisons|font) quoi|que en faire|',
  'que est ce que (on|je|il|elle|nous) en (fait|fais|faire)|quoi en faire|',
  '(me|se|nous) en debarrasser|que fait on (quand|si|en cas)|on fait quoi (quand|si|en cas)|',
  // not "où l'emmener / le porter": that is a body to take to hospital
  '(je|on) (le|la|les) (ramene|rapporte|depose|rends|rend|donne) (ou|a qui)|',
  'ou (le|la|les) (ramener|rapporter|deposer|rendre|jeter)|',
  '(je )?(conteste|contester|contestation)( [a-z]+){0,3} (amende|contravention|pv|avis)|',
  '(amende|contravention|pv)( [a-z]+){0,12} (je conteste|contester|contestation)|',
  // the insurer's paperwork after it: "l'assurance demande quoi"
  '(le|la|mon|ma|notre|leur) (assurance|assureur) (demande|demandent|exige|veut|rembourse|',
  'couvre|prend en charge|refuse)|assureur|indemnisation|declaration de sinistre)\\b',
);

/**
 * A word of a supposed situation: never one that says someone is here now, nor that he will
 * kill me ("si il me voit il me tue, il est en bas, je fais quoi" is no question).
 */
const SUPPOSED = '( (?!((il|elle|ils|elles|on) (est|sont) (la|dans|en|devant|derriere|chez|a|' +
  'encore|toujours|juste|ici)|(me|nous) (tue|tuent|tuera|tueront|bute|butent|massacre)|' +
  'maintenant|actuellement|vite|secours|moment|aidez)\\b)[a-z0-9]+)';

/** "si", and "s'il" which the normaliser writes "se il". */
export const IF = '(si|se(?= ils?\\b))';

/** Hypothetical clauses removed before matching: "que faire en cas d'incendie" (whole first). */
export const HYPOTHETICAL: readonly RegExp[] = [OTHERS_TALK_ASKED,
  rx('g',
    '\\b(que|quoi|comment) (faire|reagir|agir|dois je faire|faut il faire) (en cas de|en cas|si|',
    // unless it says now: "que faire quand il me frappe en ce moment" is no question
    'quand|apres|contre|face a|devant)(?!( [a-z0-9]+){0,8} (maintenant|moment|actuellement|',
    // a case asked about ends with it: "...si je vois quelqu'un faire un malaise" leaves no
    // "malaise" behind when the message ends within three words more
    'vite|secours|aidez))( [a-z0-9]+){0,6}(?:( [a-z0-9]+){1,3}$)?',
  ),
  /\ben cas de( [a-z0-9]+){0,3}/g,
  /\bsi jamais( [a-z0-9]+){0,6}/g,
  // "si je vois un accident avec des blessés, je dois appeler qui ?": asking who to call
  rx('g',
    `\\b${IF}${SUPPOSED}{1,10}? ((je dois|dois je|on doit|doit on|faut il|il faut|faut|je fais|`,
    'on fait|je peux|peut on|on|je)( [a-z]+){0,2} (qui|quoi|quel numero|le quel|lequel|comment)|',
    '(ce est|c est) (le )?(17|18|15|112|114|196|3114)( ou (le )?(17|18|15|112|114))?|',
    // who is liable: "si un camion renverse un piéton, qui paie ?"
    'qui (paie|paye|rembourse|est responsable|est en tort|doit payer))\\b',
  ),
  rx('g',
    `\\b${IF}${SUPPOSED}{1,10}? (qui|quel numero) (faut il|dois je|doit on|on doit|je dois|`,
    'il faut)( appeler| contacter| prevenir| composer)?\\b',
  ),
  rx('g',
    '\\b(qui|quel numero|que) (dois je|doit on|faut il|je dois|on doit|il faut)( [a-z]+){0,2} ',
    `(${IF}|quand|lorsque) (je|on|tu|vous|nous|un jour|quelqu un|il|ils)\\b${SUPPOSED}{0,10}`,
  ),
  WHAT_IF_ASKED,
  SIGNS_ASKED,
  FINE_NOW,
];

/** Words that may sit between "au secours" and the exam it is about. */
const HARMLESS = '(je|mon|ma|mes|le|la|les|un|une|de|du|des|a|au|aux|ai|comprends|comprend|' +
  'rien|suis|trop|dur|dure|difficile|complique|compliquee|plante|bug|beug|bugue|marche|pas|' +
  'y|arrive|avec|encore|ce|cet|cette|ces|en|sur|pour|est|sont|nul|nulle|perdu|perdue|bloque|' +
  'bloquee|demain|lundi|toujours|trop|tellement|completement|vraiment)';

/** Idioms the phrase rules did not know, removed like theirs: "il se noie dans ses devoirs". */
export const MORE_IDIOMS: readonly RegExp[] = [
  rx('g', '\\b(se noie|me noie|se noient|noye|noyee|noyes|noyer) (dans|sous) (la|les|le|ses|mes|',
    'des|un|une|son|sa|mon|ma) (paperasse|travail|papiers|boulot|devoirs|dettes|problemes|',
    'demarches|dossiers|factures|mails|chagrin|alcool)\\b',
  ),
  /\b(tape|tapent|tapes|tapez) (sur|a) (les|le|mes|ses) (nerfs|systeme|ciboulot)\b/g,
  // dismay at an exam or paperwork: "au secours mon code de la route c'est demain"; only
  // harmless words between, so that no danger word is ever removed with it
  rx('g',
    `\\b(au secours|a le aide|help|sos)( ${HARMLESS}){0,5} (code de la route|examens?|exams?|`,
    'bac|partiels?|controles?|interros?|oral|brevet|devoirs?|dissertation|expose|memoire|these|',
    'impots|declaration|permis|entretien|soutenance|concours|rentree|revisions|dossier|caf|',
    'pole emploi|france travail|secu|ants|prefecture|carte grise|passeport|banque|box|wifi|',
    'internet|ordi|ordinateur|facture|loyer|proprio|demenagement|belle mere|lundi|boulot|',
    'soldes|regime|vacances|noel|reveillon|maths?|francais|anglais|philo|dm|cours|formulaires?|',
    'paperasse|papiers|site|appli|application|imprimante|telephone|portable)\\b',
  ),
  // the same told the other way round: "mon ordi a planté au secours"
  rx('g',
    '\\b(impots|formulaires?|paperasse|dossier|ordi|ordinateur|pc|imprimante|wifi|box|appli|',
    `site|devoirs?|maths?|examens?|exams?|bac|code de la route)( ${HARMLESS}){0,5} `,
    '(au secours|a le aide|help|sos)\\b',
  ),
  // "un froid à mourir", "le feu aux joues", "respirer de rire": no one dies, nothing burns
  rx('g', '\\b(froid|chaleur|ennui|faim|soif|beau|belle|triste|bete|chiant|chiante|ennuyeux|',
    'ennuyeuse|long|longue) a (mourir|crever|en mourir|en crever)\\b|',
    '\\b(le )?feu (aux|a les) (joues|oreilles|fesses)\\b|\\b(respirer|respire) de rire\\b',
  ),
  // nobody hurt is no injury: "accident matériel, personne blessé" ("matériel": no injury)
  // (not "une personne blessée", nor a telegraphic "accident personne blessée")
  rx('g', '\\bpersonne (ne est|ne a ete|ne a) (blesse|blessee|blesses|touche|touchee)\\b|',
    '(?<=\\b(hier|y a eu|il y a eu|materiels?)\\b.*)(?<!\\b(une|la|cette|autre|des|de|chaque) )',
    '\\bpersonne (de )?(blesse|blessee|blesses)\\b',
  ),
  // an attempt long over, told to find support: "l'an dernier j'ai voulu me suicider"
  rx('g',
    '\\b(le an dernier|le annee derniere|il y a [a-z0-9]+ (ans|annees)|plus jeune|autrefois|',
    'a le epoque)( [a-z]+){0,3} (je ai|jai) (voulu|essaye|tente)( de)? (me suicider|en finir|',
    'mourir|me tuer)\\b(?!.*\\b(encore|de nouveau|recommence|reviens|revient|envie|ce soir|',
    'maintenant|la je|aujourd hui je veux))',
  ),
  // homework or jokes that "will kill me": "ce prof va me tuer avec ses devoirs"
  rx('g',
    '\\b(va|vont|veut) (me|nous) (tuer|achever|buter) avec (ses|son|sa|leurs|leur|les|ces|ce|',
    'cette) (devoirs|exercices|exos|controles|interros|dm|questions|blagues|histoires|remarques|',
    'reunions|mails|lecons|cours|regles|exigences)\\b',
  ),
  // consequence, not threat: "mon patron va me tuer si j'arrive encore en retard"; a bare
  // "il va me tuer si je rentre tard" may be him, and stays a threat
  rx('g',
    '(?<!\\b(il|ils|elle|elles|on) )\\b(va|vont|allait|allaient) me (tuer|buter|massacrer|',
    'etrangler|trucider|faire la peau|defoncer|tuer sur place) (si|quand|le jour ou|je ai|jai|',
    'parce que|car)( [a-z0-9]+){0,6} ',
    '(retard|notes?|bulletin|rate|loupe|oublie|oublier|perdu|perds|casse|raye|abime|facture|',
    'depense|depenses|achats?|note|moyenne|controle|exam|examen|bac|permis|chambre|',
    'vaisselle|menage|courses|anniversaire|heure)\\b',
  ),
  // slang praise: "il a tué le game ce rappeur"
  rx('g',
    '\\b(tue|tuer|tuent|tuee|tues) (le game|la scene|le match|le concert|la soiree|le show|',
    'la prod|le son|le beat|la piste|le taf|le game)\\b',
  ),
  // a thing that "kills" me: "cette chaleur va me tuer", "ce boulot me tue"; not a person
  rx('g',
    '\\b((cette|ce|cet|ces|le|la|les|mon|ma|mes) (chaleur|canicule|froid|boulot|travail|taf|',
    'stress|semaine|journee|bruit|musique|regime|sport|film|serie|livre|chanson|escaliers?|',
    'cours|exam|examen|bac|devoirs|trajet|transports|attente|fatigue|rhume|grippe|migraine|',
    'humidite|reunion|dossier|projet|rentree|demenagement|travaux|chantier|administration|',
    'paperasse|blague|rire|prix|facture|dent|dos|genou|clim|embouteillages?|bouchons?)|ca) ',
    '((va|vont) me (tuer|achever)|me (tue|tuent|achevent|achevera))\\b',
  ),
  // a crowd set alight, a record broken: "le DJ a mis le feu au dancefloor"
  rx('g',
    '\\b(mis|met|mettent|mettre|mettait) le feu (a la|au|a le) (salle|public|dancefloor|piste|',
    'scene|soiree|concert|festival)\\b(?! (des|de|du|aux|a le|a la|de le|de la)\\b)|',
    '\\b(explose|exploser|explosent) (de rire|',
    'de joie|de colere)\\b|\\ba petit feu\\b|\\b(explose|exploser|explosent) ',
    '(mon|son|le|les|ses|mes|tous les) (record|records|compteurs|score|chrono|objectifs?)\\b',
  ),
  // the same from family, school or work, for what I do or what they will find out, unless
  // it is about telling or leaving ("il va me tuer si je parle" is a threat; "quand il
  // rentre" is a fear of him); partners keep the list above
  rx('g',
    '\\b(pere|mere|parents|daron|daronne|prof|professeur|professeure|maitresse|maitre|coach|',
    'entraineur|chef|patron|patronne|boss|manager|responsable|directeur|directrice|soeur|',
    'frere|coloc|colocataire|pote|potes|amie?s?|grand mere|grand pere|mamie|papi|tante|oncle|',
    'proprio|proprietaire|collegues?|famille)( de [a-z]+)? (va|vont) me (tuer|buter|massacrer|',
    'etrangler|trucider|faire la peau|defoncer|manger) (si|quand|le jour ou|lorsque) (je\\b',
    '(?!( [a-z]+){0,4} (parle|dis|raconte|appelle|previens|police|gendarmes?|gendarmerie|flics|',
    'plainte|pars|quitte|sors|bouge|crie|paie pas|paye pas|donne pas|rembourse pas|touche|',
    'denonce|balance|rentre pas|reviens pas|obeis pas|ouvre pas)\\b)|(il|elle|ils|elles) (voit|',
    'verra|voient|verront|sait|saura|sauront|apprend|apprendra|apprennent|decouvre|decouvrira|',
    'decouvrent|trouve|trouvera|lit|lira|recoit|recevra)\\b)( [a-z0-9]+){0,8}',
  ),
  // a drill is no fire: "exercice d'évacuation incendie demain"
  rx('g',
    '\\b(exercices?|simulations?|consignes?|plans?|formations?) (de |le |la |de le )?',
    '(evacuation|incendie|securite|confinement|alerte)( incendie| attentat| intrusion)?\\b',
  ),
];

/** Fiction, games, media: "un jeu vidéo avec des armes", "un incendie à la télé". */
export const NET_FICTION = rx('',
  '\\b(film|films|serie|series|livre|roman|jeu video|jeux video|documentaire|cauchemar|reve|',
  'fiction|netflix|episode|manga|bd|theatre|chanson|cauchemars|reves|livres(?! a )|romans|mangas|',
  'chansons|episodes|documentaires|reportage|journal|actualites|fortnite|gta|airsoft|paintball|',
  'nerf|jouet|jouets|deguisement|halloween|jeu de role|jeux de role|roleplay|role play|',
  // the set is media ("vu à la télé"), not a thing a burglar carries out ("sortir leur télé")
  'pour de faux|pour de rire|(a|sur|devant) la (tele|television|tv)|(regard[a-z]*|vu|vue|vus|',
  'passe|passait|emission|programme|chaine|info) (la |a la )?(tele|television|tv))\\b',
);

/** A drill plays the danger ("les pompiers font un exercice incendie")... */
export const NET_DRILL = rx('',
  '\\b(exercices? (de )?(evacuation|incendie|confinement|alerte|securite|attentat|intrusion)|',
  'simulations? (de |d )?(incendie|evacuation|attentat|accident|intrusion))\\b',
);

/** ...unless someone is really hurt during it, or it is no drill. */
export const REAL_DURING_DRILL = rx('',
  '\\b(malaise|blesse|blessee|blesses|inconscient|inconsciente|saigne|respire|convulse|crise|',
  'tombe|tombee|coince|coincee|vraiment|pour de vrai|vrai feu|reel|reellement|pas un exercice)\\b',
);

/** Words before a danger word that negate it: "pas de feu", "sans arme", "aucun blessé". */
const BEFORE_NEGATORS = new Set(['sans', 'aucun', 'aucune', 'jamais', 'ni', 'non']);
const PAS_FOLLOWERS = new Set(['de', 'un', 'une', 'le', 'la', 'des', 'du', 'en']);
/** "il se noie pas": a negation right after the danger words, when they hold none. */
const AFTER_NEGATORS = new Set(['pas', 'jamais']);
// a normalised text's words are its \b-separated runs: read as words, no regex on a slice
const OWN_NEGATION = new Set(['ne', 'pas', 'plus']);

/** "y a pas le feu", "il n'est pas armé", "sans arme": the three words before `index`. */
export function negatedAt(text: string, index: number, end = index): boolean {
  const after = text.slice(end).trimStart().split(' ', 1)[0];
  if (end > index && AFTER_NEGATORS.has(after) &&
    !text.slice(index, end).split(' ').some((word) => OWN_NEGATION.has(word))) {
    return true;
  }

  const before = text.slice(0, index).trim().split(' ').filter(Boolean).slice(-3);
  const word = text.slice(index, index + 8);
  if (negatorIn(before, BEFORE_NEGATORS) || nobodyBefore(text.slice(0, index), word)) {
    return true;
  }

  const pas = before.lastIndexOf('pas');
  return pas >= 0 && (pas === before.length - 1 || PAS_FOLLOWERS.has(before[pas + 1]));
}
