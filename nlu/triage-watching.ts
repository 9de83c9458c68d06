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

/** Cheap test first: most messages watch nothing. */
const HINT = /\b(regard|matai|devant)/;

/** The text without what the writer was watching when something happened. */
export function withoutWatching(text: string): string {
  if (!HINT.test(text)) {
    return text;
  }
  return text.replace(WATCHING, ' ').replace(/ +/g, ' ').trim();
}
