/**
 * A child's sexual abuse, as the triage words it, is one of its child situations:
 * 'child_neglect' when it is told (the 119 first), 'child_violence' when the abuser is with
 * the child now (the 17 first). The numbers are right, the gendarme's label was not: a child
 * touched by a stepfather read "enfant en danger (seul, dehors ou peur de rentrer)". The queue
 * gets a label of its own; the triage's ids (public codes) stay as they are.
 */
const ABUSE_NAMED = new RegExp('\\b(?:attouchements?|violee?|violer|viol|'
  + 'abuse (?:de )?(?:elle|lui|moi)|abus sexuels?|agressions? sexuelles?|'
  + '(?:la|le|les|me|m|te|nous) (?:touche|touchent|tripote|tripotent|pelote|pelotent|'
  + 'viole|violent)|(?:me|m|la|le|lui) a (?:touchee?|tripotee?|pelotee?)|'
  + '(?:lui|leur|me) (?:fait|font) (?:des choses|des trucs|des saletes|faire des choses)|'
  + '(?:main|mains) dans (?:sa|son|ma|mon) (?:culotte|slip|pyjama)|'
  + 'montre (?:son|sa) (?:zizi|sexe|zezette)|(?:vient|se glisse) dans (?:son|sa|mon|ma) lit)\\b');

/** The triage's child situations whose story may be a sexual abuse, and the queue's label. */
const SEXUAL_LABEL: Readonly<Record<string, string>> = {
  child_neglect: 'child_sexual_abuse',
  child_violence: 'child_sexual_abuse_now',
};

/** The queue's label for a child's sexual abuse, or undefined when it is not one. */
export function childSexualAbuse(situation: string, normalized: string): string | undefined {
  const label = SEXUAL_LABEL[situation];
  return label !== undefined && ABUSE_NAMED.test(normalized) ? label : undefined;
}
