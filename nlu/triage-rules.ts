/**
 * Emergency triage data: phrase patterns over NORMALISED text (see normalize.ts: no
 * accents, elisions expanded, so "à l'aide" is "a le aide" and "il m'a" is "il me a").
 * Every list here has a table-driven test in test/nlu/triage.test.ts.
 */

export type Situation =
  | 'hiding'
  | 'suicide'
  | 'child_violence'
  | 'weapon'
  | 'domestic_violence'
  | 'violence'
  | 'intrusion'
  | 'fire'
  | 'gas'
  | 'road_injury'
  | 'trapped'
  | 'medical'
  | 'sea'
  | 'drowning'
  | 'missing_child'
  | 'generic';

/** Numbers per situation, most fitting first; all from topics.json emergency.services. */
export const SITUATION_NUMBERS: Readonly<Record<Situation, readonly string[]>> = {
  hiding: ['114', '17', '112'],
  suicide: ['3114', '15', '112'],
  child_violence: ['17', '112', '119'],
  weapon: ['17', '112'],
  domestic_violence: ['17', '114', '112'],
  violence: ['17', '112'],
  intrusion: ['17', '112'],
  fire: ['18', '112'],
  gas: ['18', '112'],
  road_injury: ['18', '15', '112'],
  trapped: ['18', '112'],
  medical: ['15', '112'],
  sea: ['196', '112'],
  drowning: ['18', '15', '112'],
  missing_child: ['17', '112'],
  generic: ['17', '112'],
};

/** When several situations match, the first of this list leads the answer. */
export const SITUATION_PRIORITY: readonly Situation[] = [
  'hiding', 'suicide', 'child_violence', 'weapon', 'domestic_violence', 'violence',
  'intrusion', 'fire', 'gas', 'road_injury', 'trapped', 'medical', 'sea', 'drowning',
  'missing_child', 'generic',
];

export interface TriageRule {
  id: string;
  situation: Situation;
  patterns: readonly RegExp[];
  /** Only counts with a sign that it happens now ("en ce moment", "vite", "devant moi"). */
  needsNow?: boolean;
  /** A past-time marker without a "now" marker cancels it ("l'an dernier", "plainte"). */
  pastCancels?: boolean;
  /** Fiction context cancels it ("un film avec un meurtre"). */
  fictionCancels?: boolean;
  /** Cancelled when one of these is in the message (threat received by SMS: harassment). */
  unless?: RegExp;
  /** Two keywords far apart: a negation before the second one cancels too ("sans blessé"). */
  cooccurrence?: boolean;
}

const W = '[a-z0-9]+';
const SUBJECT_NOT_ME = '(?<!\\bje )';
const MESSAGING = /\b(message|messages|sms|texto|textos|mail|mails|email|reseaux|facebook|instagram|snap|snapchat|tiktok|whatsapp|commentaire|commentaires)\b/;

const HURT = 'frappe|frappent|bat|battent|tape|tapent|cogne|cognent|etrangle|etranglent|' +
  'agresse|agressent|attaque|attaquent|tabasse|tabassent|brutalise|viole|violent|secoue|' +
  'poignarde|egorge|bouscule';
const HURT_INF = 'frapper|taper|battre|cogner|etrangler|agresser|attaquer|tabasser|violer|' +
  'tuer|poignarder|egorger|brutaliser|racketter|defoncer';
const WEAPON = 'couteau|couteaux|arme|armes|pistolet|pistolets|revolver|fusil|fusils|hache|' +
  'machette|batte|flingue|sabre|cutter|barre de fer|carabine|kalachnikov|kalach|poignard';
const CHILD = 'enfant|enfants|bebe|bebes|gamin|gamine|gamins|gosse|gosses|petit|petite|' +
  'fils|fille|ado|mineur|mineure|nourrisson|eleve|neveu|niece';
const PARTNER = 'mari|femme|conjoint|conjointe|copain|copine|compagnon|compagne|ex|' +
  'concubin|petit ami|petite amie|pere|mere|beau pere|frere';

export const TRIAGE_RULES: readonly TriageRule[] = [
  {
    id: 'cannot-speak',
    situation: 'hiding',
    patterns: [
      /\b(peux|peut|pouvons|pouvez) (pas|plus) (parler|telephoner|appeler)\b(?! (a|avec|de|francais|au|aux|en)\b)/,
      /\b(je|on|nous) (me|se|nous) cach(e|ons)\b/,
      /\b(suis|sommes|reste) (cache|cachee|caches|cachees|planque|planquee)\b/,
      /\b(il|elle|ils) (est|sont) (juste )?(a cote|dans la piece|derriere la porte|dans le couloir)\b/,
      /\b(il|elle|ils) (peut|peuvent) (me |nous )?entendre\b/,
      /\b(me|nous) (a|ont)? ?(enferme|enfermee|enfermees|enfermes|sequestre|sequestree)\b/,
      /\b(suis|sommes) (enferme|enfermee|enfermes|enfermees|sequestre|sequestree)\b(?! (dehors|a le exterieur))/,
    ],
  },
  {
    id: 'suicide',
    situation: 'suicide',
    patterns: [
      /\b(veux|voudrais|veut|voulais|aimerais|envie de|prefere|pense a) (mourir|crever|en finir)\b/,
      /\b(vais|va) en finir\b/,
      /\bje (vais|veux|voudrais) me (tuer|flinguer|pendre|faire du mal|jeter)\b/,
      /\b(veux|peux|voulons|veut|ai|a) (plus|pas) (vivre|envie de vivre)\b/,
      /\b(plus|pas) (la force|envie|le courage) de vivre\b/,
      /\b(me|se|te) (suicider|suicide|pendre|foutre en le air)\b/,
      /\b(suicide|suicidaire|suicidaires|suicider)\b/,
      /\bmettre fin a (mes|ses|ma) (jours|vie)\b/,
      /\ben finir avec (la vie|tout|ma vie)\b/,
      /\b(sauter|me jeter|se jeter) (du|de le|par la|sous|de la|d un|de un) ?(pont|fenetre|balcon|toit|train|immeuble)\b/,
      /\b(vais|veux) avaler (tous|toutes|une boite|des|mes)\b/,
      /\bla vie (ne vaut|ne a plus de sens|a plus de sens)\b/,
    ],
  },
  {
    id: 'weapon',
    situation: 'weapon',
    cooccurrence: true,
    fictionCancels: true,
    pastCancels: true,
    patterns: [
      new RegExp(`\\b(${WEAPON})\\b.*?\\b(menace|menacent|pointe|braque|brandit|agite|tire|tirent|vise|poursuit|court|crie|frappe|attaque|bagarre|tout le monde|devant|dans la rue|blesse)\\b`),
      new RegExp(`\\b(menace|menacent|braque|pointe|attaque|agresse|poursuit|bagarre|rixe)\\b.*?\\b(${WEAPON})\\b`),
      /\b(est|sont) armes?\b/,
      /\b(homme|hommes|mec|mecs|type|types|gars|individu|individus|jeunes|gens|personne|quelqu un) armes?\b/,
      /\b(coups de feu|des tirs|detonations|fusillade|tire sur|tirent sur|prise de otage|otages?|braquage|se fait braquer)\b/,
      /\b(poignarde|poignarder|egorge|egorger)\b/,
    ],
  },
  {
    id: 'threat-to-life',
    situation: 'violence',
    unless: MESSAGING,
    patterns: [
      new RegExp(`${SUBJECT_NOT_ME}\\b(va|veut|vont|veulent|essaie de|essaye de|menace de|vient pour) (me|nous|la|le|les|te) (${HURT_INF})\\b`),
      /\bme menace de mort\b/,
    ],
  },
  {
    id: 'domestic-violence-now',
    situation: 'domestic_violence',
    needsNow: true,
    patterns: [new RegExp(`\\b(${PARTNER}) (${W} ){0,3}(me|nous) (${HURT}|menace)\\b`)],
  },
  {
    id: 'violence-now',
    situation: 'violence',
    needsNow: true,
    patterns: [
      new RegExp(`\\b(me|nous|le|la|les) (${HURT}|menace|menacent|poursuit|suit|suivent)\\b`),
      new RegExp(`\\b(${HURT}) (ma|mon|sa|son|une|un|des|mes|leur|notre|une) ${W}`),
      new RegExp(`\\bse (fait|font|faire) (${HURT_INF}|frapper|battre)\\b`),
      /\b(se battent|se bagarrent|se tapent|bagarre|bagarres|rixe|lynchage)\b/,
    ],
  },
  {
    id: 'intrusion',
    situation: 'intrusion',
    pastCancels: true,
    fictionCancels: true,
    patterns: [
      /\b(quelqu un|quelque un|des gens|un homme|des hommes|une personne|des personnes|un inconnu|des inconnus|un individu|des individus|cambrioleurs?|voleurs?|intrus)\b(?! (est|sont) (venu|venus|passe|passes|entre|entres|rentre|rentres)\b).{0,20}\b(chez moi|chez nous|dans (ma|la|mon|notre) (maison|appartement|appart|jardin|cour|garage|cave|chambre|grenier|salon|cuisine|grange))\b/,
      /(?<!\bje )\b(essaie|essaye|essayent|essaient|tente|tentent) de (entrer|rentrer|forcer|ouvrir|casser|fracturer)\b/,
      /(?<!\b(a|ont) )\b(force|forcent|fracture|fracturent|casse|cassent) (ma|la|notre|une) (porte|fenetre|serrure|baie vitree|vitre)\b/,
      /\ben train de (me |nous )?(cambrioler|voler|fracturer|forcer|casser|entrer|rentrer)\b/,
      /\b(je|on) (entends|entend) (du bruit|des bruits|quelqu un|des pas|des voix)\b.{0,30}\b(chez moi|maison|en bas|rez de chaussee|salon|porte|grenier|cave|garage)\b/,
      /\b(cambrioleurs?|voleurs?) (est|sont) (la|encore la|toujours la|dans|chez)\b/,
      /\b(agression|vol|cambriolage|braquage|effraction|intrusion) en cours\b/,
    ],
  },
  {
    id: 'fire',
    situation: 'fire',
    pastCancels: true,
    fictionCancels: true,
    patterns: [
      /\b(incendie|incendies|au feu)\b/,
      /\b(est|sont|en) en feu\b/,
      /\b(prend|prennent|a pris|ont pris) feu\b/,
      /\b(maison|appartement|appart|immeuble|voiture|foret|cuisine|grange|batiment|garage|ferme|camion|poubelles?|ecole|hangar|toit)\b (qui )?(brule|brulent|flambe)\b/,
      /\b(feu|flammes) (dans|de|a) (la |ma |mon |le |une |un |notre |les )?(maison|cuisine|foret|appartement|immeuble|garage|voiture|jardin|broussailles?|champ|poubelles?|cage de escalier|grenier|cave|batiment)\b/,
      /\b(des flammes|de la fumee|fumee noire|fumee epaisse|plein de fumee)\b/,
      /\bca brule\b/,
    ],
  },
  {
    id: 'gas',
    situation: 'gas',
    pastCancels: true,
    patterns: [/\b(fuite de gaz|odeur de gaz|sent le gaz|sens le gaz|explosion|ca va exploser|monoxyde)\b/],
  },
  {
    id: 'road-injury',
    situation: 'road_injury',
    cooccurrence: true,
    pastCancels: true,
    fictionCancels: true,
    patterns: [
      /\b(accident|carambolage|collision|accidente|percute|percutee)\b.*?\b(blesse|blesses|blessee|blessees|blessure|blessures|grave|graves|inconscient|inconsciente|coince|coincee|coinces|incarcere|sang|saigne|morts?|victimes?|ne bouge|renverse|renversee)\b/,
      /\b(blesse|blesses|blessee|blessees|morts?|victimes?)\b.*?\b(accident|carambolage|collision)\b/,
      /\b(renverse|renversee|fauche|fauchee) par (une|un|la|le) (voiture|camion|moto|scooter|bus|vehicule|train|tracteur)\b/,
      /\bse (est|sont) fait (renverser|faucher|percuter)\b/,
    ],
  },
  {
    id: 'trapped',
    situation: 'trapped',
    patterns: [
      /\b(est|suis|sont|sommes|reste|restee) (coince|coincee|coinces|coincees) (dans|sous|a le interieur|entre)\b/,
      /\b(incarcere|incarceree|pris au piege|prise au piege|sous les decombres|enseveli|ensevelie)\b/,
      /\b(bloque|bloquee|bloques|enferme|enfermee|enfermes) dans (le|la|un|une|sa|son|ma|mon) (ascenseur|voiture|puits|cave|eau|incendie|grotte)\b/,
    ],
  },
  {
    id: 'medical',
    situation: 'medical',
    patterns: [
      /\b(ne )?respire (plus|pas|mal|difficilement|presque plus)\b/,
      /\b(arrive|peut|peux|arrivons) (pas|plus) a respirer\b/,
      /\b(etouffe|etouffer|se etouffe|asphyxie)\b/,
      /\b(inconscient|inconsciente|inconscients|evanoui|evanouie|evanouis|perdu connaissance|perd connaissance|sans connaissance)\b/,
      /\b(crise cardiaque|arret cardiaque|infarctus|avc|crise de epilepsie|convulse|convulsions|convulsion|fait un malaise|un malaise|choc anaphylactique|overdose|surdose)\b/,
      /\b(saigne|saignent|saigner) (beaucoup|abondamment|enormement|fort|de partout|de la tete|sans arret|trop)\b/,
      /\b(hemorragie|perd beaucoup de sang|perd du sang|pisse le sang|baigne dans son sang|plein de sang)\b/,
      /\b(a|ont|avoir) avale (des |de le |une |du |toute |tous |ses |mes |plein de |une boite de )?(medicaments|cachets|pilules|produit|javel|detergent|poison|champignons|pile|piles)\b/,
      /\b(peut|peux|arrive) (pas|plus) (a )?se relever\b/,
      /\b(en train de accoucher|accouche|perdu les eaux|perd les eaux)\b/,
      /\b(douleur|mal) (a la|dans la|dans le) (poitrine|coeur)\b/,
      /\ben train de mourir\b/,
      /\b(gravement blesse|gravement blessee|blesse grave|blessure grave|grievement blesse)\b/,
    ],
  },
  {
    id: 'unresponsive',
    situation: 'medical',
    unless: /\b(site|application|appli|ecran|ordinateur|ordi|telephone|portable|voiture|page|dossier|compte|moteur|serveur)\b/,
    patterns: [/\b(se reveille|reagit|bouge) (pas|plus)\b/],
  },
  {
    id: 'sea',
    situation: 'sea',
    patterns: [
      /\bemporte(e|s|es)? par (le courant|les vagues|la mer|une vague|la maree)\b/,
      /\b(naufrage|homme a la mer|tombe a la mer|tombee a la mer|a la derive|derive au large|chavire|chavirer)\b/,
      /\b(bateau|voilier|kayak|canoe|zodiac|paddle|jet ski|chalutier)\b.*?\b(coule|coulent|panne|difficulte|derive|retourne)\b/,
      /\b(se noie|se noient|noyade|en train de se noyer|emporte par (le courant|les vagues|la mer))\b.*\b(mer|plage|large|vagues?|ocean|bateau|port|crique|baie)\b/,
      /\b(mer|plage|large|vagues?|ocean|bateau)\b.*\b(se noie|se noient|noyade|en train de se noyer|emporte par)\b/,
    ],
  },
  {
    id: 'drowning',
    situation: 'drowning',
    patterns: [/\b(se noie|se noient|noyade|en train de se noyer|tombe dans (la|le) (piscine|riviere|lac|canal|etang))\b/],
  },
  {
    id: 'missing-child',
    situation: 'missing_child',
    patterns: [
      new RegExp(`\\b(enleve|enlevee|kidnappe|kidnappee)\\b.{0,12}\\b(${CHILD}|femme|soeur)\\b`),
      new RegExp(`\\b(${CHILD}|femme|soeur)\\b.{0,20}\\b(enleve|enlevee|kidnappe|kidnappee)\\b`),
      /\b(enlevement|kidnapping|rapt)\b/,
      /\b(bebe|petit|petite|enfant|fils|fille)( de ([1-9]|1[0-2]|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans)? (a disparu|introuvable|est perdu|est perdue|a ete enleve|a ete enlevee)\b/,
      /\b(retrouve|trouve) (plus|pas) (mon|ma|notre) (bebe|petit|petite|enfant|fils|fille)\b/,
    ],
  },
  {
    id: 'call-for-help',
    situation: 'generic',
    patterns: [
      /\b(au secours|a le aide|sos|help|venez vite|vite venez|urgence vitale|je suis en danger|sommes en danger|en danger de mort|on va mourir|je vais mourir|il va mourir|elle va mourir)\b/,
      /\b(aidez|aide|aider|aidez) (moi|nous)\b(?! (a|pour|de|dans|avec)\b)/,
      /\b(appelez|envoyez) (les|la|le|des|une) (secours|police|gendarmes|gendarmerie|pompiers|ambulance|samu)\b(?! (pour|de|afin))/,
    ],
  },
];

/** Signs that the danger is happening now. */
export const NOW_MARKERS =
  /\b(en ce moment|maintenant|actuellement|tout de suite|en train de|encore la|toujours la|(il|elle|ils|elles|quelqu un) (est|sont) (encore |toujours |juste )?la\b(?! (premiere|deuxieme|troisieme|seule|mere|fille|femme|soeur|cause))|vite|au secours|aidez moi|a le aide|sous mes yeux|devant moi|devant chez moi|dans la rue|a cote de moi|ici|ce soir|en direct|la devant|juste la)\b/;

/** Signs that it is over (then it is a complaint or an information question). */
export const PAST_MARKERS =
  /\b(hier|avant hier|le an dernier|le annee derniere|le mois dernier|la semaine derniere|le ete dernier|le hiver dernier|il y a (\d+|quelques|plusieurs|deux|trois|quatre|cinq|six|dix) (jours|semaines|mois|ans|annees)|quand je etais|a le epoque|autrefois|depuis des (mois|annees)|plainte|pre plainte|y a eu|a eu lieu|ce etait|etait|avait|suite a|apres le)\b/;

export const FICTION_MARKERS =
  /\b(film|films|serie|series|livre|roman|jeu video|jeux video|documentaire|cauchemar|reve|fiction|netflix|episode|manga|bd|theatre|chanson)\b/;

/** Idioms removed before matching: they use danger words without danger. */
export const FIGURATIVE: readonly RegExp[] = [
  /\b(mort|morte|morts|mourir|meurs|meurt|mourrais|crever|creve|crevee) de (rire|faim|soif|froid|chaud|fatigue|ennui|honte|envie|peur|trouille|sommeil)\b/g,
  /\b(batterie|telephone|portable|pc|ordi|ordinateur|voiture|moteur|imprimante|tele) (est |etait )?(morte?|a plat|hs)\b/g,
  /\b(feu rouge|feux rouges|feu vert|feu orange|feux de signalisation|feu de artifice|feux de artifice|armes? a feu|coin du feu|feu de camp|feu de cheminee|permis de feu|feux de croisement|porte coupe feu)\b/g,
  /\b(detecteur de fumee|detecteurs de fumee|exercice incendie|alarme incendie|assurance incendie|prevention incendie|risque incendie|risques incendie|extincteur)\b/g,
  /\b(sos medecins?|sos amitie|sos racisme|sos homophobie|bombe lacrymogene|bombes lacrymogenes|bombe de peinture|bombe anti agression)\b/g,
  /\b(ce me tue|ca me tue|tu me tues|tue le temps|tuer le temps|tuer une mouche)\b/g,
  /\b(frappe|frappent|tape|tapent|toque|toquent) (a|sur) (la|ma|notre|le) (porte|fenetre|vitre|mur)\b/g,
  /\b(apologie|contenus?|video|videos|image|images|publication|post) (de |du |de le |qui appelle a le |qui appellent a le |des )?(attentat|terrorisme|meurtre|violence|haine)\b/g,
  /\b(abonne|abonnement|fibre|internet|reseau|compte|dossier|colis) (est )?(bloque|coince|coincee)\b/g,
];
