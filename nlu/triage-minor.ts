import type { EmergencyAssessment } from './types';
import { rx } from './triage-words';
import { gatedTest } from './regex-gate';

/**
 * A minor involved in a danger from a person (the writer "j'ai 11 ans", "je suis en 5ème",
 * "je suis un enfant"; or the victim "un élève", "un enfant de ma classe", "ma fille de 8
 * ans"): the child line (119) is among the numbers whatever the path, including who cannot
 * speak (114) and blows under way (17). The first number stays the danger's own.
 */
const MINOR = rx('',
  '\\b(je ai ([5-9]|1[0-7]) ans|je suis (un|une) (enfant|gamin|gamine|petit|petite|mineur|',
  'mineure)|je suis mineure?|jsui un enfant|je suis en (cm1|cm2|ce1|ce2|6e|5e|4e|3e|6eme|',
  '5eme|4eme|3eme|sixieme|cinquieme|quatrieme|troisieme)|au college|(un|une|cet|cette) eleve|',
  '(un|une) (enfant|gamin|gamine) de ma classe|(ma fille|mon fils|ma petite|mon petit|',
  'mon neveu|ma niece|le petit|la petite|un enfant|une enfant|le gamin|la gamine) de ',
  '([2-9]|1[0-7]|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|',
  'quinze|seize|dix sept) ans)\\b',
);

/** Dangers from a person, where the child line helps; a baby's fever needs the 15 only. */
const FROM_A_PERSON: ReadonlySet<string> = new Set(['violence', 'weapon', 'domestic_violence',
  'intrusion', 'child_violence', 'hiding', 'cannot_call', 'generic', 'uncertain',
  'child_neglect', 'missing_child']);

const CHILD_LINE = '119';

export function withChildLine(assessment: EmergencyAssessment,
  normalized: string): EmergencyAssessment {
  if (!assessment.detected || assessment.numbers.includes(CHILD_LINE) ||
    !FROM_A_PERSON.has(assessment.situation ?? '') || !gatedTest(MINOR, normalized)) {
    return assessment;
  }
  return { ...assessment, numbers: [...assessment.numbers, CHILD_LINE] };
}
