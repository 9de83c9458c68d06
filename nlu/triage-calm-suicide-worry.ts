import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * How to help someone who talks of suicide, asked by a friend or a relative: "ma copine m'a
 * dit qu'elle avait des idées suicidaires, comment je peux l'aider ?", "que dire à un ami
 * qui parle de se tuer". The answer is the 3114, which answers the relatives too
 * (dialogs/common/lineForSituation.ts), not a queue to the gendarmes. triage-calm-asked-talk
 * knows the "si un proche en parle" form; this one the thoughts already confided. A plan,
 * a means, a time ("ce soir"), a farewell, an act under way or the writer's own wish keep
 * the alarm.
 */
const SUICIDE_TALK = rx('',
  '\\b(suicide|suicider|suicidaire|suicidaires|se tuer|en finir|envie de mourir|',
  'veut mourir|voudrait mourir|mettre fin a ses jours|idees noires|plus envie de vivre)\\b',
);

/** Someone else, who confided or talks of it. */
const SOMEONE_TALKS = rx('',
  '\\b(un|une|mon|ma|notre|son|sa|quelqu un|qqn|une personne)( [a-z]+){0,4} ',
  '(me |nous |m )?(parle|parlent|evoque|dit|disent|a dit|ma dit|me a dit|confie|a confie|',
  'me a confie|avoue|a avoue|me a avoue|ecrit|pense|pensent|pensait|a|avait|qui a|qui parle|',
  'qui pense|qui dit)\\b',
);

/** The writer asks how to help, what to say, whom to call. */
const HOW_TO_HELP = rx('',
  '\\b(comment (je peux |on peut |puis je |faire pour )?(le |la |les |l )?(aider|soutenir|',
  'reagir|agir|lui parler|en parler|faire)|(que|quoi) (faire|dire|repondre)|',
  '(je|on) (fais|fait|dois faire|peux faire|dis|lui dis) (quoi|koi)|',
  '(qui|quel numero) (appeler|contacter|je dois contacter|prevenir)|',
  'qui je (dois|peux) (contacter|appeler|prevenir)|pour (le|la|l) aider|',
  'comment savoir|quels signes|quels sont les signes)\\b',
);

/** A plan, a means, a time, a farewell, an act, or the writer's own wish. */
const DANGER_NOW = rx('',
  '\\b(ce soir|cette nuit|demain|maintenant|en ce moment|tout de suite|vite|aidez|au secours|',
  'a pris|a avale|avale|adieu|lettre|repond plus|repond pas|decroche plus|injoignable|',
  'vient de|va se|veut se (tuer|jeter|pendre|suicider) (ce|cette|demain|maintenant)|',
  'est sur|corde|pendre|cachets|medocs|medicaments|pilules|comprimes|pont|toit|sauter|',
  'couteau|veines|sang|arme|fusil|tout prepare|tout prevu|a prevu|date|tente|tentative|',
  'essaye|je veux|je vais|me tuer|me suicider|moi aussi|enferme|enfermee|je (pense|songe) ',
  '(au|a)|je ai (des idees|envie de mourir|plus envie)|je suis suicidaire|mes idees|',
  'je en peux plus)\\b',
);

const DANGER_WORDS = '(ce soir|cette nuit|demain|maintenant|en ce moment|actuellement|' +
  'tout de suite|vite|aidez|secours|a pris|a avale|adieu|lettre|repond plus|repond pas|' +
  'decroche plus|vient de|va se|est sur|corde|cachets|medocs|medicaments|pilules|comprimes|' +
  'pont|toit|sauter|couteau|veines|sang|arme|fusil|prepare|prevu|tente|tentative|je veux|' +
  'je vais|me tuer|me suicider|moi aussi|enferme|enfermee)';

/**
 * The same asked first, "comment réagir quand un pote me confie qu'il pense à se
 * suicider": a hypothetical clause (triage-net-context.ts) that the generic one cut after six
 * words, leaving "pense à se suicider" as a statement. Removed whole, unless the message
 * says danger now anywhere.
 */
const OTHERS_TALK_ASKED_PARTS = [
  '\\b(que|quoi|comment) (faire|reagir|agir|dire|repondre|',
  'aider|le aider|la aider|l aider)( [a-z]+){0,2} (quand|si|se|lorsque|lorsqu)( [a-z]+)? ',
  '(un|une|mon|ma|mes|son|sa|notre|nos|quelqu un|qqn|des|le|la|les)( [a-z0-9]+){0,8}? ',
  '(suicide|suicider|suicidaire|suicidaires|se tuer|en finir|mourir|fin a ses jours|',
  // the danger words looked for last, once the rest matched: anywhere before or after
  `idees noires|envie de vivre)\\b(?<!\\b${DANGER_WORDS}\\b.*)(?!.*\\b${DANGER_WORDS}\\b)`,
  '( [a-z0-9]+){0,6}',
];
export const OTHERS_TALK_ASKED = rx('g', ...OTHERS_TALK_ASKED_PARTS);
const OTHERS_TALK_ASKED_ONCE = rx('', ...OTHERS_TALK_ASKED_PARTS);

/** The gate: a suicide word's stem, short and rare. */
const GATE = /\b(suicid|tuer|finir|mourir|fin a ses jours|idees noires|envie de vivre)/;

export function othersSuicideWorryAsked(text: string): boolean {
  return gatedTest(GATE, text) && gatedTest(SUICIDE_TALK, text) && gatedTest(SOMEONE_TALKS, text) &&
    gatedTest(HOW_TO_HELP, text) && !gatedTest(DANGER_NOW, text);
}

/**
 * Either form, for the answer: the 3114's text, which says it answers the relatives too,
 * rather than the topic the model finds nearest (a violence FAQ, or "not understood").
 */
export function helpForSomeoneSuicidalAsked(text: string): boolean {
  return othersSuicideWorryAsked(text) ||
    (gatedTest(GATE, text) && gatedTest(OTHERS_TALK_ASKED_ONCE, text));
}
