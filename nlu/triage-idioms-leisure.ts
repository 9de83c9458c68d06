import { rx } from './triage-words';

/** A party, a stage, a dance floor: where one "takes fire" for joy. */
const PARTY = '(karaoke|boite|soiree|fete|teuf|piste|piste de danse|dancefloor|concert|scene|' +
  'micro|mariage|anniv|anniversaire|bal|festival|open mic|blind test|battle|bar|kermesse|' +
  'spectacle|gala)';

/** Flames, smoke or the firemen anywhere: then it burns for real. */
const REAL_FIRE = '\\b(flammes?|fumee|incendie|pompiers|brulure|brulures|brule vif|brulee vive|' +
  'au secours|aidez|vite|en feu|le feu a pris|extincteur)\\b';

/** Someone smoking a substance: "fume de la weed", "fument des joints". */
const SMOKED = '(weed|beuh|shit|cannabis|joint|joints|pet|pets|bedo|bedos|cigarette|cigarettes|' +
  'clope|clopes|cigare|cigares|pipe|chicha|narguile|herbe|ganja|spliff|tabac|cigarillo|vapoteuse)';

/** Someone smoking one of them. */
const SMOKING = `(fume|fument|fumait|fumaient|fumer) (de la |du |des |un |une |son |sa |ses |` +
  `leur |leurs )?${SMOKED}`;

/**
 * Leisure that the net read as fire (blind94): "j'ai pris feu au karaoké 🔥" (a great night),
 * "la voisine fume de la weed, ça sent jusque dans le salon" (a neighbour's smoke, the
 * neighbour-dispute answer). Removed before the rules read the message; a flame, smoke or a
 * call for help anywhere keeps every word.
 */
export const LEISURE_IDIOMS: readonly RegExp[] = [
  rx('g',
    // who had the night: a person, or the message opening on "grave" ("grave pris feu au
    // concert"); never "la scène a pris feu au concert", which burns
    '(\\b(je ai|jai|on a|il a|elle a|ils ont|elles ont|tu as|t as|vous avez|nous avons)|',
    '^(grave|trop|tellement|carrement))',
    '( grave| trop| vraiment| carrement| completement| tellement| bien)? ',
    '(pris feu|mis le feu|enflamme|brule|crame|allume)',
    `( (au|a la|a le|en|sur la|sur le|pendant la|pendant le|pendant)( [a-z]+)? ${PARTY}|`,
    ` (la|le) ${PARTY})`,
    `\\b(?!.*${REAL_FIRE})(?<!${REAL_FIRE}.*)`,
  ),
  // the smoke of it, coming in: "... fume du shit, la fumée rentre chez moi" (before the next)
  rx('g',
    `(?<=\\b${SMOKING}\\b.*)\\b(la |sa |leur )?fumee( de (son|sa|ses|leur|leurs) [a-z]+)? `,
    '(rentre|monte|arrive|entre|passe|vient|remonte|penetre)\\b|',
    `\\b(la |sa |leur )?fumee (de la |du |des |de leur |de son |de sa |de ses )?${SMOKED}\\b`,
  ),
  rx('g', `\\b${SMOKING}\\b(?!.*${REAL_FIRE})(?<!${REAL_FIRE}.*)`),
];
