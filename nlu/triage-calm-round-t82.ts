import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import { DANGER_LEFT } from './triage-calm-round-t80';

/**
 * Round t82's false alarms: a sailor or a kite-surfer out as planned ("il revient pas avant
 * 18h"), a locksmith forcing the door he was called for, a sport's jump or a hard hike
 * "qu'on avait envie d'en finir avec". Each settles the message only when, once the calm
 * clause is removed, no danger is told beside it.
 */

/** A return planned later: "il revient pas avant 18h", "retour prévu vers 19h". */
const RETURN_PLANNED = rx('',
  '\\b((revient|reviennent|rentre|rentrent|reviendra|reviendront|rentrera|rentreront|',
  'sera de retour|seront de retour|sera rentre|sera rentree)( pas)? (avant|vers|pour|a|dans)|',
  'retour (prevu|annonce) (a|vers|pour|dans|avant)) ',
  '([0-9]{1,2} ?(h|heures?)( ?[0-9]{2})?|midi|ce soir|la fin de la journee|la nuit|le diner|',
  'le gouter|la maree (haute|basse)|(une|deux|trois|[0-9]) heures?|(une|deux|trois) bonnes? ',
  'heures?)\\b',
);

/** Out on the water or the mountain by choice: the outing whose return is planned. */
const OUTING = rx('',
  '\\b(kite|kitesurf|kite surf|kiteur|windsurf|planche a voile|voile|voilier|bateau|en mer|',
  'au large|la peche|a la peche|peche en mer|plongee|surf|paddle|kayak|jet ski|regate|',
  'navigue|naviguer|croisiere|catamaran|zodiac|rando|randonnee|montagne|ski|parapente)\\b',
);

/** What makes a planned return overdue or the outing a rescue. */
const RETURN_WORRY = rx('',
  '\\b(devait|devaient|aurait du|auraient du|toujours pas|(pas|plus|jamais) (rentre|rentree|',
  'revenu|revenue|de retour)|il est [0-9]{1,2} ?h|il est deja|deja [0-9]{1,2} ?h|en retard|',
  'voit plus|vois plus|voyons plus|voie plus|voit pas|vois pas|voyons pas|nouvelles|repond|',
  'injoignable|inquiet|inquiete|inquiets|',
  'disparu|disparue|chavire|coule|derive|detresse|difficulte|secours|aide|aidez|tombe|tombee|',
  'signes|tempete|orage|noie|noye|emporte|emportee|blesse|blessee|accident|vite|urgence|',
  'mayday|par dessus bord|prend le eau|cogne|cognee|bat|battu|battue|tape|tabasse|peur)\\b',
);

/** A locksmith or a bailiff's craftsman at the door he was called to: not a burglar. */
const LOCKSMITH_AT_WORK = rx('',
  '\\b(le|un|les|des|mon|notre|un vrai) (serrurier|serruriers|depanneur|artisan|huissier)',
  '( [a-z]+){0,4} (force|forcent|forcer|fracture|fracturent|fracturer|defonce|defoncent|',
  'defoncer|casse|cassent|casser|perce|percent|percer|ouvre|ouvrent|ouvrir|demonte|demontent|',
  'demonter|change|changent|changer|crochete|crochetent|crocheter)',
  '( [a-z]+){0,2} (la porte|le porte|la serrure|le verrou|le barillet|le cylindre|la fenetre)\\b|',
  '\\b(est en train|sont en train) de (forcer|fracturer|percer|ouvrir|demonter|changer) ',
  '(la porte|la serrure|le verrou|le barillet)( [a-z]+){0,4} (serrurier|depanneur)\\b',
);

/** Who is no locksmith though he says so, and a break-in told beside the work. */
const BURGLAR_LEFT = rx('',
  '\\b(faux|fausse|pretendu|soi disant|se fait passer|cambrioleur|cambrioleurs|voleur|',
  'voleurs|cagoule|cagoules|inconnu|inconnus|quelqu un|quelque un|qqn|un homme|des hommes|',
  'un mec|des mecs|un type|des types|intrus|force|forcent|defonce|defoncent|fracture|',
  'entre|entrent|rentre|rentrent|peur|au secours|aidez|vite|arme|couteau|menace|frappe|',
  'cambriolage|cambrioler|cambriole|squat|squatteur|squatteurs|absent|absents|absente|',
  'en vacances|suspect|louche|bizarre)\\b',
);

/** A sport's jump or a hard outing "on a envie d'en finir avec". */
const SPORT_FIGURE = rx('',
  '\\b(sauter|saute|sautes|sautent|sauterai|sauter encore|saut)',
  '( (de|du|depuis) (la|le|une|un) (falaise|pont|montagne|sommet|avion|colline|dune|viaduc|',
  'rocher|plongeoir))? (en|a le|avec un|avec le|de) (parapente|parachute|elastique|',
  'deltaplane|wingsuit|base jump|speed riding|paramoteur|ulm)\\b|',
  '\\b(en finir|finir|en finissons|en finisse) avec (la|le|cette|ce|cet|ma|mon|notre|nos|les) ',
  '(rando|randonnee|randonnees|course|marathon|semi|trail|montee|ascension|etape|sortie|',
  'balade|velo|entrainement|seance|match|descente|grimpette|cote|col|boucle|ultra|triathlon|',
  'stage|journee de marche|marche|piste|session|muscu|cross|footing|pente)\\b',
);

/** What is left when the figure is removed and still tells despair or a fall. */
const DESPAIR_LEFT = rx('',
  '\\b(en finir|mourir|me tuer|se tuer|suicide|suicider|me jeter|se jeter|sauter|saute|',
  'vivre|la vie|plus la force|au bout|disparaitre|tombe|tombee|chute|blesse|blessee|',
  'accident|secours|aide|aidez|inconscient|inconsciente|bouge plus|respire|avec tout|',
  'avec moi|avec ma vie|avec cette vie|ecrase|ecrasee|crash|crashe|percute|percutee|coince|',
  'coincee|accroche|accrochee|pas ouvert|ouvert pas|casse|cassee|lache|decroche|bloque|',
  'bloquee|perdu connaissance|suis fait mal|est fait mal|saigne|sang)\\b',
);

/** A figure, and what must not be left beside it (besides round t80's danger words). */
interface CalmFigure {
  figure: RegExp;
  left: RegExp;
  /** Read on the whole message: "pas rentré à 18h" holds a plan's words and the worry. */
  whole?: boolean;
  /** Also needed somewhere in the message. */
  beside?: RegExp;
}

const CALM_FIGURES: readonly CalmFigure[] = [
  { figure: RETURN_PLANNED, left: RETURN_WORRY, whole: true, beside: OUTING },
  { figure: LOCKSMITH_AT_WORK, left: BURGLAR_LEFT },
  { figure: SPORT_FIGURE, left: DESPAIR_LEFT },
];

/** Cheap words first: most messages name none of the round's figures. */
const HINT = rx('',
  '\\b(revien|rentr|retour|serrur|depanneur|artisan|huissier|parapente|parachute|elastique|',
  'deltaplane|wingsuit|jump|paramoteur|ulm|finir|finiss)',
);

/** True when a figure of round t82 is told and, once it is removed, no danger is left. */
export function settledT82(text: string): boolean {
  if (!gatedTest(HINT, text)) {
    return false;
  }

  const calm = CALM_FIGURES.find(({ figure }) => gatedTest(figure, text));
  if (calm === undefined || (calm.beside !== undefined && !gatedTest(calm.beside, text))) {
    return false;
  }

  const left = text.replace(new RegExp(calm.figure.source, 'g'), ' ');
  return !calm.left.test(calm.whole === true ? text : left) && !gatedTest(DANGER_LEFT, left);
}
