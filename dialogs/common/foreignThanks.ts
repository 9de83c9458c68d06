/**
 * Thanks in another language, alone: "obrigado pela ajuda", "choukran", "dank je wel",
 * "dziękuję", "mulțumesc". The model knows a few of them ("gracias", "thanks"), the rest got
 * the French-only answer (the foreign-language check saw Portuguese words) or "pas compris":
 * a visitor who thanks is owed the same "avec plaisir" as one who writes "merci". Read on
 * normalize() text (no accents: "dziekuje", "multumesc"), as the whole message.
 */
const BEFORE = '(?:(?:muito|muita|muitissimo|muchas|muchisimas|mil|many|vielen|tausend|'
  + 'herzlichen|molte|hartelijk|heel erg|thank you|merci) )?';
const THANKS = '(?:obrigad[oa]|obrigadao|obrigadinh[oa]|brigad[oa]|gracias|grazie|danke|'
  + 'dankeschon|thanks|thank you|thank u|thx|tks|ty|merci|'
  + 'cho?u?kran|chokrane?|choukrane?|shu?kran|shokran|shoukran|shukrane?|chkran|'
  + 'dank je|dank u|dankjewel|dankuwel|bedankt|'
  + 'dziekuje|dziekuj|dzieki|dzienki|multumesc|multumim|mersi|'
  + 'tesekkurler|tesekkur ederim|tesekkur|spasibo|spassibo)';
/** What may follow: "very much", "wel", "bardzo", "frumos", "bezef", "mille". */
const AFTER = '(?: (?:wel|schon|sehr|vielmals|mille|tanto|mucho|muito|so much|very much|a lot|'
  + 'lots|bardzo|frumos|mult|bezzaf|bezef|bzaf|ktir|kteer|jazilan|beaucoup|bcp|encore))*';
/** "for the help" in the same languages, in any of their usual forms. */
const FOR_HELP = '(?: (?:pela|pelo|por|for|fur|per|pour|za|pentru|voor|for all)'
  + '(?: (?:la|a|o|sua|seu|su|your|the|all the|die|deine|ihre|le|il|vostro|tuo|votre|ton|de|'
  + 'tout|everything))*'
  + ' (?:ajuda|ayuda|help|hilfe|aiuto|aide|pomoc|ajutor|hulp|everything|tout|todo|tudo|'
  + 'informacion|informacao|information|info|answer|respuesta|resposta|reponse))?';
/** Who is thanked, or a friendly word: "señor", "habibi", "my friend". */
const ADDRESS = '(?: (?:senor|senora|senhor|senhora|sir|madam|amigo|amiga|my friend|friend|'
  + 'habibi|khouya|akhi|monsieur|madame|pan|pani|domnule|doamna|meneer|mevrouw))?';

/** The whole message is thanks, in one of the languages above (French included). */
export const FOREIGN_THANKS = new RegExp(`^${BEFORE}${THANKS}${AFTER}${FOR_HELP}${ADDRESS}$`);
