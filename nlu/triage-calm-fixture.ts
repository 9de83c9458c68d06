import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';

/** A household thing that holds other things, never a person (no ladder, chair or harness). */
const FIXTURE = '(corde a linge|cordes a linge|fil a linge|fils a linge|etendoir|etendage|' +
  'sechoir( a linge)?|etagere|etageres|tringle( a rideaux?)?|porte manteaux?|penderie|tablette|' +
  'meuble|placard|cadre|miroir|rideau|rideaux|store|sac|sac poubelle|sacs|poche|cabas|carton|' +
  'cartons|panier|parasol|tonnelle|barnum|poignee|anse|fixation|cheville|cheviles|crochet)';
const GAVE_WAY = '(a |ont )?(lache|cede|casse|craque|pete|claque|se est (effondre|effondree|' +
  'decroche|decrochee|casse|cassee|ecroule|ecroulee|arrache|arrachee|renverse|renversee)|' +
  'est (tombe|tombee|casse|cassee|par terre))';
/** What fell with it: the washing, the shopping, the dishes, "tout". */
const THINGS = '(tout|tout le linge|tout mon linge|le linge|mon linge|les vetements|les habits|' +
  'les draps|mes affaires|les affaires|la vaisselle|les assiettes|les verres|les courses|' +
  'mes courses|les livres|les bocaux|les pots|les bibelots|les conserves|les bouteilles|' +
  'les oeufs|les plantes|les pots de fleurs|les cadres|les jouets)';
const DOWN = '((est|sont|a|ont) )?(tombe|tombes|tombee|tombees|par terre|au sol|casse|casses|' +
  'cassee|cassees|ecrase|ecrases|ecrasee|ecrasees)( par terre| au sol| dans la boue| dans la ' +
  'flaque| dans la cour| dans le jardin| partout)*';

/**
 * "La corde à linge a lâché, tout est tombé par terre": a thing that gave way and the things
 * it held, read by the learned vote as a climber's rope and a fall (15). Both clauses are
 * removed like idioms; a fall onto someone ("tout est tombé sur mon fils") is no thing's and
 * stays, as does whoever is named hurt beside it.
 */
const FIXTURE_GAVE_WAY = rx('g',
  `\\b(le |la |les |l |mon |ma |mes |notre |nos )?${FIXTURE}( [a-z]+){0,2} ${GAVE_WAY}\\b`,
  '(?! sur)',
);
const FIXTURE_SEEN = rx('', FIXTURE_GAVE_WAY.source);
const THINGS_DOWN = rx('g', `\\b${THINGS} ${DOWN}\\b(?! sur)`);

/** The things fallen go only with the thing that gave way: "tout est tombé" alone stays. */
export function withoutFallenFixture(text: string): string {
  if (!gatedTest(FIXTURE_SEEN, text)) {
    return text;
  }
  return gatedReplace(gatedReplace(text, FIXTURE_GAVE_WAY, ' '), THINGS_DOWN, ' ');
}
