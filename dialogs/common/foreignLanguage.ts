/**
 * A message written in another language than French, which the models cannot read:
 * Arabic ("مرحبا سرقت سيارتي") got the out-of-scope answer and German the "not
 * understood" one, in French, where English and Spanish writers asking for their
 * language are told that the service answers in French and that the 112 has interpreters
 * (tester F12). English and Spanish stories are left to the model, which reads their
 * common questions.
 */

/** Words of German, Italian or Portuguese that French never uses, nor English or Spanish. */
const FOREIGN_WORDS: ReadonlySet<string> = new Set([
  // German
  'ich', 'nicht', 'und', 'ist', 'mein', 'meine', 'meinen', 'meiner', 'mich', 'mir', 'wurde',
  'wurden', 'worden', 'gestohlen', 'bitte', 'hilfe', 'habe', 'haben', 'kann', 'können',
  'konnen', 'sie', 'wir', 'guten', 'danke', 'polizei', 'wo', 'wie', 'warum', 'ein', 'eine',
  'einen', 'einem', 'das', 'dem', 'auf', 'zu', 'bei', 'nach', 'heute',
  'gestern', 'jemand', 'verloren', 'gefunden', 'geschlagen', 'bedroht', 'wohnung', 'brauche',
  'sprechen', 'spreche', 'deutsch', 'nur', 'auch', 'aber', 'oder', 'sehr', 'schon', 'noch',
  'jetzt', 'dass', 'weil', 'mann', 'frau', 'nein', 'gibt', 'hallo', 'meinem', 'ausweis',
  // Italian
  'sono', 'ho', 'hai', 'mio', 'mia', 'miei', 'della', 'dello', 'degli', 'delle', 'nella',
  'nello', 'che', 'è', 'perché', 'perche', 'grazie', 'buongiorno', 'buonasera', 'aiuto',
  'favore', 'questo', 'questa', 'quello', 'quella', 'siamo', 'stato', 'stata', 'rubato',
  'rubata', 'rubati', 'macchina', 'polizia', 'dove', 'anche', 'molto', 'oggi', 'ieri', 'gli',
  'voglio', 'posso', 'devo', 'parlare', 'aiutarmi', 'qualcuno', 'niente', 'adesso', 'subito',
  'hanno', 'perso', 'persa', 'io', 'sto',
  // Portuguese
  'não', 'nao', 'você', 'voce', 'meu', 'minha', 'meus', 'minhas', 'uma', 'isso', 'ontem',
  'hoje', 'estou', 'tenho', 'roubaram', 'roubado', 'roubada', 'ajuda', 'ajudar', 'quero',
  'preciso', 'agora', 'alguém', 'alguem', 'também', 'tambem', 'muito', 'obrigado',
  'obrigada', 'bom', 'olá', 'ela', 'ele', 'pelo', 'pela', 'numa', 'seu', 'sua', 'perdi',
]);

/** French words that show a message is French whatever foreign words it quotes. */
const FRENCH_WORDS: ReadonlySet<string> = new Set([
  'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'le', 'la', 'les', 'l',
  'un', 'une', 'des', 'de', 'du', 'd', 'et', 'est', 'a', 'à', 'au', 'aux', 'en', 'dans',
  'pour', 'par', 'sur', 'avec', 'pas', 'ne', 'que', 'qui', 'mon', 'ma', 'mes', 'ton', 'ta',
  'son', 'sa', 'ses', 'ce', 'cette', 'c', 'ai', 'suis', 'm', 'me', 'moi', 'y', 'qu', 'bonjour',
  'mais', 'ou', 'où', 'été', 'fait', 'plus', 'très', 'notre', 'votre', 'leur',
]);

/** Below this share of foreign words, a French message merely quotes a few of them. */
const MIN_FOREIGN_SHARE = 0.34;

const BEYOND_LATIN_BLOCKS = /[^\u0000-\u024f]/;
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Between words: "è" and "não" keep their accents, which tell these languages apart. */
const NOT_WORD = /[^\p{L}]+/u;

/** Most of the letters in another script than the Latin one (Arabic, Cyrillic, CJK…). */
function inAnotherScript(text: string): boolean {
  // every letter up to U+024F is Latin: most messages end here, before two Unicode scans
  if (!BEYOND_LATIN_BLOCKS.test(text)) {
    return false;
  }
  const letters = text.match(LETTER)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return letters - latin >= 2 && letters - latin > latin;
}

/** Clearly German, Italian or Portuguese: several of their words, and few French ones. */
function inAnotherLatinLanguage(text: string): boolean {
  const words = text.toLowerCase().split(NOT_WORD).filter((word) => word !== '');
  let foreign = 0;
  for (const word of words) {
    foreign += FOREIGN_WORDS.has(word) ? 1 : 0;
  }
  // most messages have no foreign word at all: the French ones are counted only when needed
  if (foreign < 2 || foreign < words.length * MIN_FOREIGN_SHARE) {
    return false;
  }
  const french = words.filter((word) => FRENCH_WORDS.has(word)).length;
  return foreign > french;
}

/** Whether `text` is written in a language the service does not read. */
export function writtenInAnotherLanguage(text: string): boolean {
  return inAnotherScript(text) || inAnotherLatinLanguage(text);
}
