import { gatedTest } from './regex-gate';
/**
 * Watching the television or a film is what the writer was doing when it happened, not
 * what happens: "on regardait la télé et d'un coup mon mari s'est effondré", "je regardais
 * un film quand j'ai entendu casser la vitre" had the danger read as fiction and calmed
 * (twelfth tester's F0). The activity is left out before the fiction markers are read when
 * something sudden follows it; "dans le film il le poignarde" stays fiction.
 */
const WATCHING = new RegExp('\\b' +
  '(regardait|regardais|regardions|regardaient|matait|matais|etait devant|etais devant|' +
  'etions devant|etaient devant|etait tranquille devant|etais tranquille devant|' +
  'mataient)( [a-z]+){0,2}? ' +
  '(la tele|la television|la tv|un film|une serie|un match|le match|netflix|un episode|' +
  'le journal|les infos|un documentaire)( [a-z]+){0,3}?' +
  '(?= (et (de un coup|soudain|soudainement|tout a coup|tout de un coup|la|puis|il|elle|on)|' +
  'quand|lorsque|soudain|tout a coup|de un coup|et))', 'g');

/**
 * A show watched and done, told as a step of the day ("elle a regardé la télé puis elle est
 * montée", "après le film il est rentré ivre"): the danger that follows is no part of it.
 * The show must end before a "then", so that "dans la série il la frappe" and "un film où il
 * la tue" stay fiction: the marker only calms when the danger is in the show.
 */
const SHOW = '(la tele|la television|la tv|un film|le film|une serie|la serie|un match|' +
  'le match|netflix|un episode|le journal|les infos|un documentaire|son feuilleton|' +
  'son emission|un dessin anime|les dessins animes|un livre|son livre|un roman)';
/** Words around the show, never its story: "un film où il la tue" is the show's. */
const AROUND = '( (?!(ou|dans|qui|que|il|elle|ils|elles|on|heros|personnage)\\b)[a-z0-9]+)';
const WATCHED_THEN = new RegExp([
  '\\b((a|ai|as|avons|avez|ont|avait|avais|avions|avaient|apres avoir)( [a-z]+){0,2}? ',
  '(regarde|regardee|mate|matee|vu|vue|lu|lue|fini|finit|termine|eteint)|(mange|mangee|',
  `dine|soupe|endormi|endormie) devant)( [a-z]+){0,2}? ${SHOW}${AROUND}{0,6}?`,
  '(?= (puis|ensuite|apres ca|et apres|et puis|avant de|vers \\d+|et (elle|il|on|je|nous|',
  'ils|elles|mon|ma|son|sa)) )|',
  '\\bapres (la tele|le film|la serie|le match|le journal|les infos|le episode|',
  'son emission|son feuilleton)\\b',
].join(''), 'g');

/** Cheap test first: most messages watch nothing. */
const HINT = /\b(regard|matai|mate|devant|vu|lu|fini|termine|eteint|apres)/;

/** The text without what the writer was watching when something happened. */
export function withoutWatching(text: string): string {
  if (!gatedTest(HINT, text)) {
    return text;
  }
  return text.replace(WATCHING, ' ').replace(WATCHED_THEN, ' ').replace(/ +/g, ' ').trim();
}
