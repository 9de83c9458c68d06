/**
 * True when `typed` becomes `name` by one edit: a letter missing, one too many, one
 * wrong, or two neighbours swapped ("montpelier", "montpeiller" for "montpellier").
 */
export function oneEditApart(typed: string, name: string): boolean {
  const lengthGap = typed.length - name.length;
  if (typed === name || lengthGap > 1 || lengthGap < -1) {
    return false;
  }
  let at = 0;
  while (at < typed.length && typed.charCodeAt(at) === name.charCodeAt(at)) {
    at += 1;
  }

  if (lengthGap === 1) {
    return typed.startsWith(name.slice(at), at + 1);
  }
  if (lengthGap === -1) {
    return name.startsWith(typed.slice(at), at + 1);
  }
  const swapped = typed[at] === name[at + 1] && typed[at + 1] === name[at];
  return typed.startsWith(name.slice(at + 1), at + 1)
    || (swapped && typed.startsWith(name.slice(at + 2), at + 2));
}

/** Where the first `count` words of a normalised name end ("marseille 01", 1 → 9). */
export function firstWordsEnd(name: string, count: number): number {
  let end = -1;
  for (let word = 0; word < count; word += 1) {
    end = name.indexOf(' ', end + 1);
    if (end === -1) {
      return name.length;
    }
  }
  return end;
}
