import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t91 (an evaluation set written as rural France): shots fired toward houses or people
 * now, livestock, fuel or machines being stolen from a farm while the farmer watches, a gas
 * tank or bottle leaking now. Each starts with its danger word (a shot, a siphoning, a leak)
 * so the gate skips the other messages; the season, the law question and the theft found in
 * the morning are cancelled by the net's past, question and habit readings.
 */

/** Shooting aimed at houses, a road or people: "les chasseurs tirent vers les maisons". */
const SHOTS_TOWARD = rx('',
  '\\b(tire|tirent|tirer|canarde|canardent|allume|allument) ',
  '(vers|sur|en direction|dans la direction|droit sur|a travers|au dessus|contre)',
  '( de| des| du)?( les| la| le| ma| mes| notre| nos| sa| ses| leur| leurs| une| chez)? ',
  '(maison|maisons|habitation|habitations|fenetre|fenetres|facade|jardin|cour|route|rue|',
  'chemin|gens|personnes|voiture|voitures|toit|ferme|hameau|village|maisons du hameau|',
  'volets|nous|moi|enfants|promeneurs|randonneurs|lotissement|ecole|fermes|mon mari|ma femme)\\b',
);

/** The bullets or the shot already here: over the garden, into the window, on the roof. */
const BULLETS_HERE = rx('',
  '\\b(balles|balle|plombs|chevrotines|projectiles) (sifflent|siffle|siflent|sifle|passent|',
  'passe|fusent|',
  'tombent|retombent|pleuvent|arrivent|ricochent)( [a-z]+){0,2} ',
  '(au dessus|autour|pres|a cote|sur (le|la|les|nos|notre|mon|ma|mes)|dans (le|la|les|nos|notre|',
  'mon|ma|mes)|contre)\\b|',
  '\\b(balle perdue|une balle|des plombs|une cartouche|un plomb) (vient|viennent) de ',
  '(traverser|toucher|casser|briser|percer|trouer|taper|frapper|rentrer|passer|tomber|ricocher)',
  '\\b',
);

/** A hunt, a stand or a law question told with it: not a shot at anyone now. */
const SHOTS_CALM = rx('',
  '\\b(stand de tir|ball trap|balltrap|club de tir|feux de artifice|feu de artifice|petards|',
  'ont ils le droit|ont le droit|a le droit|est ce autorise|est ce legal|autorise a|',
  'reglementation|regle|regles|la loi|legal|autorises|interdit|distance|',
  'combien de metres|a quelle distance|saison derniere|',
  'le annee derniere|le an dernier|chaque annee|tous les ans|jeu video|film|serie)\\b',
);

/** Someone loading, siphoning or taking the farm's animals, fuel or machines. */
const FARM_THEFT = rx('',
  '\\b(charger|chargent|charge|embarquer|embarquent|voler|volent|siphonner|siphonnent|',
  'siphonne|pomper|pompent|piquer|piquent|emmener|emmenent|prendre|prennent|vider|vident|',
  'sortir|sortent|demarrer|demarrent|partir avec|partent avec|faucher|fauchent)',
  ' (mes|nos|les|le|la|ses|son|sa|mon|ma|notre|du|des|de le|tout le|toutes les|tous les)',
  '( [a-z]+){0,3} (veaux|veau|vaches|vache|genisses|moutons|brebis|agneaux|chevres|betes|',
  'betail|bestiaux|biques|gorets|cochons|porcs|chevaux|poulains|taureau|taurillons|gasoil|',
  'gazole|fioul|',
  'carburant|essence|gnr|cuve|quad|tracteur|tracteurs|remorque|outils|outillage|materiel|',
  'tronconneuse|tronconneuses|motoculteur|engins|engin|betaillere|cuivre|batteries|ruches|',
  'gpl|moissonneuse|debroussailleuse|groupe electrogene)\\b',
);

/** The theft under way or seen now, not found in the morning. */
const THEFT_NOW = rx('',
  '\\b(en train de|en ce moment|maintenant|actuellement|a le instant|vite|au secours|',
  'je (les )?vois|je (les )?entends|on (les )?voit|il (les )?voit|elle (les )?voit|',
  '(il y a|y a|ya) (des|deux|trois) (gars|mecs|types|gens|hommes|individus|voleurs|jeunes)|',
  'de (la|ma|sa|notre) fenetre|sous mes yeux|sous nos yeux|juste la|la maintenant|',
  '(tracteur|tracteurs|quad|grange|hangar|betaillere|camion|camionnette|cuve|remorque|etable|',
  'bergerie|cour|pre|champ|engins|gasoil|gazole|fioul|veaux|moutons|brebis|vaches) la)\\b',
);

/** The farmer's own work, a sale, a protection question: no theft now (the past is the net's). */
const FARM_WORK = rx('',
  '\\b(je charge|on charge|nous chargeons|je les charge|pour le marche|pour la foire|',
  'le marchand|le maquignon|le veterinaire|le abattoir|vendu|vendus|achete|',
  'comment proteger|se proteger)\\b',
);

/** A gas tank, cylinder or bottle leaking or hissing: "la citerne de propane fuit". */
const TANK_LEAK = rx('',
  '\\b(citerne|cuve|bouteille|bouteilles|bonbonne|reservoir|cylindre) ',
  '(de |a |du )?(gaz|propane|butane|gpl)( [a-z]+){0,4} (fuit|fuient|fuite|siffle|sifflent|',
  'perd|perdent|crache|souffle)\\b|',
  '\\b(fuite|fuites) (de gaz )?(sur|de|a|dans|sous) (la|ma|notre|une|le) ',
  '(citerne|cuve|bouteille|bonbonne|reservoir)( a| de)? ?(gaz|propane|butane|gpl)?\\b|',
  '\\b(siffle|sifflement)( [a-z]+){0,3} (pue|pu|sent|schlingue|chlingue|cocotte|empeste|',
  'odeur de) (le |du )?(gaz|propane|butane)\\b',
);

/** Repaired, checked, delivered or asked about: no leak now. */
const TANK_CALM = rx('',
  '\\b(reparee|repare|reparer|colmatee|changee|remplacee|livraison|livree|livrer|',
  'controle|controler|verifier|verifie|comment savoir|comment voir|comment reconnaitre|',
  'entretien|vide|hier|la semaine derniere|coupure|compteur)\\b',
);

/** A fuel-oil or gas tank on fire: "la cuve à fioul prend feu". */
const TANK_FIRE = rx('',
  '\\b(citerne|cuve|reservoir|bouteille) (de |a |du )?(fioul|fuel|mazout|gasoil|gazole|gaz|',
  'propane|butane|gpl)( [a-z]+){0,3} (prend feu|a pris feu|brule|flambe|est en feu|en feu|',
  'crame|explose|va exploser)\\b',
);

/** Burnt just now: "je me suis brûlé la main avec le feu", "il s'est brûlé au barbecue". */
const BURNT = rx('',
  '\\b(me suis|se est|te es|sest|(il|elle) est|(il|elle) a ete|ai ete) (gravement )?',
  '(brule|brulee|brules|brulees|ebouillante|',
  'ebouillantee|crame|cramee)\\b',
);

/** By a fire, boiling water or badly: not a finger on a pan. */
const BURNT_BADLY = rx('',
  '\\b(feu|flammes|cheminee|barbecue|brasero|bouillante|bouillant|gravement|grave|',
  'serieusement|la peau (part|se decolle|est arrachee)|au visage|partout|hurle|crie)\\b',
);

/** The same at the hearth, read before the idioms take "feu de cheminée" out. */
const BURNT_AT_HEARTH = rx('',
  '\\b(me suis|se est|sest|est) (brule|brulee|brules|brulees)( [a-z]+){0,4} ',
  '(feu de cheminee|cheminee|insert|poele a bois|feu de bois|brasero|barbecue)\\b',
);

/** A burn of days, or the pot's contents: a question for the pharmacy. */
const BURNT_CALM = rx('',
  '\\b(depuis (\\d+|deux|trois|quatre|cinq|plusieurs|quelques|une) (jours|semaines)|',
  'coup de soleil|soleil|la sauce|le gateau|le roti|le plat|la tarte|la pizza|le riz|',
  'le lait|les pates|le repas|la viande|comment soigner|comment traiter|quoi mettre|',
  'quelle creme|biafine|pommade|en general)\\b',
);

export const NET_ROUND_T91: readonly NetFamily[] = [
  {
    id: 'net-shots-toward-houses',
    situation: 'weapon',
    habitCancels: true,
    patterns: [SHOTS_TOWARD, BULLETS_HERE],
    unless: SHOTS_CALM,
  },
  {
    id: 'net-farm-theft-under-way',
    situation: 'intrusion',
    patterns: [FARM_THEFT],
    requires: THEFT_NOW,
    unless: FARM_WORK,
  },
  {
    id: 'net-gas-tank-leaking',
    situation: 'gas',
    patterns: [TANK_LEAK],
    unless: TANK_CALM,
  },
  {
    id: 'net-burnt-by-fire-now',
    situation: 'medical',
    patterns: [BURNT],
    requires: BURNT_BADLY,
    unless: BURNT_CALM,
  },
  {
    id: 'net-burnt-at-the-hearth',
    situation: 'medical',
    patterns: [BURNT_AT_HEARTH],
    unless: BURNT_CALM,
    beforeIdioms: true,
  },
  {
    id: 'net-fuel-tank-on-fire',
    situation: 'fire',
    patterns: [TANK_FIRE],
  },
];
