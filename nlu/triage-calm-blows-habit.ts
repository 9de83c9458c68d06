import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Blows at home told as what happens, by someone who asks what to do: "mon frère de 19 ans
 * frappe ma mère quand il s'énerve, j'ai 15 ans, je fais quoi ?". Nobody is being hit as
 * the message is written: the answer is the domestic-violence FAQ (3919, 119, the 17 in
 * danger), not a queue to the gendarmes. The rules' habit markers ("souvent", "quand il
 * boit") missed the rhythm of a temper: "quand il s'énerve", "des fois", "à chaque
 * dispute". Blows now ("là", "en ce moment", "ce soir"), a weapon, blood or a threat to kill
 * keep the alarm.
 */
const BLOWS = rx('',
  '\\b(frappe|frappent|tape|tapent|cogne|cognent|bat|battent|tabasse|tabassent|gifle|',
  'giflent|brutalise|brutalisent|leve la main sur|met des coups|donne des coups)\\b',
);

/** The rhythm of a temper or of drink: each time, sometimes, for years. */
const HABIT = rx('',
  '\\b((quand|des que|des qu|chaque fois que|a chaque fois que|lorsque|lorsqu) (il|elle|ils) ',
  '(se |s )?(enerve|enervent|est enerve|est en colere|sont en colere|perd son calme|',
  'perd patience|a bu|ont bu|boit|boivent|rentre|rentrent|pete un cable|craque|est saoul|',
  'est bourre|se dispute|se disputent|est contrarie|a perdu)|(quand|des que|des qu|',
  'lorsque) (il|elle) (senerve|senervent|snerve)|',
  'des fois|parfois|souvent|de temps en temps|de temps a autre|regulierement|a chaque ',
  '(dispute|engueulade|fois|conflit|crise|colere)|tout le temps|depuis (des|plusieurs|',
  'quelques) (annees|ans|mois|semaines)|depuis longtemps|depuis toujours|plusieurs fois|',
  'tous les (soirs|week ends|jours))\\b',
);

/** The writer asks what to do, whom to tell, how to help. */
const ASKS = rx('',
  '\\b((je|on) (fais|fait|dois faire|peux faire|doit faire) (quoi|koi|comment)|',
  'jfais (quoi|koi|comment)|',
  'que (faire|dois je faire|est ce que je (peux|dois) faire)|quoi faire|',
  'je sais (pas|plus) (quoi|comment) faire|a qui (je peux |je dois )?(en parler|le dire|',
  'me adresser|le signaler)|(je peux|je dois|on peut|on doit) (appeler|contacter|prevenir) ',
  'qui|qui (appeler|contacter|prevenir)|comment (la|le|les|je peux la|je peux le) ',
  '(aider|proteger)|comment (faire|agir|reagir)|est ce normal|ce est normal)\\b',
);

/** Blows now, tonight, with a weapon or blood, or a threat on a life. */
const NOW = rx('',
  '\\b(la maintenant|maintenant|en ce moment|actuellement|ce soir|cette nuit|la tout de suite|',
  'en train de|tout a le heure|vient de|viennent de|je (le |les )?entends|hurle|hurlent|',
  'crie a le aide|couteau|arme|armes|fusil|sang|saigne|inconscient|inconsciente|',
  'tuer|tue|etrangle|etrangler|au secours|aidez moi|vite|enferme|enfermee)\\b|',
  // "il frappe ma mère là, je fais quoi": the blow is under way
  '\\b((frappe|tape|cogne|bat) ((ma|mon|sa|son|notre) [a-z]+|maman|papa)|(la|le|les|me|nous) ',
  '(frappe|tape|cogne|bat)) la\\b',
);

/** The gate: a blow's verb, before the longer regexes. */
const GATE = /\b(frapp|tap|cogn|bat|tabass|gifl|brutalis|coups|leve la main)/;

export function blowsAsHabitAsked(text: string): boolean {
  return gatedTest(GATE, text) && gatedTest(BLOWS, text) && gatedTest(HABIT, text) &&
    gatedTest(ASKS, text) && !gatedTest(NOW, text);
}

/**
 * A neighbour's or a pupil's child "qui a souvent des bleus et a peur de rentrer chez
 * elle", told without a question (triage-calm-child-habit.ts needs one): marks that come
 * back week after week are the child-in-danger FAQ's 119. Tonight, a scream, a blow now,
 * or the child out in the street now keep the alarm.
 */
const CHILD = rx('',
  '\\b(petite voisine|petit voisin|enfant|enfants|gamin|gamine|gosse|petit|petite|fils|',
  'fille|eleve|eleves|mome|neveu|niece)\\b',
);
const MARKS_AGAIN = rx('',
  '\\b(bleus|hematomes|marques|traces de coups|coquards|griffures)( [a-z]+){0,3} (presque )?',
  '(souvent|regulierement|tout le temps|chaque (jour|semaine)|toutes les semaines|',
  'plusieurs fois)\\b|',
  '\\b(souvent|regulierement|tout le temps|toujours|tres souvent|presque chaque (jour|',
  'semaine)|chaque semaine|plusieurs fois)( [a-z]+){0,4} (des |de )?(bleus|hematomes|',
  'marques|traces de coups|coquards|griffures)\\b',
);
const CHILD_NOW = rx('',
  '\\b(ce soir|cette nuit|maintenant|en ce moment|actuellement|la tout de suite|hurle|',
  'hurlent|crie|cris|pleure dehors|en pyjama|je entends|on entend|sang|saigne|couteau|',
  'inconscient|tuer|enferme|enfermee|dans la rue|dehors|vient de|viennent de)\\b',
);

export function childMarksAsHabit(text: string): boolean {
  return /\b(bleus|hematomes|marques|traces|coquards|griffures)\b/.test(text) &&
    gatedTest(MARKS_AGAIN, text) && gatedTest(CHILD, text) && !gatedTest(CHILD_NOW, text);
}
