import { gatedTest } from './regex-gate';

/**
 * A message that is only a question comparing or explaining the emergency numbers ("quelle
 * différence entre le 15 et le 18 pour un malaise", "à quoi sert le 114 pour un sourd") asks
 * which line to call some day. The whole message must be the question: a danger told beside
 * it ("c'est quoi le 114, mon voisin respire plus") keeps its alarm.
 */
const N = '(le |les )?(15|17|18|112|114|196|3114|119|3919)';
const NUMBERS_EXPLAINED = new RegExp(`^(quelle |quel |la |c est quoi la |ce est quoi la )?` +
  `difference entre ${N} et ${N}( pour (un|une|les|des|le|la) [a-z]+( [a-z]+){0,2})?$|` +
  `^(a quoi sert|a quoi servent|comment marche|comment fonctionne|ce est quoi|c est quoi|` +
  `cest quoi) ${N}( pour (un|une|les|des|le|la|mon|ma|ses|mes) [a-z]+( [a-z]+){0,2})?$`);

export function numbersExplained(text: string): boolean {
  return gatedTest(NUMBERS_EXPLAINED, text);
}
