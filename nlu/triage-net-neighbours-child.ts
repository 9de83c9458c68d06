import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Neighbours beating their own child now, heard through the wall or seen from a window ("les
 * voisins tapent leur petit, il hurle depuis dix minutes"): the police first, the child line
 * beside. The public-place family wants a grown-up named and a street or a park; here the
 * grown-ups are "les voisins", "le couple du dessus", and the place is the building.
 */
const BLOWS = rx('',
  '(?<!\\b(a|ont|avait|avaient|aurait|auraient|as|ai) )',
  '\\b(frappe|frappent|frapper|tape|tapent|taper|cogne|cognent|cogner|gifle|giflent|gifler|',
  'tabasse|tabassent|tabasser|bat|battent|battre|massacre|massacrent|corrige|corrigent|',
  '(met|mettent) des (claques|baffes|gifles|coups) a|(donne|donnent) des coups a)',
  '( (violemment|fort|encore|sauvagement|sur))? (leur|leurs|son|sa|ses|le|la|les)',
  '( tout)?( petit| petite| jeune)? (enfant|enfants|gamin|gamine|gamins|gosse|gosses|fils|',
  'fille|filles|petit|petite|petits|bebe|garcon|fillette|mome|momes|ado|ados)\\b',
  '(?! (mur|clou|meuble|tapis|tambour|chien|chat|coup|coups|peu|bout|truc|ballon|balle)\\b)',
);

/** Who hits: the people next door, told by where they live. */
const NEXT_DOOR = rx('',
  '\\b(voisin|voisins|voisine|voisines|du dessus|du dessous|de a cote|d a cote|de en face|',
  'd en face|palier|immeuble|cloison|mur|murs|fenetre|cour|appart|appartement|etage|3eme|',
  '2eme|1er|du \\d)\\b',
);

/** Signs it happens now: screams, blows heard, a duration, "en ce moment". */
const HEARD_NOW = rx('',
  '\\b(hurle|hurlent|crie|crient|pleure|pleurent|supplie|pitie|au secours|a le aide|cris|',
  'coups|claques|je entends|jentend|jentends|on entend|je les entends|je le entends|',
  'je la entends|on les entend|on le entend|on la entend|hurler|crier|pleurer|je vois|',
  'on voit|par terre|en ce moment|maintenant|en train de|ca dure|',
  'depuis (\\d+|un quart|une demi|dix|cinq|vingt|tout a le heure)|ceinture|sang|saigne|',
  'sur le palier|dans la cour|dans le escalier|dans la cage de escalier|sous ma fenetre)\\b',
);

/** Told later, asked about, or a screen's scene: the child-protection FAQ, not a patrol. */
const NOT_NOW = rx('',
  '\\b(hier|la semaine derniere|le mois dernier|il y a (\\d+|un|une|deux|trois|quelques) ',
  '(jours|jour|semaines|semaine|mois|ans)|je pense que|je crois que|',
  'fessee|film|serie|reportage|documentaire|quand ils jouent|pour jouer)\\b',
);

export const NET_NEIGHBOURS_CHILD: readonly NetFamily[] = [
  {
    id: 'net-neighbours-beat-child',
    situation: 'child_violence',
    habitCancels: true,
    patterns: [BLOWS],
    requires: rx('', `^(?=.*${NEXT_DOOR.source}).*${HEARD_NOW.source}`),
    unless: NOT_NOW,
  },
];
