import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for dangers told by their circumstances rather than named (blind13 to
 * blind15 misses): a child's disclosure passed on by a classmate or a camp leader, the child
 * going back there tonight; heart or stroke signs with the patient forbidding the call; a
 * baby limp and burning with fever; a suicide means named as a thought; thieves at work
 * outside a lorry cab the writer dares not leave.
 */

/** A disclosure passed on: "elle vient de me dire que", "il m'a confié que". */
const DISCLOSED = rx('',
  '\\b((vient|viens) de me (dire|confier|raconter|avouer)|me a (dit|confie|raconte|avoue)|',
  '(dit|raconte|confie|explique) que|me (dit|raconte|confie) que)\\b',
);
/** Blows, marks or abuse told the way a child tells it. */
const ABUSE = rx('',
  '\\b((la|le|les|lui) (frappe|frappent|tape|tapent|bat|battent|cogne|cognent|tabasse|',
  'brule|touche|touchent|tripote|tripotent)|des (marques|bleus|traces de coups|brulures)|',
  '(lui|leur) (fait|font|faisait) des (trucs|choses|attouchements|saletes)|',
  'abuse de (elle|lui)|(vient|rentre) dans (son|sa|leur) (lit|chambre))\\b',
);
/** Back there soon: tonight, tomorrow morning, after school. */
const GOING_BACK = rx('',
  '\\b((doit|va|vont|doivent|dois)( [a-z]+)? (rentrer|retourner|repartir|dormir)|rentre|',
  'retourne|repart|rentrent|dort|dorment|passe la nuit) (chez (lui|elle|eux|son pere|sa mere|',
  'ses parents)|a la maison)',
  '( [a-z0-9]+){0,3} (ce soir|cette nuit|demain|tout a le heure|apres le ecole|apres la colo|',
  'ce week end|cet apres midi|bientot)\\b|',
  // "elle doit y retourner demain"
  '\\b(doit|va|vont|doivent) y (retourner|rentrer|aller|dormir)( [a-z0-9]+){0,3} (ce soir|',
  'cette nuit|demain|tout a le heure|ce week end|bientot)\\b',
);

/** Going back tonight to the one who hurts: 119 first, not the 17 of blows under way. */
export function childGoingBackToAbuse(text: string): boolean {
  return gatedTest(DISCLOSED, text) && gatedTest(ABUSE, text) && gatedTest(GOING_BACK, text);
}

/** Heart attack or stroke signs without the word. */
const HEART_SIGNS = rx('',
  '\\b(bras( gauche| droit)? (tout |tres )?(engourdi|lourd|paralyse|mou|insensible)|',
  'engourdi|engourdie|fourmillements?|transpire (beaucoup|enormement|a grosses gouttes)|',
  'sueurs? froides?|(serre|serrement|oppression|poids|etau|barre) (dans|sur|a) la poitrine|',
  'poitrine (serree|oppressee|qui serre)|visage (qui )?(tombe|de travers|paralyse|affaisse)|',
  'bouche (de travers|tordue|qui tombe)|parle (bizarre|bizarrement|de travers)|',
  'mal (a la|dans la) machoire)\\b',
);
/** The patient plays it down or forbids the call. */
const DENIED = rx('',
  '\\b(dit (que )?ce est (rien|la digestion|le stress|la fatigue|passager|pas grave)|',
  'ca va passer|(me |nous )?interdit (de )?(appeler|telephoner|prevenir)|',
  'veut pas que (je|on) (appelle|telephone|previenne)|refuse (que|de|le|les|qu)|',
  'veut pas (aller|de medecin|du medecin|des pompiers|du samu|des secours))\\b',
);

/** A baby: "mon bb a 3 semaines", "ma fille de 4 mois", "le nourrisson". */
const BABY = '\\b(bebe|bb|nourrisson|nouveau ne|(\\d+|deux|trois|quatre|six) (semaines|mois))\\b';
const LIMP = '\\b(mou|molle|amorphe|tete plus|boit plus|gemit|geint|reagit plus|reagit pas|' +
  'somnolent|somnolente|teint gris|marbre|marbree|convulse|respire (vite|mal|bizarre))\\b';
const FEVER = '\\b(brulant|brulante|bouillant|bouillante|fievre|4[01] (de fievre|degres)?)\\b';

/** A means named as a thought: "je pense à prendre le fusil". */
const MEANS_THOUGHT = rx('',
  '\\b(je pense|je songe|je reflechis|ca me trotte|je me dis|idee|envie) (a|de|que je pourrais) ',
  '(prendre|utiliser|me servir|sortir|chercher|avaler|decrocher)( de la| de| du| des)?',
  '( le| la| les| mon| ma| mes| une| des| toute la| toutes les| tous les| tous mes| toutes mes)?',
  ' (fusil|carabine|pistolet|flingue|corde|cachets|medocs|',
  'medicaments|comprimes|somniferes|lame|lames|rasoir|boite)\\b|',
  // "je pense à prendre la voiture et me jeter contre un arbre"
  '\\b(je pense|je songe|envie|idee) (a|de)( [a-z]+){0,6} me (jeter|foncer|lancer|pendre|',
  'noyer|tirer une balle|ouvrir les veines)\\b',
);
const DESPAIR = rx('',
  '\\b(y arrive plus|arrive plus|en peux plus|peux plus|plus la force|dettes|en finir|marre|',
  'plus envie|a quoi bon|tiens plus|je craque|plus de sens|tout perdu|faillite|sans issue|',
  'con de ecrire|',
  'personne (ne )?(me )?(comprend|aide)|epuise|epuisee|je vaux rien|pour partir|que ca cesse|',
  'que ca se arrete|pour de bon)\\b',
);

/** Thieves at work outside a lorry, a van, a car the writer sits in. */
const THIEVES_AT_WORK = rx('',
  '\\b(hommes|types|mecs|gars|individus|gens|quelqu un|ils|deux|trois) (sont |est )?',
  '(en train de )?(decouper|decoupent|siphonner|siphonnent|vider|vident|voler|volent|',
  'fracturer|fracturent|forcer|forcent|percer|percent|taillader|tailladent|crever|crevent)',
  '( [a-z]+){0,3} (bache|remorque|camion|cabine|reservoir|gasoil|gazole|carburant|cuve|',
  'fourgon|camionnette|utilitaire|voiture|caravane|camping car|roues|pneus|marchandise)\\b',
);
const STUCK_INSIDE = rx('',
  '\\b(en train de|ose pas|ose plus|peur de sortir|reste dans|suis dans (la|le|ma|mon) ',
  '(cabine|camion|voiture|camping car|caravane|fourgon)|enferme dans)\\b',
);

export const NET_TOLD: readonly NetFamily[] = [
  {
    id: 'net-child-told-home',
    situation: 'child_neglect',
    patterns: [ABUSE],
    requires: GOING_BACK,
    unless: rx('',
      '\\b(jeu|film|serie|livre|roman|il y a (des|deux|trois|\\d+) ans|a cause (du|de la|des) ',
      '(judo|sport|foot|rugby|chute|velo|trampoline)|en tombant|est tombee?|sur les doigts|',
      'gronde|gronder|punit|punir)\\b',
    ),
  },
  {
    // "il dit que c'est la digestion et m'interdit d'appeler": the denial is part of it
    id: 'net-heart-denied',
    situation: 'medical',
    patterns: [HEART_SIGNS],
    requires: DENIED,
    always: true,
    unless: rx('',
      '\\b(depuis (des|une|deux|trois|plusieurs|\\d+) (semaines|mois|ans)|canal carpien|',
      'kine|tous les matins|hier|le an dernier|le annee derniere|ce etait un (infarctus|avc)|',
      'il y a (des|deux|trois|quelques|\\d+) (ans|mois|semaines))\\b',
    ),
  },
  {
    id: 'net-baby-fever',
    situation: 'medical',
    patterns: [new RegExp(`^(?=.*${BABY})(?=.*${LIMP}).*${FEVER}`)],
    beforeIdioms: true,
    // "tout mou quand il a de la fièvre, c'est normal ?" asks about a habit
    unless: /\b(quand (il|elle) (a|fait)|a chaque fois|chaque fois|ce est normal|est ce normal)\b/,
  },
  {
    id: 'net-means-thought',
    situation: 'suicide',
    patterns: [MEANS_THOUGHT],
    requires: DESPAIR,
    always: true,
    unless: /\b(chasse|ball trap|stand de tir|ordonnance|mal de tete|pharmacie|pour le chien)\b/,
  },
  {
    id: 'net-cab-thieves',
    situation: 'intrusion',
    patterns: [THIEVES_AT_WORK],
    requires: STUCK_INSIDE,
    habitCancels: true,
  },
];
