import { rx } from './triage-words';

/** What a fright or a party is about: a bill, a score, the music. */
const SHOCK_CAUSE = '(en (voyant|lisant|recevant|decouvrant|ouvrant|apprenant|regardant)|' +
  'quand (je ai|jai|il a|elle a|on a|je) (vu|lu|recu|appris|decouvert|ouvert|vois|lis)|' +
  'a cause (de|du|des)|devant (la|le|ma|mon|sa|son|cette|ce))';

const PARTY = '(fete|fetes|musique|concert|concerts|festival|carnaval|match|supporters|' +
  'victoire|ambiance|soiree|dj|bal|14 juillet|nouvel an|reveillon|mondial|coupe du monde)';

const REAL_FIRE = '(brule|brulent|flammes|fumee|incendie|pompiers|feu de poubelle|' +
  'voitures? (brule|brulent|en feu)|immeubles?|maison|batiment|blesses?|explosion)';

/**
 * A fright told as a heart attack ("j'ai failli faire une crise cardiaque en voyant ma
 * facture") and a town "on fire" for a party ("le coeur de la ville est en feu pour la fête
 * de la musique"): nobody's heart stopped, nothing burns. "Mon père fait une crise
 * cardiaque" and "le centre-ville est en feu, des immeubles brûlent" stay.
 */
export const FRIGHT_IDIOMS: readonly RegExp[] = [
  rx('g',
    '\\b(failli|manque de|a deux doigts de|cru) (faire|avoir|me taper|en faire|nous faire) ',
    '(une |un )?(crise cardiaque|crise de coeur|attaque cardiaque|infarctus|arret cardiaque)',
    `\\b(?= ${SHOCK_CAUSE})`,
  ),
  rx('g',
    '\\b(la ville|le coeur de la ville|le centre ville|le quartier|la salle|la piste|le stade|',
    'le public|la foule|la place|le village|la rue|le bar|la boite|le club) ',
    `(est|etait|sera) (en feu|enflammee?|le feu)\\b(?=.*\\b${PARTY}\\b)(?!.*\\b${REAL_FIRE}\\b)`,
  ),
];
