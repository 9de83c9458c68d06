import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * French as a newcomer writes it ("moi pas parler bien français, homme frapper moi, je cache
 * dans toilette"), read the way the triage rules were written: infinitives conjugated, the
 * object pronoun put before its verb, the missing "me" of "je me cache", articles restored
 * where the rules expect them. Only a message showing such French is respelled, and the
 * triage reads the respelling besides the text itself, so it can add a detection and never
 * hide one; what cancels is still read from what the citizen wrote.
 */

/** Danger verbs left in the infinitive, and how the rules read them. */
const INFINITIVES: ReadonlyMap<string, string> = new Map([
  ['frapper', 'frappe'], ['taper', 'tape'], ['battre', 'bat'], ['cogner', 'cogne'],
  ['tabasser', 'tabasse'], ['etrangler', 'etrangle'], ['menacer', 'menace'],
  ['attaquer', 'attaque'], ['agresser', 'agresse'], ['violer', 'viole'], ['tuer', 'tue'],
  ['suivre', 'suit'], ['chercher', 'cherche'], ['pousser', 'pousse'], ['toucher', 'touche'],
  ['tenir', 'tient'], ['enfermer', 'enferme'], ['blesser', 'blesse'], ['poignarder', 'poignarde'],
  ['tomber', 'est tombe'], ['avaler', 'a avale'], ['casser', 'casse'], ['entrer', 'entre'],
  ['couler', 'coule'], ['bruler', 'brule'], ['respirer', 'respire'], ['bouger', 'bouge'],
  ['repondre', 'repond'], ['saigner', 'saigne'], ['vouloir', 'veut'], ['devenir', 'devient'],
  ['revenir', 'revient'], ['pleurer', 'pleure'], ['crier', 'crie'], ['mourir', 'meurt'],
  ['boire', 'boit'], ['forcer', 'force'], ['defoncer', 'defonce'], ['noyer', 'se noie'],
  ['avoir', 'a'], ['trembler', 'tremble'], ['laisser', 'laisse'],
]);

/** Signs of learner French: "moi" as a subject, a verb left in the infinitive, the language. */
export const LEARNER_FRENCH = rx('',
  '\\b(moi (pas |aussi |seul |seule |beaucoup |vouloir |pouvoir )?[a-z]+(er|ir|re)|',
  'moi (peur|femme|seul|seule|malade|blesse|blessee)|',
  '(frapper|frappe|taper|tape|suivre|suit|menacer|menace|chercher|cherche|tuer|tue) moi|',
  '(homme|hommes|enfant|bebe|fils|fille|mari|femme|ami|amie|monsieur|madame|bateau|voisin|',
  'pere|mere|frere|soeur|copain|copine|papa|maman|il|elle|ils) (pas )?(',
  [...INFINITIVES.keys()].join('|'), ')|',
  'pas (respirer|reveiller|bouger|repondre)|pas (bien |beaucoup )?(parler|parle|comprendre|',
  'comprends|connaitre|connais|savoir|sais) (bien |beaucoup |le |la langue )?francais|',
  '(frapper|taper|battre|cogner|tabasser|etrangler|attaquer|poignarder|tuer|menacer) (femme|',
  'homme|enfant|enfants|fille|garcon|dame|monsieur|bebe|voisin|voisine|personne)|',
  'francais pas bien|pas francais|moi etranger|moi etrangere|pas pouvoir|',
  'pas possible (appeler|telephoner|parler))\\b',
);

/** Verbs whose object "moi" comes after them: "frappe moi" is "me frappe". */
const OBJECT_AFTER = new RegExp('\\b(frappe|tape|bat|cogne|tabasse|etrangle|menace|attaque|' +
  'agresse|tue|suit|cherche|pousse|touche|tient|enferme|blesse|poignarde|viole|force|laisse|' +
  'frapper|taper|battre|tuer|etrangler|attaquer|poignarder|violer|enfermer|laisser) moi\\b', 'g');
/** "taper femme": the one hit, named without a determiner. */
const BARE_VICTIM =
  /\b(frappe|tape|bat|cogne|tabasse|etrangle|attaque) (femme|homme|dame|fille)\b/g;
/** "moi enfermer dans chambre": shut in. */
const SHUT_IN = /\bmoi (enfermer|enferme|enfermee)\b/g;

/** "pas respirer": the state after its verb. */
const NOT_STATE = /\bpas (respire|bouge|repond|reveiller|se reveille)\b/g;
const CANNOT_CALL = new RegExp('\\b((moi )?pas pouvoir|(telephone )?pas possible|' +
  'pas (de )?telephone( pour)?) (appeler|telephoner|parler)\\b|\\bpas (de )?telephone\\b',
  'g');
/** "je cache dans toilette": the citizen hides, the "me" left out. */
const HIDES = /\b(moi|je) (cache|cacher|planque|planquer)\b/g;

/** Articles left out where the rules expect one: "dans mer", "tomber eau". */
const PLACES: ReadonlyMap<string, string> = new Map([
  ['mer', 'la mer'], ['eau', 'le eau'], ['maison', 'la maison'], ['cuisine', 'la cuisine'],
  ['chambre', 'la chambre'], ['rue', 'la rue'], ['voiture', 'la voiture'],
  ['escalier', 'le escalier'], ['riviere', 'la riviere'], ['piscine', 'la piscine'],
  ['appartement', 'le appartement'], ['parking', 'le parking'], ['toilette', 'les toilettes'],
  ['placard', 'le placard'], ['lit', 'le lit'],
]);
const BARE_PLACE = new RegExp(`\\b(dans|sous|a|de|sur) (${[...PLACES.keys()].join('|')})\\b`,
  'g');
/** Who acts, named without a determiner: "homme frapper moi", "mari boire". */
const BARE_PERSON = new RegExp('(^|\\b(?:et|moi|pas|avec|maintenant) )(homme|mari|enfant|bebe|' +
  'ami|monsieur|madame|frere|soeur|papa|maman)\\b', 'g');
const PERSON: ReadonlyMap<string, string> = new Map([
  ['homme', 'un homme'], ['mari', 'mon mari'], ['enfant', 'mon enfant'], ['bebe', 'mon bebe'],
  ['ami', 'mon ami'], ['monsieur', 'un homme'], ['madame', 'une femme'], ['frere', 'mon frere'],
  ['soeur', 'ma soeur'], ['papa', 'mon papa'], ['maman', 'ma maman'],
]);
/** "porte moi": my door; "frapper porte": at the door; "entrer maison": into it. */
const MINE = /\b(porte|maison|appartement|voiture|enfant|enfants|fille|fils) moi\b/g;
/** "femme lui": his wife. */
const HIS = /\b(femme|mari|enfant|enfants|fille|fils|mere|pere) lui\b/g;
const AT_DOOR = /\b(frapper|frappe|taper|tape|casser|casse|forcer|force) porte\b/g;
const INTO = /\b(entrer|entre) (maison|appartement|chambre)\b/g;
const SWALLOWED = /\b(avaler|avale) (medicaments|pilules|cachets|comprimes|produit)\b/g;
const AT_PLACE = /\b(tomber|tombe) (escalier|eau|mer|riviere|piscine)\b/g;

/**
 * A time gone by, told without tenses ("mari frapper moi avant, maintenant divorce"): then
 * the infinitives are not read as now.
 */
const LEARNER_PAST = new RegExp('\\b(avant(?! (de|que|hier))|autrefois|hier|deja fini|' +
  '(semaine|annee) (passee|derniere)|(mois|an) (passe|dernier)|' +
  'il y a [a-z0-9]+ (jours|semaines|mois|ans))\\b');

/** After these, an infinitive is right as it is: "veut entrer", "pour frapper". */
const KEEPS_INFINITIVE = new Set(['veut', 'peut', 'va', 'vont', 'veux', 'peux', 'doit', 'de',
  'pour', 'a', 'sans', 'faut', 'vouloir', 'pouvoir']);

function conjugated(text: string): string {
  const words = text.split(' ');
  return words.map((word, index) => (KEEPS_INFINITIVE.has(words[index - 1] ?? '')
    ? word : INFINITIVES.get(word) ?? word)).join(' ');
}

/** Learner French telling no time gone by: what it tells is happening now. */
export function learnerFrenchNow(normalized: string): boolean {
  // not through the gate: its subjects times its infinitives make thousands of literal
  // terms to check (~4 µs a message), when the regex itself runs in a fraction of that
  return gatedTest(LEARNER_FRENCH, normalized) && !gatedTest(LEARNER_PAST, normalized);
}

/** The message respelled, or as it is when it shows no learner French. */
export function learnerRespelled(normalized: string): string {
  if (!learnerFrenchNow(normalized)) {
    return normalized;
  }

  const placed = normalized
    .replace(MINE, (_all, thing: string) => `${thing.endsWith('s') ? 'mes' : 'ma'} ${thing}`)
    .replace(HIS, (_all, kin: string) => `${kin.endsWith('s') ? 'ses' : 'sa'} ${kin}`)
    .replace(SHUT_IN, 'je suis enfermee')
    .replace(AT_DOOR, '$1 a la porte')
    .replace(INTO, (_all, _verb: string, place: string) =>
      `est entre dans ${PLACES.get(place) ?? place}`)
    .replace(SWALLOWED, 'a avale des $2')
    .replace(AT_PLACE, (_all, _verb: string, place: string) =>
      `est tombe dans ${PLACES.get(place) ?? place}`)
    .replace(HIDES, 'je me cache')
    .replace(CANNOT_CALL, 'je peux pas appeler')
    .replace(BARE_PLACE, (_all, preposition: string, place: string) =>
      `${preposition} ${PLACES.get(place) ?? place}`)
    .replace(BARE_PERSON, (_all, before: string, person: string) =>
      `${before}${PERSON.get(person) ?? person}`);

  return conjugated(placed)
    .replace(OBJECT_AFTER, 'me $1')
    .replace(BARE_VICTIM, (_all, verb: string, victim: string) =>
      `${verb} ${victim === 'homme' ? 'un' : 'une'} ${victim}`)
    .replace(NOT_STATE, (_all, state: string) =>
      `${state === 'reveiller' ? 'se reveille' : state} pas`)
    .replace(/ +/g, ' ')
    .trim();
}
