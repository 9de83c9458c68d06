import { rx } from './triage-words';

/** What a school year, a job or a home puts at stake: never a body. */
const STAKE_NOUN = '(boulot|emploi|travail|poste|job|logement|appart|appartement|maison|bourse|' +
  'annee|semestre|diplome|bac|brevet|permis|points|client|clients|contrat|cdi|cdd|stage|place|' +
  'droits|aides|apl|rsa|chomage|allocation|allocations|argent|economies|credit|licence|master|' +
  'passage|classe|moyenne|entreprise|boite|commerce|magasin|restaurant|exploitation|garde|bail|' +
  'titre de sejour|carte de sejour|statut)';
const OWNER = '(mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|le|la|les)';

const STAKE = '(redoubler|tripler|echouer|rater|louper|perdre ' + OWNER + ' ' + STAKE_NOUN + '|' +
  'me faire (virer|renvoyer|licencier|exclure|recaler|expulser)|se faire (virer|renvoyer|' +
  'licencier|exclure|recaler|expulser)|etre (vire|viree|renvoye|renvoyee|licencie|licenciee|' +
  'exclu|exclue|recale|recalee|expulse|expulsee|radie|radiee)|faire faillite|deposer le bilan|' +
  '(rater|louper|perdre) ' + OWNER + ' ' + STAKE_NOUN + '|ne pas (passer|valider|avoir) ' +
  OWNER + ' ' + STAKE_NOUN + ')';

/** What an exam, a job or a licence failed takes, said of oneself: "c'est la fin pour moi". */
const END_OF_ME = '(ce est|c est|cest|ca sera|ce sera|ca va etre|je suis|suis|chui|jsuis|' +
  'je serai|serai) (la fin pour moi|la fin de moi|fini pour moi|fini|finie|foutu|foutue|mort|' +
  'morte|cuit|cuite|mal barre|mal barree|grille|grillee|dead|mort de chez mort)';
/** The exam, the job or the licence at stake, or failing it. */
// not STAKE_NOUN's homes: "si je rentre à la maison je suis mort" may be a child's dread
const STAKE_WORD = `(${STAKE}|bac|brevet|permis|code|partiel|partiels|exam|exams|examen|` +
  'examens|concours|oral|bts|dut|cap|licence|master|diplome|annee|semestre|moyenne|bulletin|' +
  'entretien|match|audition|taf|boulot|job|travail|emploi|poste|cdi|cdd|contrat|stage|' +
  'rattrapage|redouble|rate|loupe|echoue|vire|viree|renvoye|renvoyee|licencie|licenciee|' +
  'recale|recalee|(fais|fait|fasse) (virer|renvoyer|licencier|exclure|recaler|jeter))';
/** Who speaks in the condition: "si je rate", "si j'ai pas", "si mes parents voient". */
const IF_WHO = '(je|on|tu|mes parents|mon pere|ma mere|mon patron|ma patronne|mon chef)';

/**
 * "Je suis en danger de redoubler", "en danger de perdre mon boulot": "en danger" said of a
 * school year, a job or a home, removed before the call-for-help rule and the net read "je
 * suis en danger". "En danger de mort" or "de perdre la vie" holds no such stake and stays.
 */
export const STAKES_IDIOMS: readonly RegExp[] = [
  rx('g', `\\ben danger de ${STAKE}\\b`),
  // "si j'ai pas mon bac c'est la fin pour moi", "c'est fini pour moi si je rate le permis":
  // an exam or a job at stake in a condition; "... je vais en finir ce soir" stays beside it
  rx('g', `\\bsi ${IF_WHO}( [a-z0-9]+){0,6}? ${STAKE_WORD}\\b( [a-z0-9]+){0,4}? ${END_OF_ME}\\b`),
  rx('g', `\\b${END_OF_ME} si ${IF_WHO}( [a-z0-9]+){0,6}? ${STAKE_WORD}\\b`),
  // "je me saigne aux quatre veines pour mes enfants": money given, no blood lost
  rx('g', '\\b(me|se|te|nous|vous) (suis |est |sont |sommes )?(saigne|saignee|saignes|saignent|',
    'saigner|saignons|saignez)( [a-z]+){0,2} aux quatre veines\\b'),
];
