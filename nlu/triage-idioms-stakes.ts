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

/**
 * "Je suis en danger de redoubler", "en danger de perdre mon boulot": "en danger" said of a
 * school year, a job or a home, removed before the call-for-help rule and the net read "je
 * suis en danger". "En danger de mort" or "de perdre la vie" holds no such stake and stays.
 */
export const STAKES_IDIOMS: readonly RegExp[] = [
  rx('g', `\\ben danger de ${STAKE}\\b`),
  // "je me saigne aux quatre veines pour mes enfants": money given, no blood lost
  rx('g', '\\b(me|se|te|nous|vous) (suis |est |sont |sommes )?(saigne|saignee|saignes|saignent|',
    'saigner|saignons|saignez)( [a-z]+){0,2} aux quatre veines\\b'),
];
