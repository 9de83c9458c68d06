import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';
import { withoutThingsThatKill } from './triage-calm-thing-kills';
import { withoutHeldData } from './triage-calm-ransom';
import { withoutTemper } from './triage-calm-temper';
import { withoutSilentDevice } from './triage-calm-device';
import { withoutSmashedGlass } from './triage-calm-glass';
import { withoutInertInstitution } from './triage-calm-inert';
import { withoutSafetyGear } from './triage-calm-gear';
import { withoutThingsT48 } from './triage-calm-things-t48';
import { withoutFallenFixture } from './triage-calm-fixture';

/**
 * Clauses about things, not people, that use the words of a danger: an object fallen into a
 * ravine or the sea, a boat still moored, a dress that is "une bombe", a neighbour's garden
 * fire whose smoke comes in. Removed before matching like idioms, so that a person in
 * danger told in the same message is still read.
 */
const THING = '(lunettes|telephone|tel|portable|smartphone|sac|sac a dos|cles|clefs|papiers|' +
  'portefeuille|porte monnaie|permis|passeport|carte|cartes|carte de identite|appareil photo|' +
  'appareil|gourde|casquette|chapeau|montre|bague|alliance|doudou|jumelles|drone|veste|' +
  'baton|batons|pagaie|rame|lampe|gopro|camera|affaires|bouteille|glaciere)';
const OWNER = '(mon|ma|mes|le|la|les|son|sa|ses|notre|nos|leur|leurs|un|une|des)';
const FALLEN = '(tombe|tombee|tombes|tombees|glisse|glissee|glisses|glissees|parti|partie|' +
  'partis|parties|coule|coulee|coules|coulees|perdu|perdue|perdus|perdues)';
const DOWN_THERE = '(dans|a|au|en|sous|de|du haut de)( le| la| les| un| une)? (ravin|precipice|' +
  'crevasse|falaise|mer|eau|riviere|lac|torrent|port|gouffre|trou|vide|canal|fleuve|puits|' +
  'flotte|fond)';

/** "mes lunettes sont tombées dans le ravin", "j'ai fait tomber mes clés dans la mer". */
const THING_FALLEN = rx('g',
  `\\b${OWNER} ${THING}( [a-z]+){0,2} (est |sont |a |ont |se est |se sont )?${FALLEN}`,
  `( [a-z]+){0,3} ${DOWN_THERE}\\b|`,
  `\\b(fait tomber|laisse tomber|echappe|lache|perdu) ${OWNER} ${THING}( [a-z]+){0,3} `,
  `${DOWN_THERE}\\b`,
);

/** "son bateau est toujours à quai": whoever is missing did not put to sea with it. */
const BOAT_MOORED = rx('g',
  '\\b(son|le|leur|sa) (bateau|voilier|barque|zodiac|canot)( [a-z]+){0,2} (est|reste|etait|',
  'ne a|na|a)( toujours| encore| bien)? (a quai|au port|au ponton|amarre|attache|pas bouge)\\b',
);

/** "ta robe est une bombe", "ce gâteau c'est une bombe": praise, unless an explosive is near. */
const PRAISE_BOMB = rx('g',
  '\\b(est|c est|cest|etait|une) (une )?(vraie |sacree |pure |petite )?bombe( atomique)?\\b',
  '(?! (a retardement|artisanale)| (dans|sous|sur) (le|la|les|un|une|ce|cette|mon|ma|son|sa) ',
  '(sac|bus|train|metro|gare|voiture|coffre|batiment|ecole|immeuble|poubelle|avion|magasin))',
);
const EXPLOSIVE = rx('',
  '\\b(colis|paquet|sac abandonne|valise|engin|explos[a-z]*|sauter|retardement|detonateur|',
  'minuteur|fils|terroris[a-z]*|attentat|alerte)\\b',
);

/** A neighbour burning green waste, tyres or rubbish: a nuisance, smoke coming in included. */
const WASTE = '(dechets|dechet|pneus|pneu|ordures|poubelles|branches|branchages|feuilles|' +
  'tailles|herbes|palettes|plastiques|plastique|detritus|cartons|gravats|vegetaux)';
const WASTE_BURNING = rx('g',
  '\\b(brule|brulent|bruler|fait bruler|font bruler|incinere|incinerent|feu de|feux de|',
  `brulage de|brulage des)( des| ses| leurs| les| de| du)? ${WASTE}`,
  `(( de| en)? (?!et |ou )[a-z]+)?(( et| ou)( des| les| de)? ${WASTE})?\\b`,
);
const SMOKE_COMES_IN = rx('g',
  '\\b((la|sa|leur|de la|une|le odeur de|cette) )?(fumee|fumees)( noire| epaisse| toxique)? ',
  '(rentre|entre|arrive|envahit|monte|vient|passe|penetre)( [a-z]+){0,4}|',
  '\\b(ca|il|ils) (enfume|enfumes|enfument)( [a-z]+){0,3}|',
  '\\bfumee (plein|partout|chez (nous|moi)|dans (la|ma|notre))\\b',
);
/** Flames that spread, or a body that suffers: the nuisance has become a danger. */
const SPREADING = rx('',
  '\\b(a pris|prend|prennent|propage|etend|touche|touchent|gagne|en feu|flammes|incendie|',
  'brule la|brule le|brule ma|brule mon|respire plus|respirer|etouffe|tousse|malaise)\\b',
);

function without(text: string, pattern: RegExp): string {
  return gatedReplace(text, pattern, ' ');
}

export function withoutThings(text: string): string {
  let out = withoutSilentDevice(withoutTemper(withoutHeldData(withoutThingsThatKill(text))));
  out = withoutSafetyGear(withoutInertInstitution(withoutSmashedGlass(out)));
  out = withoutThingsT48(without(without(out, THING_FALLEN), BOAT_MOORED));
  out = withoutFallenFixture(out);

  if (!gatedTest(EXPLOSIVE, out)) {
    out = without(out, PRAISE_BOMB);
  }

  if (gatedTest(WASTE_BURNING, out) && !gatedTest(SPREADING, out)) {
    out = without(without(out, WASTE_BURNING), SMOKE_COMES_IN);
  }

  return out.replace(/ +/g, ' ').trim();
}
