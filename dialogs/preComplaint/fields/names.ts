import { foldWords } from '../../prompts/normalize';

/**
 * A citizen who types "Jean Dupont" at « nom de famille » then "Jean" as the first name
 * means Dupont: the recap said "Jean Jean Dupont" (F2). The first name is taken off the
 * last name when it stands at either end of it, with at least one other word left; a
 * one-word name such as "Martin Martin" is kept whole.
 */
export function withoutFirstName(lastName: string, firstName: string): string {
  const words = lastName.trim().split(/\s+/);
  const count = firstName.trim().split(/\s+/).length;
  if (words.length <= count) {
    return lastName;
  }
  const first = foldWords(firstName);
  if (foldWords(words.slice(0, count).join(' ')) === first) {
    return words.slice(count).join(' ');
  }
  if (foldWords(words.slice(-count).join(' ')) === first) {
    return words.slice(0, -count).join(' ');
  }
  return lastName;
}
