import { countryNamedIn } from '../geo/countriesAbroad';
import type { TopicResult } from './classifier';

/** Out of France: a country's name, or abroad said without one. */
const ABROAD = new RegExp('\\b(etranger|letranger|hors de france|pas en france|en europe|'
  + 'pays de europe|tous les pays|dans le monde)\\b');

/**
 * A number seen somewhere, in fiction, or asked for where it comes from. "vu" counts only
 * beside the number: "j'ai vu un accident, c'est quoi le numéro des pompiers ?" is a witness.
 */
const SEEN_OR_TOLD = new RegExp([
  '\\b(affiche|affichee|affiches|pub|publicite|panneau|pancarte|autocollant|flyer|prospectus|'
    + 'sticker|ecrit sur)\\b',
  '\\b(vu|lu|remarque|vois|voit) (le |un |ce )?(numero )?(3114|15|17|18|112|114|196)\\b',
  '\\b(3114|15|17|18|112|114|196) (que|qui) (on |je |je ai |est )?(voit|vois|vu|lu|ecrit)\\b',
  '\\b(film|films|serie|series|telefilm|feuilleton|cinema|roman|a la tele|a la television)\\b',
  // where it comes from; "pourquoi le 17 ne répond pas" is a call that failed, no history
  '\\b(depuis quand|de ou vient|qui a choisi|origine)\\b|\\bpourquoi (le |ce est le |c est le )?'
    + '(numero|chiffre|15|17|18|112|114|196)\\b(?! (ne|marche|fonctionne|repond|sonne))',
].join('|'));

/**
 * A number asked about as it works abroad, as seen somewhere (a poster at the pharmacy), in
 * fiction, or for where it comes from: general knowledge, not how to reach help from here,
 * which fresh sets label out of scope (the router still says what the number is).
 */
export function generalQuestion(normalized: string): boolean {
  return SEEN_OR_TOLD.test(normalized) || abroad(normalized);
}

function abroad(normalized: string): boolean {
  return ABROAD.test(normalized) || countryNamedIn(normalized) !== undefined;
}

/** Europe named, as a whole: the 112 is its number, which the list of numbers gives. */
const EUROPE = /\b(en europe|pays de europe|europeens?|europeennes?)\b/;

/** A number named: "le 112 marche en Europe ?" asks how that number works abroad. */
const NAMED_NUMBER = /\b(15|17|18|112|114|115|119|196|3114|3919)\b/;

/**
 * "quels sont les numéros d'urgence en Europe": no country's own numbers but the European
 * ones, the 112 first, which the service's list answers (tester, round 47: out of scope).
 */
export function europeanNumbers(normalized: string): boolean {
  return EUROPE.test(normalized) && !NAMED_NUMBER.test(normalized);
}

/**
 * A trip ahead: "on part au Maroc", "avant de partir en Grèce". Not "je suis en vacances en
 * Espagne": a danger may be told from there.
 */
const TRIP = new RegExp('\\b(on part|je pars|nous partons|on va partir|je vais partir|'
  + 'avant de partir|on ira|on va aller|je vais aller|ete prochain|bientot)\\b');

/** "on part au Maroc, le 112 marche là-bas ?": a number asked about for a trip, no danger. */
export function tripQuestion(normalized: string): boolean {
  return TRIP.test(normalized) && abroad(normalized);
}

const ABOUT_SERVICE = 'faq.about_service';

/** Every fiction frame below holds one of these: most messages skip the longer regex. */
const MAY_BE_FICTION = /film|serie|feuilleton|tele|cinema/;

/** "dans les films", "à la télé", "les séries policières": what is told is not lived. */
const FICTION_FRAME = new RegExp('\\b(dans|a|sur|comme) (les|un|une|des|ce|cette|la|le) '
  + '(films?|series?|telefilms?|feuilletons?|tele|television|cinema)\\b|\\bau cinema\\b|'
  + '\\b(films?|series?) (policiers|policieres|americains|americaines|tele)\\b');

/** An emergency number dialled, or its service by its name. */
const NUMBER_DIALLED = /\b(15|17|18|112|114|196|911|police secours)\b/;

/**
 * "dans les films ils font le 17 et la patrouille est là en deux minutes, c'est pareil en
 * vrai ?" asks what fiction shows, not how to reach this service: the model, trained on
 * citizens whose own call to the 17 brought nobody, answered about_service.
 */
export function withFictionNumbers(result: TopicResult, normalized: string): TopicResult {
  const fiction = result.topic === ABOUT_SERVICE && MAY_BE_FICTION.test(normalized)
    && FICTION_FRAME.test(normalized) && NUMBER_DIALLED.test(normalized);
  if (!fiction) {
    return result;
  }

  const score = result.score;
  return { ...result, topic: 'none', score, ambiguous: false,
    alternatives: [{ topic: 'none', score },
      ...result.alternatives.filter((alternative) => alternative.topic !== 'none')] };
}
