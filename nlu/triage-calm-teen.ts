import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/** A parent's child and that child's partner, in either order. */
const CHILD_AND_PARTNER = rx('',
  '\\b((ma|mon) (fille|fils|ado|adolescente?|grande|lyceenne|collegienne)( [a-z0-9]+){0,10} ',
  '(son|sa) (copain|copine|petit ami|petite amie|petit copain|petite copine|mec|ex|cheri|',
  'cherie)|(copain|copine|petit ami|petite amie|petit copain|mec|ex) de (ma|mon) (fille|fils|',
  'ado))\\b',
);
const BLOWS = rx('',
  '\\b(frappe|frapper|frappee|bat|battue|tape|taper|gifle|gifler|giflee|coups|cogne|violent|',
  'violente|violences|brutalise|brutalisee)\\b',
);
/** The parent asks how to help, not for help now. */
const ADVICE = rx('',
  '\\b(comment (le |la |les )?(aider|proteger|accompagner|soutenir|convaincre|',
  'en parler|reagir|faire)|que faire|quoi faire|conseils?|associations?|demarches|',
  'a qui (en )?parler|qui contacter|ou (trouver|me renseigner))\\b',
);
/** What makes it tonight's danger: blows under way, her voice on the phone, a wound. */
const UNDER_WAY = rx('',
  '\\b(en train de|en ce moment|maintenant|vient de|viens de|au secours|vite|enferme|',
  'enfermee|sequestree|devant|appelle|ecrit|crie|hurle|pleure|ce soir|cette nuit|sang|',
  'saigne|couteau|arme|inconsciente?|respire|urgent|urgence|feu|fumee|malaise|menace|tuer)\\b',
);

/**
 * "ma fille de 15 ans se fait frapper par son copain, comment l'aider ?": a parent's
 * question about a teenager's violent relationship is the advice and the 119 FAQ, unless
 * the blows, her call or a wound are told as now.
 */
export function adviceAboutTeenPartner(text: string): boolean {
  return gatedTest(CHILD_AND_PARTNER, text) && gatedTest(BLOWS, text) && gatedTest(ADVICE, text) &&
    !gatedTest(UNDER_WAY, text);
}
