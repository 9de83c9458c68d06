import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "je suis sourde mon fils casse la vitre en jouant au ballon", "ma fille a cassé la
 * fenêtre en jouant": one's own child breaking something at play, no intruder. A child hurt,
 * a stranger or someone breaking in keep the alarm.
 */
const OWN_CHILD = rx('',
  '\\b(mon fils|ma fille|mon petit|ma petite|mon gamin|ma gamine|mon gosse|mes enfants|',
  'les enfants|mes fils|mes filles|mon neveu|ma niece|mon petit fils|ma petite fille|',
  'mon grand|mon ado|le petit|la petite|mes gamins|les gamins|mes petits)\\b',
);

const BREAKS = rx('',
  '\\b(casse|cassent|a casse|ont casse|vient de casser|viennent de casser|brise|a brise|',
  'explose|a explose|pete|a pete|fele|a fele|fissure|a fissure)\\b',
);

const AT_PLAY = rx('',
  '\\b(en jouant|au ballon|avec (son|sa|leur|un|une|le|la) (ballon|balle|velo|trottinette|',
  'skate|raquette|jouet|jouets|lance pierre)|au foot|au basket|au tennis|sans faire expres|',
  'par accident|par maladresse)\\b',
);

const HURT_OR_STRANGER = rx('',
  '\\b(blesse|blessee|blesses|saigne|saignent|sang|coupe|coupee|coupure|entaille|inconscient|',
  'inconsciente|respire|pleure de douleur|hurle|quelqu un|qqn|un homme|des hommes|inconnu|',
  'inconnus|intrus|cambrioleur|cambrioleurs|voleur|voleurs|ils|des mecs|des jeunes|au secours|',
  'aidez)\\b',
);

export function childBrokeAtPlay(text: string): boolean {
  return gatedTest(OWN_CHILD, text) && gatedTest(BREAKS, text) && gatedTest(AT_PLAY, text) &&
    !gatedTest(HURT_OR_STRANGER, text);
}
