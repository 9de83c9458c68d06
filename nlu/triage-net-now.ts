import { NOW_MARKERS } from './triage-context';
import { NET_NOW } from './triage-net-context';
import { SOMEONE, type NetFamily } from './triage-net-families';
import { CANNOT_HEAR, HURT_INF, MESSAGING, rx } from './triage-words';

/**
 * Safety-net families for violence under way that the older families missed: "viol en
 * cours", a rape or a hold-up told in two words, screams next door, a car driven into
 * people, an animal beaten to death, and "il continue" after what he did.
 */

/** Signs of now, also for the families whose words alone may tell a habit. */
const NOW_CUE = new RegExp(`${NOW_MARKERS.source}|${NET_NOW.source}|\\bla$`);

/** Minutes ago: "il m'a forcée y a 5 minutes". */
export const JUST_NOW_CUE = new RegExp(`${NOW_CUE.source}|\\b((il )?y a|ya) (\\d+|deux|cinq|dix|` +
  'quelques) ?(min|mn|minutes)\\b|\\b(a le instant|tout a le heure|vient de)\\b');

/** Who can assault: "mon oncle", "un homme", "le voisin" (not "ça", which moves). */
const KIN_OR_STRANGER = '(mon|ma|le|la|un|une|ce|cet|cette) [a-z]+( de [a-z]+)?';

/** "il continue à me harceler en ligne" goes on, but not here: the complaint, not a 17. */
export const NOT_AT_A_DISTANCE = '(?! (de|a) (me |nous |la |le )?(harceler|envoyer|ecrire|' +
  'appeler|contacter|insulter|texter|spammer|publier|poster|relancer))';

/** "il continue", "il recommence": what was just done is still being done. */
export const CONTINUES = rx('',
  '\\b((il|elle|ils|elles|ca|on) (continue|continuent|recommence|recommencent|',
  'arrete pas|arrete plus|veut pas arreter|va recommencer)|encore et encore)\\b',
  `(?! (son|sa|ses|leur|leurs) (chemin|route|vie|travail|etudes)\\b)${NOT_AT_A_DISTANCE}`,
);

const DONE_TO_ME = 'pousse|poussee|jete|jetee|projete|projetee|frappe|frappee|tape|tapee|' +
  'cogne|cognee|gifle|giflee|etrangle|etranglee|bouscule|bousculee|mordu|mordue|brule|brulee|' +
  'battu|battue|tabasse|tabassee|secoue|secouee|blesse|blessee|traine|trainee';

/** A blow told in slang: "il m'a mis une tarte", "elle lui a collé une droite". */
export const SLANG_BLOW = '(mis|mise|mit|colle|collee|donne|envoye|file|fout|foutu|met) ' +
  '(une|des|un|deux|plein de) (tarte|tartes|gifle|gifles|claque|claques|baffe|baffes|beigne|' +
  'beignes|patate|patates|droite|mandale|mandales|torgnole|raclee|rouste|coup de poing|' +
  'coups de poing|coup de boule|coup de pied|coups de pied|pain|pains|tarte dans la gueule)';

/** "coups de fil", "coups de klaxon" are no blows. */
const NOT_BLOWS = '(?! de (fil|klaxon|telephone|main|pouce|coeur|soleil|vent|tonnerre|balai|' +
  'sifflet|marteau|gueule)\\b)';

const ANIMAL = 'chien|chienne|chiot|chat|chatte|chaton|cheval|jument|animal|animaux|chevre|' +
  'mouton|lapin|ane|vache|veau';

export const NET_NOW_VIOLENCE: readonly NetFamily[] = [
  {
    id: 'net-under-way',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(viol|viols|agression sexuelle|attouchements|enlevement|kidnapping|sequestration|',
        'tentative de (meurtre|viol|enlevement)|meurtre|lynchage|rixe|bagarre|attaque|agression|',
        'prise de otages?)( [a-z]+){0,3} (en cours|en train de se passer|en ce moment|la ',
        'maintenant|sous mes yeux|se passe (la|maintenant|en ce moment|sous mes yeux|devant ',
        'moi))\\b(?! de\\b)',
      ),
    ],
  },
  {
    id: 'net-sexual',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '(?<!\\bje )\\b(essaie|essaye|essayent|essaient|tente|tentent|veut|veulent|va|vont) de? ?',
        '(me|la|nous|le) violer\\b',
      ),
      new RegExp(`\\b${SOMEONE} (me|nous) (viole|violent|viol)\\b`),
      rx('',
        '\\b(me|la|nous) (viole|violent|touche|touchent|deshabille|deshabillent) de force\\b',
      ),
      /\b(me|la|nous) (toucher|tripoter|peloter|violer|deshabiller) de force\b/,
    ],
    unless: MESSAGING,
  },
  {
    id: 'net-coerced',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(me|la|nous|le) (force|forcent|oblige|obligent|contraint|contraignent) a (coucher|',
        'faire des choses|le toucher|le sucer|avoir des rapports|me deshabiller|se deshabiller|',
        'faire le amour|monter|le suivre)\\b',
      ),
    ],
    requires: NOW_CUE,
    unless: MESSAGING,
  },
  {
    // "il me touche" is also "it moves me": only with him here now
    id: 'net-groped',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        `\\b(il|ils|on|${KIN_OR_STRANGER}) (me|nous|la) (touche|touchent|tripote|tripotent|`,
        'pelote|pelotent|caresse|caressent)\\b(?! (beaucoup|profondement|vraiment|le coeur))',
      ),
    ],
    requires: NOW_CUE,
    unless: MESSAGING,
  },
  {
    // "il m'a forcée" said alone is a rape; minutes ago, it is still a 17
    id: 'net-forced',
    situation: 'violence',
    patterns: [
      rx('',
        `\\b(il|ils|on|${KIN_OR_STRANGER}) (me|la|nous) (a|ont) (forcee|forcees|force|forces)`,
        '\\b(?! (a|de|la|le|les|ma|mon|mes|sa|son|ses|un|une|des)\\b)',
      ),
    ],
    requires: JUST_NOW_CUE,
    unless: MESSAGING,
  },
  {
    // a wound just given by someone still here: "il m'a cassé le nez il est toujours là"
    id: 'net-injured-by',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(me|nous|la|le|lui) (a|ont) (casse|pete|explose|fracture|eclate|ouvert|defonce) ',
        '(le nez|la machoire|la gueule|les dents|le bras|la levre|la tete|le arcade|les cotes|',
        'le crane|la figure|le visage|le oeil)\\b',
      ),
    ],
    requires: NOW_CUE,
  },
  {
    // done, and the one who did it still here: "il m'a frappée ... il est dans le salon"
    id: 'net-done-still-here',
    situation: 'violence',
    habitCancels: true,
    patterns: [new RegExp(`\\b(me|ma|nous|la|le|les) (a |ont )?(${DONE_TO_ME})\\b`)],
    requires: rx('',
      '\\b(il|elle|ils|elles) (est|sont) (encore |toujours )?(la|ici|a cote|en bas|dehors|',
      'derriere la porte|dans (le|la|ma|mon|notre) (salon|cuisine|chambre|maison|appart|couloir|',
      'entree|jardin))\\b|\\b(il|elle|ils|elles) (crie|crient|hurle|hurlent|menace|menacent|',
      'gueule|gueulent) (encore|toujours)\\b',
    ),
    unless: rx('', '\\b(sans faire expres|par accident|en jouant|pour rire|pas fait expres)\\b|',
      MESSAGING.source),
  },
  {
    id: 'net-just-done',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(me suis|se est|nous sommes|se sont) (fait|faite|faits|faites) (agresser|frapper|',
        'violer|tabasser|poignarder|braquer|enlever|attaquer|etrangler)\\b',
      ),
    ],
    // told afterwards it is the complaint; with him still there, it is now
    requires: NOW_CUE,
  },
  {
    id: 'net-held-up',
    situation: 'weapon',
    patterns: [
      new RegExp(`\\b${SOMEONE} (me|nous) (braque|braquent)\\b`),
      /\b(braque|braquee|braques) par (un|une|des|deux|trois)\b/,
    ],
  },
  {
    id: 'net-ongoing',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      new RegExp(`\\b(me|ma|nous|la|le) (a |ont )?(${DONE_TO_ME})\\b`),
      new RegExp(`\\b(me|nous|la|le|lui) (a |ont )?${SLANG_BLOW}\\b`),
      new RegExp(`\\b(continue|continuent|recommence|recommencent) (de|a) (me|nous|la|le) ` +
        `(${HURT_INF}|pousser|gifler|bousculer|bruler|mordre)\\b`),
    ],
    requires: CONTINUES,
    unless: MESSAGING,
  },
  {
    id: 'net-screams',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(on|il|ils|elle|elles|quelqu un|qqn) (la|le|les|me) (frappe|frappent|tape|tapent|',
        'bat|battent|cogne|cognent|tue|tuent|etrangle|etranglent|egorge|massacre|massacrent|',
        'viole|violent)\\b',
      ),
      rx('',
        '\\b(bruits? de coups|(des|de) (coups|cris|hurlements) et (des|de) (coups|cris|',
        `hurlements)${NOT_BLOWS}|hurle de douleur|hurle a la mort|crie a le aide|appelle a le `,
        'aide)\\b',
      ),
      rx('',
        `\\b(crier|hurler|cris|hurlements|crie|hurle)\\b.{0,30}\\bcoups\\b${NOT_BLOWS}|`,
        `\\bcoups\\b${NOT_BLOWS}.{0,30}\\b(crier|hurler|cris|hurlements|crie|hurle)\\b`,
      ),
    ],
    requires: rx('',
      '\\b(hurle|hurlent|crie|crient|cris|hurlements|appelle a le aide|au secours|pleure|',
      'supplie|on dirait|je crois|je entends|coups|voisin|voisine|a cote|chez)\\b',
    ),
    unless: /\b(planete|climat|nature|ecologie|association|chanson|concert|match)\b/,
  },
  {
    id: 'net-ramming',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(fonce|foncent|roule|roulent|accelere|accelerent|lance sa voiture|jette sa voiture) ',
        '(sur|dans) (les gens|la foule|des gens|les passants|des passants|les pietons|des ',
        'pietons|nous|moi|les enfants|des enfants|la terrasse|le marche|les manifestants|les ',
        'cyclistes|la police|les gendarmes)\\b',
      ),
    ],
    unless: /\b(rugby|match|foot|football|jeu|sport|soldes)\b/,
  },
  {
    id: 'net-animal',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(bat|battent|frappe|frappent|tabasse|tabassent|cogne|cognent|massacre|massacrent|',
        'torture|torturent|tue|tuent|etrangle|noie|noient|pend|egorge|lapide|lapident) (son|sa|',
        `ses|un|une|le|la|les|mon|ma|mes|leur|leurs|des|ce|cette|notre) (${ANIMAL})\\b`,
      ),
    ],
    requires: rx('',
      `${NOW_CUE.source}|\\b(a mort|hurle|gemit|couine|crie|sang|sous mes yeux|encore|va le `,
      'tuer|va la tuer)\\b',
    ),
  },
  {
    id: 'net-hidden',
    situation: 'hiding',
    always: true,
    patterns: [
      rx('',
        '\\b(je suis|suis|sommes|on est|je me suis|me suis|reste|restons) (cache |cachee |caches ',
        '|cachees |planque |planquee |refugie |refugiee )?(sous (le|mon|un) lit|sous la table|',
        'dans (le|un|mon) placard|dans la penderie|dans (le|un|mon) armoire|dans le dressing)\\b',
      ),
    ],
    unless: /\b(chat|chaton|chien|jeu|cache cache|chaussettes?|cherche|ranger|range)\b/,
  },
  {
    id: 'net-hidden-writing',
    situation: 'hiding',
    always: true,
    patterns: [
      rx('',
        '\\b(jecris|jecrit|jtape|jenvoie|jte ecris|je te ecris|je vous ecris|ecris|tape) ',
        '(en cachette|en douce|discretement)\\b',
      ),
    ],
    requires: rx('',
      '\\b(peur|il est|ils sont|il me|ils me|elle me|surveille|surveillent|entendre|entend|',
      'voir|savoir|bruit|frappe|menace|enferme|enfermee)\\b',
    ),
  },
  {
    // "quelqu'un est entré chez moi" is mostly the burglary found on return; told by someone
    // who cannot call, with no past marker, it is happening while they write to us
    id: 'net-break-in-cannot-call',
    situation: 'hiding',
    patterns: [
      rx('',
        '\\b(est|sont) (entre|rentre|entres|rentres) (chez moi|chez nous|dans (ma|la|notre|',
        'mon) (maison|appart|appartement|chambre))\\b',
      ),
    ],
    requires: new RegExp(`\\b(${CANNOT_HEAR})\\b|\\b(peux|peut) (que|seulement|juste|uniquement) ` +
      '(ecrire|taper|texter)\\b'),
  },
];
