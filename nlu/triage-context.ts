import { rx } from './triage-words';

/** Context of a message: is it now, over, fiction, or an idiom? */
/** Signs that the danger is happening now. */
export const NOW_MARKERS =
  rx('',
    '\\b(en ce moment|maintenant|actuellement|tout de suite|en train de|encore la|toujours la|(il|',
    'elle|ils|elles|quelqu un) (est|sont) (encore |toujours |juste )?la\\b(?! (premiere|deuxieme|',
    'troisieme|seule|mere|fille|femme|soeur|cause))|vite|au secours|aidez moi|a le aide|sous mes ',
    'yeux|devant moi|devant chez moi|dans la rue|a cote de moi|ici|ce soir|en direct|la devant|',
    'juste la|je entends|on entend|des cris|',
    // "il y a 3 jours il m'a menacée et là il essaie d'entrer": "là" + a subject is now
    'la (il|elle|ils|elles) (essaie|essaye|tente|revient|reviennent|frappe|frappent|tape|',
    'tapent|defonce|force|forcent|arrive|arrivent|me|nous)|',
    // "il y a deux ans un infarctus, et là il a mal à la poitrine": the body now
    'la (il|elle) (a mal|a du mal|refait|recommence|respire|transpire|se plaint|est tout |',
    'est toute |a la bouche|a le visage|parle mal|arrive plus|peut plus (parler|bouger|respirer))|',
    // "sorti de l'hôpital hier et là j'ai une douleur énorme": a state told now, any subject
    '(et|mais|sauf que) la (je ai|il a|elle a|on a) (mal|une|des|du|de le|de la|tres|trop|',
    'vraiment|encore|super)|(et|mais|sauf que) la (ca|il|elle|je) (me |lui |nous )?(recommence|',
    'reprend|serre|brule|saigne|tremble|vomit|tousse|transpire|respire|sens|sent|se plaint))',
    '\\b',
  );

/** Strong signs of now, that win over habit ("souvent ... mais là maintenant"). */
export const STRONG_NOW_MARKERS =
  /\b(en ce moment|maintenant|actuellement|tout de suite|en train de|au secours|vite)\b/;

/** Signs of a habit: "quand il boit", "souvent", "tous les soirs" (an FAQ, not a 17). */
export const HABIT_MARKERS = rx('',
  '\\b(souvent|parfois|tout le temps|tous les (jours|soirs|week ends)|les soirs|',
  'regulierement|quand il ',
  'boit|depuis (des|plusieurs|longtemps|quelques))\\b|',
  // a teenager's blows each time he is refused something: "quand on lui dit non"
  '\\b(quand|des que|chaque fois que) (on|je|elle|il|sa mere|son pere|ses parents) (ne )?',
  'lui (dit|dis|disent|refuse|refusent|interdit|interdis|confisque|confisquent|enleve|',
  'donne pas|donnent pas|achete pas|cede pas)\\b|',
  '\\b(quand|des que|chaque fois que) (il|elle) (ne )?(obtient|a) pas ce que (il|elle) veut\\b|',
  // a period or a rhythm: "depuis la rentrée", "plusieurs fois par semaine" is the FAQ's,
  // unless today's blows or marks are told beside it
  '^(?!.*\\b(aujourd hui|ce soir|ce matin|cet apres midi|tout a le heure)\\b).*',
  '\\b(depuis (la rentree|le debut de (le|la) annee|septembre|octobre|novembre)|',
  '(plusieurs|deux|trois|quatre|\\d+) fois par (semaine|mois)|presque tous les jours|',
  'toutes les semaines|chaque semaine|a chaque fois que|des que (il|elle) fait)\\b|',
  // a teen who hits "quand on lui dit non", "dès qu'on lui refuse un truc": each refusal
  '\\b((des|quand|chaque fois) (que )?(je|on|sa mere|son pere|ma femme|mon mari|nous) ',
  '(lui|leur) (dis|dit|disons|refuse|refusons|interdis|interdit|interdisons|confisque|',
  'confisquons|enleve|enlevons|prend|prends|prenons|demande|demandons)|a chaque refus|',
  '(des|quand) (que )?(il|elle) (obtient|a|ne obtient|ne a|peut) pas)\\b|',
  // "le dimanche" without a date is every Sunday; "le dimanche 12" is a date (past markers)
  '\\b(le|chaque|tous les) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\\b(?! \\d)',
);

/** Signs that it is over (then it is a complaint or an information question). */
export const PAST_MARKERS =
  rx('',
    '\\b((?<!depuis )hier|avant hier|le an dernier|le annee derniere|le mois dernier|',
    'la semaine derniere|le ete dernier|le hiver dernier|il y a (\\d+|quelques|plusieurs|',
    'deux|trois|quatre|cinq|six|dix) (jours|semaines|mois|ans|annees)|quand je etais|',
    'a le epoque|autrefois|depuis des (mois|annees)|plainte|pre plainte|y a eu|a eu lieu|',
    'ce etait|etait|avait|suite a|apres le)\\b',
  );

export const FICTION_MARKERS =
  rx('',
    '\\b(film|films|serie|series|livre|roman|jeu video|jeux video|documentaire|cauchemar|reve|',
    'fiction|netflix|episode|manga|bd|theatre|chanson)\\b',
  );

/**
 * A video game being played: "il joue à call of duty il tire sur tout le monde". Weaker than
 * fiction: a strong now wins ("il joue à la play et là maintenant il me frappe"), and a
 * console alone is a thing in the room ("il a cassé la console et il me menace").
 */
export const GAME_MARKERS = rx('',
  // an intruder who came in is no part of the game being played ("ils jouent à la console et
  // un homme armé est entré")
  '^(?!.*\\b(homme|type|mec|individu|inconnu|inconnus|quelqu un|gars)( [a-z]+){0,2} (est|sont|',
  'vient de|viennent de) (entre|entres|rentre|rentres|entrer|rentrer)\\b).*?(?:',
  '\\b(call of duty|fortnite|gta|warzone|valorant|minecraft|counter strike|apex legends|',
  // a race or a fight on screen: "il se fait défoncer à mario kart, il hurle de rage" (t102)
  'mario kart|fifa|smash bros|street fighter|tekken|mortal kombat|rocket league|brawl stars|',
  'clash royale|elden ring|dark souls|boss de fin|',
  'jeu en ligne|jeux en ligne|jeux? de societe|jeux? de plateau|jeux? de cartes|escape game|',
  'murder party|cluedo|loup garou|cache cache|chat perche|',
  'jeux? de (guerre|tir|combat|zombies?))\\b|',
  '\\b(joue|jouent|jouer|joues|jouait|est|sont) (a |a la |au |',
  'aux |sur |sur la |sur sa |sur son |sur le )(un |une |des |son |sa |ses )?',
  '(play|playstation|ps4|ps5|xbox|switch|console|',
  'jeu|jeux|jeu video|jeux video)\\b)',
);

/** Idioms removed before matching: they use danger words without danger. */
export const FIGURATIVE: readonly RegExp[] = [
  // the wish goes with the idiom: "envie de mourir de honte" leaves no "envie de" behind
  rx('g',
    '\\b((envie de|vais|va|failli|pourrais|pourrait|pense que je vais|crois que je vais) )?',
    '(mort|morte|morts|mourir|meurs|meurt|mourrais|crever|creve|crevee) de (rire|faim|soif|',
    'froid|chaud|fatigue|ennui|honte|envie|peur|trouille|sommeil)\\b',
  ),
  rx('g',
    '\\b(batterie|telephone|portable|pc|ordi|ordinateur|voiture|moteur|imprimante|tele) (est |',
    'etait )?(morte?|a plat|hs)\\b',
  ),
  rx('g',
    '\\b(feu rouge|feux rouges|feu vert|feu orange|feux de signalisation|feu de artifice|feux de ',
    'artifice|armes? a feu|coin du feu|feu de camp|feu de cheminee|permis de feu|feux de ',
    'croisement|porte coupe feu|(pete|petes|peter|petent) le feu|',
    'feu (etait |est )?(passe |passait )?',
    '(au )?(rouge|orange|vert)|le feu au (planning|boulot|bureau|service|lac|programme|agenda))\\b',
  ),
  // a traffic light: "à l'arrêt au feu", "griller un feu", "le feu tricolore"
  rx('g',
    // never "le feu va vers la maison"; no "brûler" here: an idiom's words are real words
    // for the corrector, and "bruler" must still be corrected to the fire's "brule"
    '\\b((arret|arrete|arretee|arretes|stoppe|stoppee|attendais|attendait|attente|passe|',
    'passer|passee|tourner|tourne|grille|grillee|griller|grilles) (a le|au) feux?|(grille|',
    'grillee|griller|grilles) (un|des) feux?|feux? (tricolores?|de circulation|pieton|pietons))\\b',
  ),
  rx('g',
    '\\b(detecteurs? de (monoxyde|co)( de carbone)?|detecteur de fumee|detecteurs de fumee|',
    'exercice incendie|alarme incendie|assurance incendie|prevention incendie|risque incendie|',
    'risques incendie|extincteur)\\b',
  ),
  rx('g',
    '\\b(sos medecins?|sos amitie|sos racisme|sos homophobie|bombe lacrymogene|bombes ',
    'lacrymogenes|bombe de peinture|bombe anti agression)\\b',
  ),
  /\b(ce me tue|ca me tue|tu me tues|tue le temps|tuer le temps|tuer une mouche)\b/g,
  rx('g',
    '\\b(frappe|frappent|tape|tapent|toque|toquent) (a|sur) (la|ma|notre|le) (porte|fenetre|vitre|',
    'mur)\\b',
  ),
  rx('g',
    '\\b(apologie|contenus?|video|videos|image|images|publication|post) (de |du |de le |qui ',
    'appelle a le |qui appellent a le |des )?(attentat|terrorisme|meurtre|violence|haine)\\b',
  ),
  rx('g',
    '\\b(abonne|abonnement|fibre|internet|reseau|compte|dossier|colis) (est )?(bloque|coince|',
    'coincee)\\b',
  ),  // stuck in traffic, a queue or a meeting: "coincé dans les bouchons sur l'A6"
  rx('g',
    '\\b(coince|coincee|coinces|coincees|bloque|bloquee|bloques|bloquees) (dans|sur|par|a cause ',
    'de|a|au|aux|en)( les| le| la| un| une| des| mon| ma)? (bouchons?|embouteillages?|',
    'circulation|trafic|ralentissements?|file|files|queue|file de attente|travaux|greve|',
    'greves|manifs?|manifestations?|periph|peripherique|reunions?|bureau|boulot|taf|travail|',
    'administration|paperasse|aeroport|gare|douane|correspondance|salle de attente)\\b',
  ),
];

/**
 * A body hurt while the citizen writes: "il saigne, quel numéro j'appelle" asks while it
 * happens, and the question must not calm it.
 */
export const UNDER_WAY = rx('',
  '\\b(il|elle|je|on|ils|elles|(mon|ma|notre) [a-z]+) (saigne|saignent|est en sang|',
  'pisse le sang|perd du sang|perd beaucoup de sang|est inconscient|est inconsciente|',
  'respire mal|respire plus|bouge plus|ne bouge plus|reagit plus|repond plus|',
  'ne respire plus|ne respire pas|ne reagit plus|ne repond plus|perd connaissance|convulse)\\b|',
  '\\b(vient|viennent) de (se faire|me faire|le|la|me|nous) (poignarder|planter|frapper|',
  'tabasser|agresser|renverser|poignarde|frappe|agresse)\\b|',
  '\\b(vient|viennent) de (faire un malaise|faire une crise|tomber|se effondrer|se ecrouler|',
  'perdre connaissance)\\b',
);
