import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import { NOW_MARKERS } from './triage-context';
import { NET_NOW } from './triage-net-context';

/**
 * Blows to an animal ("mon voisin frappe son cheval avec un bâton"): animal cruelty, the
 * animals FAQ, not the 17. Only the clause with the animal is removed, so a person hit or
 * threatened in the same message ("... et il m'a menacée avec le bâton") is still read.
 * Told as under way, they stay the net's animal family's (17).
 */
const ANIMAL = '(cheval|chevaux|jument|poney|ane|anes|chien|chiens|chienne|chiot|chiots|chat|' +
  'chats|chatte|chaton|chatons|vache|vaches|veau|veaux|chevre|chevres|mouton|moutons|brebis|' +
  'cochon|cochons|lapin|lapins|poule|poules|animal|animaux|bete|betes|oiseau|perroquet|' +
  'taureau|boeuf|mule|pigeon|pigeons|canard|canards|herisson|renard|singe|hamster)';
const BLOWS = '(frappe|frappent|frapper|bat|battent|battre|tabasse|tabassent|cogne|cognent|' +
  'maltraite|maltraitent|maltraiter|fouette|fouettent|tape|tapent|martyrise|martyrisent|' +
  'roue de coups|donne des coups( de [a-z]+)? a|donnent des coups( de [a-z]+)? a|' +
  'a frappe|ont frappe|a battu|a tabasse|a maltraite|a fouette)';
const OWNER = '(son|sa|ses|le|la|les|un|une|des|leur|leurs|ce|cette|ces)';
const TOOL = '( avec (un|une|des|son|sa|ses|le|la|les) [a-z]+( de [a-z]+)?)?';
/** Where animals are kept: "dans le champ" is the animal's place, not a prowler's. */
const PASTURE = '( (dans|au|sur) (le|la|les|son|sa|leur|un|une) (pre|champ|cour|ecurie|' +
  'etable|enclos|box|pature|paddock|grange|poulailler|clapier|chenil|niche)' +
  '( (derriere|pres de|a cote de|en face de) (chez moi|la maison|notre maison))?)?';
/** A person named right after: "frappe son chien et sa femme" is a person hit too. */
const PERSON_NEXT = '(?! (et|puis|ou|aussi|apres|comme) (ma|mon|mes|moi|nous|me|sa femme|' +
  'son mari|ses enfants|son fils|sa fille|les enfants|la voisine|le voisin|un enfant|' +
  'une femme|un homme|les gens|des gens|il me|elle me))';

/** Its doer too: "un homme" left alone in a hallway reads as a prowler. */
const DOER = '((un|une|le|la|les|des|mon|ma|mes|notre|nos|ce|cette|ces) [a-z]+ )?';

const ANIMAL_BLOWS = rx('g',
  `\\b${DOER}${BLOWS} ${OWNER} ${ANIMAL}( et ${OWNER} ${ANIMAL})?`,
  `${TOOL}${PASTURE}\\b${PERSON_NEXT}`,
);

/**
 * Blows under way as the writer tells them ("en ce moment", "à mort", the animal howling):
 * the net's animal family answers 17 for those, so they are left for it to read.
 */
const UNDER_WAY = new RegExp(`${NOW_MARKERS.source}|${NET_NOW.source}|\\bla$|\\b(a mort|` +
  'hurle|gemit|couine|crie|sang|sous mes yeux|encore|va le tuer|va la tuer)\\b');

/** The doer turning on a person anywhere in the message: then nothing is removed. */
const TURNS_ON_PEOPLE = rx('',
  '\\b(vers moi|vers nous|sur moi|sur nous|contre moi|contre nous|me menace|nous menace|',
  'me frappe|me tape|me tuer|nous tuer|me court apres|me poursuit|me suit|me attaque|',
  'menace de|menace les|menace ma|menace mon|il arrive|ils arrivent|au secours|aidez moi)\\b',
);

/**
 * Seen every morning and the doer gone again ("là il est reparti au travail"): a habit
 * reported, its "encore" and "là" are no blows under way.
 */
const HABIT_DOER_GONE = rx('',
  '^(?=.*\\b(tous les (matins|soirs|jours)|chaque (matin|soir|jour)|souvent|tout le temps|',
  'regulierement|des que il|quand il rentre)\\b).*\\b(il|elle|ils) (est|sont) (re)?(parti|partie|',
  'partis|sorti|sortie|rentre|rentree)s?( [a-z]+){0,2}\\b',
);

/** The animals as words: the scan needs one as a whole word, a set tells in a microsecond. */
const ANIMAL_WORDS: ReadonlySet<string> = new Set(ANIMAL.slice(1, -1).split('|'));

function namesAnAnimal(text: string): boolean {
  return text.split(' ').some((word) => ANIMAL_WORDS.has(word));
}

export function withoutAnimalBlows(text: string): string {
  // every message comes here and few name an animal: the scan (its doer's optional words tried
  // at every word, ~20 µs a message) and the long checks below (the now markers are hundreds
  // of alternatives) only run for those that do
  const hitsAnimal = namesAnAnimal(text) && gatedTest(ANIMAL_BLOWS, text);
  ANIMAL_BLOWS.lastIndex = 0;
  if (!hitsAnimal) {
    return text;
  }

  if (gatedTest(TURNS_ON_PEOPLE, text) || (gatedTest(UNDER_WAY, text) &&
    !gatedTest(HABIT_DOER_GONE, text))) {
    return text;
  }

  const out = text.replace(ANIMAL_BLOWS, ' ');

  return out === text ? text : out.replace(/ +/g, ' ').trim();
}
