import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A partner or an ex back tonight, often drunk, who has just shoved or hit the writer and is
 * still there: "là il est dans le salon il hurle, il vient de me pousser contre le mur". The
 * same message often tells a previous episode or a court order ("l'an dernier il avait
 * cassé la porte, j'avais eu une ordonnance"), first or last, and that past calmed the whole
 * message. "vient de" is now by itself, and a raging man "encore là" is here: the past of
 * another sentence must not cancel them. Told over, played or quoted, it stays calm.
 */

/** Who: a partner or an ex, or a man said drunk tonight. */
const PARTNER_OR_DRUNK = rx('',
  '\\b((mon|ma|son|sa|notre|le|cet|l) (ex|ex mari|ex femme|ex compagnon|ex compagne|',
  'ex copain|ex copine|ancien compagnon|ancienne compagne|ancien copain|mari|conjoint|',
  'conjointe|compagnon|compagne|copain|concubin|petit ami|femme)|pere de mes enfants|',
  'pere de ses enfants|(il|elle) (a bu|a trop bu|est (ivre|bourre|bourree|saoul|saoule|soul|',
  'soule|alcoolise|alcoolisee|defonce|defoncee))|completement (ivre|bourre|saoul|soul))\\b',
);

/** Or the man raging: "il hurle", "il va recommencer", the writer afraid. */
const RAGING = rx('',
  '\\b((il|elle) (hurle|crie|gueule|menace|casse tout|va recommencer|est encore la|',
  'est toujours la)|je ai peur|jai peur)\\b',
);

/** Who or how: a partner, a drunk man, or one still raging. */
const ASSAILANT = new RegExp(`${PARTNER_OR_DRUNK.source}|${RAGING.source}`);

/** The one hurt: the writer, or the relative they write for. */
const VICTIM = '(me|ma|la|le|nous|les|ma soeur|ma mere|ma fille|mon fils)';

/** A shove with where it sent the body: "pousser à porter plainte" is no blow. */
const SHOVE = '((pousser|pousse|poussee)(?! (a|au|aux|de|pour) )|' +
  '(plaquer|plaque|plaquee|projeter|projete|projetee|' +
  'jeter|jete|jetee|balancer|balance|balancee) (contre|par terre|au sol|dans le|dans la|' +
  'dans les|sur le|sur la))';

const BLOW = '(frapper|frappe|frappee|gifler|gifle|giflee|taper|tape|tapee|cogner|cogne|' +
  'cognee|etrangler|etrangle|etranglee|secouer|secoue|secouee|bousculer|bouscule|bousculee|' +
  'tabasser|tabasse|tabassee|mettre (une gifle|un coup|des coups|une claque)|' +
  'donner (une gifle|un coup|des coups|une claque)|serrer le cou|prendre a la gorge|' +
  'attraper par (le cou|les cheveux|la gorge)|tirer par les cheveux|trainer par terre)';

/** Just now: "il vient de me pousser contre le mur", "il vi1 de la frapper". */
const JUST_NOW = rx('',
  `\\b(il|elle) (vient|vien|viens|vi1) de ${VICTIM} (${SHOVE}|${BLOW})\\b`,
);

/** Still here and raging: "il est encore là il hurle", "là il est dans le salon il crie". */
const RAGING_HERE = rx('',
  '\\b(il|elle) est (encore |toujours |tjrs )?(la|ici|dans le salon|dans la cuisine|',
  'dans la chambre|dans le couloir|dans le appart|dans le appartement|dans la maison|',
  'chez moi|chez nous|devant la porte|derriere la porte)( [a-z]+){0,3} (il|elle) ',
  '(hurle|crie|gueule|casse|tape|frappe|cogne|menace|insulte)\\b',
);

/** Told now, blow first: "en ce moment il me frappe", "là il me tape". */
const BLOWS_NOW = rx('',
  '\\b(en ce moment|actuellement|la maintenant|la) (il|elle) (me|nous|la) (frappe|tape|cogne|',
  'etrangle|secoue|pousse|bouscule)\\b',
);

/** A blow tonight, for the raging man: "il m'a poussée contre le mur". */
const BLOW_TONIGHT = rx('',
  `\\b((vient|vien|viens|vi1) de ${VICTIM}|me a|ma|la|nous a) (${SHOVE}|${BLOW})\\b`,
);

/** Play, sport, a pool: a shove that hurts nobody's safety. */
const PLAY = rx('',
  '\\b(piscine|en jouant|pour jouer|pour rire|pour rigoler|bataille de|chatouille|rugby|judo|',
  'boxe|entrainement|match|danse|en dansant|mdr|lol|ptdr)\\b',
);

/** What happens night after night is the domestic-violence answer, not tonight's 17. */
const EVERY_TIME = rx('',
  '\\b(tous les (soirs|jours|week ends)|chaque (soir|fois|week end)|a chaque fois|souvent|',
  'parfois|regulierement|tout le temps)\\b',
);

export const NET_PARTNER_BLOW_NOW: readonly NetFamily[] = [
  {
    id: 'net-partner-blow-now',
    situation: 'domestic_violence',
    always: true,
    patterns: [JUST_NOW],
    requires: ASSAILANT,
    unless: PLAY,
  },
  {
    id: 'net-partner-raging-here',
    situation: 'domestic_violence',
    always: true,
    patterns: [RAGING_HERE],
    requires: BLOW_TONIGHT,
    unless: new RegExp(`${PLAY.source}|${EVERY_TIME.source}`),
  },
  {
    id: 'net-partner-blows-now',
    situation: 'domestic_violence',
    always: true,
    habitCancels: true,
    patterns: [BLOWS_NOW],
    requires: PARTNER_OR_DRUNK,
    unless: PLAY,
  },
];
