import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A child beaten in front of the writer, told in slang (blind94: "ya un gamin qui se fait
 * défoncer par son père sur le parking du lidl il hurle" was calm: "se faire défoncer par son
 * père" is also a scolding, an idiom the rules remove first, triage-idioms-scold.ts). A child
 * named, a blow in slang, and a sign that it happens now (the child screams or cries, "je le
 * vois"; or, for a child the writer does not know, where the witness stands: a car park, the
 * street): blows under way on a child, 17 first and the 119 beside. Read before the idioms; a
 * game, a match or a scolding's motive keeps it calm, and a habit is the FAQ.
 */

/** A child, in the words of the street: "un gamin", "un gosse", "un môme", "une petite". */
const KID = '(gamin|gamine|gamins|gosse|gosses|mome|momes|minot|minots|marmot|marmots|petit|' +
  'petite|petits|enfant|enfants|gamin de [0-9]+ ans|fillette|petit garcon|garcon|ado|bebe|' +
  'bambin|pitchoun|fils|fille|neveu|niece)';

/** A blow in slang, said of the one who takes it: "se fait défoncer", "se fait éclater". */
const BEATEN = '(defoncer|demonter|tabasser|eclater|frapper|taper|cogner|massacrer|fracasser|' +
  'deboiter|marave|maraver|tarter|baffer|gifler|rouer de coups|casser la gueule|' +
  'peter la gueule|defoncer la gueule|defoncer la tete|demonter la tete|eclater la tete|' +
  'labourer|secouer|tabasse|defonce|demonte|eclate|frappe|tape|cogne)';

/** The one who hits, in the present: "il cogne son gamin", "le daron défonce son gosse". */
const HITS = '(cogne|tabasse|defonce|demonte|eclate|frappe|massacre|fracasse|deboite|marave|' +
  'tarte|baffe|gifle|secoue|tape sur|cogne sur|frappe sur)';

/** Blows on a child: the child takes them, or the one who hits is named. */
const CHILD_BEATEN = `((se fait|se font|se fait encore|est en train de se faire|` +
  `sont en train de se faire) ${BEATEN}|(se prend|se prennent) (une|des|un) (raclee|raclees|` +
  `baffe|baffes|claque|claques|gifle|gifles|beigne|beignes|torgnole|torgnoles|mandale|` +
  `mandales|tarte|tartes|patate|patates|coups))`;
const BEATER = '(il|elle|ils|le pere|la mere|le daron|la daronne|le beau pere|un mec|un type|' +
  'un gars|un homme|une femme|le mec|le type|le gars)';
const HITS_CHILD = `${BEATER} (${HITS}|(est en train de|arrete pas de) ${BEATEN}) ` +
  `(son|sa|ses|le|la|les|un|une|leur|ce|cette) ${KID}`;

/** Any child: "mon fils se fait taper", "le petit se fait défoncer". */
const ANY_CHILD_BEATEN = rx('',
  `\\b(un|une|le|la|ce|cette|1|des|les|deux|son|sa|leur|mon|ma|mes|notre) ${KID}`,
  `( [a-z0-9]+){0,5} ${CHILD_BEATEN}\\b|\\b${HITS_CHILD}\\b`,
);
/** A child the writer does not know, seen by a witness: "y a un gamin qui se fait défoncer". */
const SEEN_CHILD_BEATEN = rx('',
  `\\b(un|une|1|des|deux) ${KID}( [a-z0-9]+){0,5} ${CHILD_BEATEN}\\b|`,
  `\\b${BEATER} (${HITS}|(est en train de|arrete pas de) ${BEATEN}) (un|une|des|ce|cette|`,
  `son|sa) ${KID}\\b`,
);

/** It happens now: the child screams or cries, the writer sees or hears it. */
const NOW_SIGNS = rx('',
  '\\b((il|elle|ils|le petit|la petite|le gamin|la gamine|le gosse) (hurle|hurlent|crie|crient|',
  'pleure|pleurent|saigne|saignent|hurl|cri)|hurler|crier|pleurer|en ce moment|maintenant|',
  'sous mes yeux|en direct|je (le|la|les) (vois|entends)|je vois)\\b',
);
/** Or a witness names where: a car park, the street, below the window. */
const SEEN_WHERE = rx('',
  '\\b(sur le parking|parking|dans la rue|sur le trottoir|devant (moi|chez moi|le magasin|',
  'la boulangerie|le ecole|la ecole|la gare|le supermarche)|a cote de moi|en bas de chez moi|',
  'en bas|au parc|a la gare|dans la voiture|au square|la devant|juste devant)\\b',
);

/** A game, a match, a scolding's motive or a joke: nobody hurt. */
const NOT_BLOWS = rx('',
  '\\b(jeu|jeux|jeux video|mario kart|fifa|console|play|switch|partie|match|foot|basket|',
  'tennis|echecs|cartes|score|au ping pong|ping pong|mdr|lol|ptdr|notes|bulletin|devoirs|',
  'chambre en bazar|engueule|engueuler|au telephone|par sms|a cause de (ses|sa|son)|',
  'parce que (il|elle) a (rate|perdu|oublie))\\b',
);

export const NET_CHILD_BEATEN_NOW: readonly NetFamily[] = [
  {
    id: 'net-child-beaten-now-slang',
    situation: 'child_violence',
    patterns: [ANY_CHILD_BEATEN],
    requires: NOW_SIGNS,
    unless: NOT_BLOWS,
    habitCancels: true,
    beforeIdioms: true,
  },
  {
    id: 'net-child-beaten-seen-slang',
    situation: 'child_violence',
    patterns: [SEEN_CHILD_BEATEN],
    requires: SEEN_WHERE,
    unless: NOT_BLOWS,
    habitCancels: true,
    beforeIdioms: true,
  },
];
