/**
 * Where a jump is play, read right after "veut sauter": a pool, a trampoline, a diving board,
 * a lake or the sea for a swim. A bridge, a roof or a window stays a suicide alarm, and so
 * does a river or the sea with no swim said: "il veut sauter dans la Seine" is no game.
 */
export const PLAY_JUMP = '( (a|dans) (le|la|les|une|un|des)?( grande?| petite?)? ?' +
  '(piscine|bassin|pataugeoire|trampoline|trampo|flaque|flaques|vagues|bac a sable|' +
  'tas de feuilles|matelas|lit)|' +
  ' (du|de le|depuis le|sur le) (plongeoir|tremplin|trampoline|trampo|ponton|lit|canape)|' +
  ' (a|dans) (le|la) (lac|eau|mer|riviere)( [a-z]+){0,3} (pour )?(se|me|nous|te) ' +
  '(baigner|rafraichir|amuser)|' +
  ' (a|dans) (le|la) (lac|eau|mer|riviere)( [a-z]+){0,3} (pour )?(nager|jouer)|' +
  ' (a la corde|en parachute|a le elastique|en elastique|de joie|partout|sur le lit|en le air))';
