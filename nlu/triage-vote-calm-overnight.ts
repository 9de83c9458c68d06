import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A teenager out for the night whose whereabouts are known ("mon fils de 17 ans est pas
 * rentré cette nuit mais il m'a envoyé un message, il dort chez un pote"): the missing-person
 * FAQ's question, not a disappearance. The model read "pas rentré cette nuit" as one.
 */
const OUT_FOR_THE_NIGHT = rx('',
  '\\b(pas rentre|pas rentree|pas rentres|pas revenu|pas revenue|dormi dehors|decouche|',
  'decouchee)\\b',
);

/** Where they are, or word from them. */
const WHEREABOUTS_KNOWN = rx('',
  '\\b(dort chez|dormi chez|dormir chez|reste chez|restee chez|m a envoye|nous a envoye|',
  'a envoye un (message|sms|texto)|ma ecrit|m a ecrit|m a appele|a appele|a donne des nouvelles|',
  'on sait ou|je sais ou|il va bien|elle va bien|tout va bien|est rentre ce matin|',
  'est rentree ce matin|est revenu ce matin|est revenue ce matin)\\b',
);

/** Danger beside it keeps the model's say. */
const DANGER_BESIDE = rx('',
  '\\b(peur|danger|menace|menacee|frappe|frappee|blesse|blessee|sang|hopital|drogue|',
  'enleve|enlevee|disparu|disparue|suicide|suicider|tuer|au secours|aidez moi|inquiet|',
  'inquiete|panique)\\b',
);

export function outForTheNightKnown(normalized: string): boolean {
  return gatedTest(OUT_FOR_THE_NIGHT, normalized) && gatedTest(WHEREABOUTS_KNOWN, normalized) &&
    !gatedTest(DANGER_BESIDE, normalized);
}
