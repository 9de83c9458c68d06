import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Neighbours' children left outside alone until late, night after night, who seem not to
 * eat enough: "les petits des voisins traînent seuls dehors jusqu'à minuit, ils ont l'air
 * mal nourris". A worry about neglect to report (the child-in-danger answer gives the 119
 * and how), not tonight's alarm. A child outside now in the cold, crying, hurt, lost or
 * beaten keeps the alarm.
 */
const CHILDREN = rx('',
  '\\b(enfants|enfant|petits|petit|petite|gamins|gamin|gamine|gosses|gosse|momes|',
  'marmots|bambins)\\b',
);

/** Left outside alone, late. */
const LEFT_OUT = rx('',
  '\\b((seul|seule|seuls|seules|tout seuls|toutes seules|livres a eux memes|sans adulte|',
  'sans surveillance)( [a-z]+){0,3} (dehors|dans la rue|en bas|sur le parking|jusque a)|',
  '(dehors|dans la rue|en bas|sur le parking)( [a-z]+){0,2} (seul|seule|seuls|seules|',
  'tout seuls|sans adulte|sans surveillance)|jusque a (minuit|\\d+ ?h|tres tard|pas de heure))\\b',
);

/** Hunger, thinness, dirt: neglect seen over time. */
const NEGLECT = rx('',
  '\\b(mal nourris|mal nourri|mal nourries|sous nourris|maigres|maigre|tres minces|',
  'faim|mangent pas|mange pas|ne mangent|rien a manger|manger a leur faim|sales|',
  'mal habilles|pas lave|pas laves|negliges|negligence|delaisses|abandonnes a eux)\\b',
);

/** Tonight's danger: now, cold, crying, hurt, lost, beaten. */
const NOW = rx('',
  '\\b(ce soir|cette nuit|en ce moment|maintenant|actuellement|la dehors|il est (minuit|',
  '\\d+ ?h)|pleure|pleurent|hurle|hurlent|crie|crient|blesse|blesses|saigne|sang|froid|',
  'gele|gelent|neige|perdu|perdus|frappe|frappes|battus|bat|tape|enferme|enfermes|',
  'en pyjama|pieds nus|couteau|route)\\b',
);

export function childrenLeftOutAsHabit(text: string): boolean {
  return gatedTest(CHILDREN, text) && gatedTest(LEFT_OUT, text) && gatedTest(NEGLECT, text) &&
    !gatedTest(NOW, text);
}
