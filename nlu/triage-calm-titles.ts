import { gatedTest } from './regex-gate';
import { STRONG_NOW_MARKERS } from './triage-context';

/**
 * Fiction named by its title rather than by the word "film" or "série": "le braquage dans la
 * casa de papel", "dans narcos ils tirent sur tout le monde". Titles of several words say it
 * alone; a one-word title is read only after "dans", "regardé", "fin de" or before "saison",
 * since "narcos" or "lupin" are words too. A strong "now" keeps the danger ("on regardait
 * narcos et là maintenant ça tire dehors").
 */
const LONG_TITLES = [
  'casa de papel', 'breaking bad', 'peaky blinders', 'game of thrones', 'house of the dragon',
  'squid game', 'walking dead', 'stranger things', 'prison break', 'better call saul',
  'money heist', 'the last of us', 'esprits criminels', 'grey s anatomy',
  'plus belle la vie', 'demain nous appartient', 'ici tout commence', 'bac nord', 'john wick',
  'fast and furious', 'harry potter', 'star wars', 'seigneur des anneaux', 'one piece',
  'dragon ball', 'call of duty', 'red dead', 'the witcher', 'la servante ecarlate', 'kill bill',
  'pulp fiction', 'sons of anarchy', 'the wire', 'les sopranos', 'the sopranos', 'mr robot',
  'la chronique des bridgerton', 'attaque des titans', 'demon slayer',
  'jujutsu kaisen', 'my hero academia', 'the punisher', 'la haine de kassovitz',
  'orange is the new black', 'la reine des neiges', 'le roi lion', 'la petite sirene',
  'casa del papel',
];
const SHORT_TITLES = [
  'narcos', 'dexter', 'lupin', 'ozark', 'vikings', 'gomorra', 'sherlock', 'naruto', 'euphoria',
  'skam', 'mindhunter', 'ncis', 'titanic', 'avengers', 'batman', 'joker', 'scarface', 'rambo',
  'terminator', 'rocky', 'predator', 'chucky', 'saw', 'scream', 'bleach', 'kaamelott',
  'mentalist', 'columbo', 'westworld', 'yellowstone', 'succession', 'arcane', 'wednesday',
  'spiderman', 'superman', 'shrek', 'hunger games', 'matrix', 'gladiator', 'taken',
  'baki', 'snk', 'tchoupi', 'peppa pig', 'pokemon', 'minecraft', 'zelda', 'mario',
];

/** The longest word of every title: one scan for any of them before the longer regexes. */
const TITLE_WORD = new RegExp(`\\b(${[...LONG_TITLES, ...SHORT_TITLES].map(
  (title) => title.split(' ').reduce((longest, word) =>
    (word.length > longest.length ? word : longest)),
).join('|')})\\b`);

const LONG = new RegExp(`\\b(${LONG_TITLES.join('|')})\\b`);
const SHORT = new RegExp(`\\b(dans|regarde|regarder|regardais|regardait|regardons|mate|revu|` +
  `vu|fin de|episode de|saison \\d+ de|le film|la serie|le dernier|la fin de) ` +
  `(${SHORT_TITLES.join('|')})\\b|\\b(${SHORT_TITLES.join('|')}) (saison|episode|ep)\\b`);

/**
 * Real life beside the title: the writer or a relative harmed ("mon mari regarde peaky
 * blinders et il vient de me frapper"), or what happened while watching or playing ("on
 * regardait game of thrones et le canapé a pris feu").
 */
const REAL_LIFE = new RegExp('\\b(me|nous) (frappe|frapper|tape|taper|bat|battre|menace|' +
  'menacer|etrangle|etrangler|suit|suivre|poignarde|tire dessus)\\b|\\bvient de me\\b|' +
  '\\b(mon|ma) (mari|femme|pere|mere|fils|fille|voisin|voisine|copain|copine|ex|frere|soeur|' +
  'beau pere|belle mere|bebe|enfant)\\b|\\b(regard[a-z]*|mat[a-z]*|jou[a-z]*|devant)\\b.*' +
  '\\b(et|quand|lorsque|pendant que|mais)\\b');

export function namesAFictionTitle(text: string): boolean {
  if (!gatedTest(TITLE_WORD, text)) {
    return false;
  }
  return (gatedTest(LONG, text) || gatedTest(SHORT, text)) &&
    !gatedTest(STRONG_NOW_MARKERS, text) &&
    !gatedTest(REAL_LIFE, text);
}
