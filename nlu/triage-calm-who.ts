import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "à qui je suis en train d'écrire là", "je parle à un robot ?": a question about who reads
 * the chat. The learned vote read "en train de ... là" as a scene under way; asked alone
 * (the whole message), it is the about-the-service answer. A danger told beside it is not
 * this question and is read as usual.
 */
const WHO_READS = rx('',
  '^(bonjour |bonsoir |salut |allo |euh |dites |dis |mais |du coup |en fait )*',
  '((a|avec) qui (est ce que )?(je|on) (suis en train de |est en train de |)',
  '(ecris|ecrit|ecrire|parle|parler|discute|discuter|cause|causer|echange|tchatte|tchatter)|',
  'qui (est ce qui |ce est qui )?(me )?(repond|lit|ecrit|parle|est au bout|est derriere|',
  'est en ligne|est de le autre cote)|',
  '(je|on) (parle|ecris|discute|cause|suis en train de (parler|ecrire|discuter)) ',
  '(a|avec) (un|une) (robot|bot|ia|humain|humaine|vrai gendarme|vraie personne|machine|',
  'ordinateur|gendarme|personne))',
  '( [a-z]+){0,4}$',
);
/** Words of a danger: then the message says more than who answers. */
const DANGER = rx('',
  '\\b(frappe|tape|menace|couteau|arme|feu|sang|peur|secours|aide|aidez|mort|tuer|suicide|',
  'suicider|cache|cachee|enferme|enfermee|agresse|agressee|blesse|blessee|vite|urgent)\\b',
);

export function asksWhoReads(text: string): boolean {
  return gatedTest(WHO_READS, text) && !gatedTest(DANGER, text);
}
