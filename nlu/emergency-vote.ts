import { kindNumbers, UNCERTAIN_NUMBERS } from './emergency-kind';
import type { EmergencyModel } from './emergency-model';
import { withoutCalmClauses } from './triage';
import { contextOf } from './triage-net';
import { silentForTheVote, withoutCourtesy, withoutVoteNoise } from './triage-vote-calm';
import { barePlace } from './triage-vote-place';
import { thanksOnceHelpCame } from './triage-calm-arrived';
import { dangerGoneReply } from './triage-calm-gone-away';
import { withFarFirst } from './triage-far';
import type { EmergencyAssessment } from './types';
import { withChildLine } from './triage-minor';

/**
 * "aide" alone is the command the bot itself offers at every step (help with the current
 * question): the model, which saw "à l'aide" in emergencies, must not read it as one. The
 * rules still catch "à l'aide", "aidez-moi vite" and "au secours".
 */
const BOT_HELP_COMMAND =
  /^(aide|help|de le aide|besoin de aide)( svp| stp| please| merci| s il (vous|te) plait)?$/;

/**
 * The model votes on messages of at least this many words. On fewer it read one word as
 * danger: answers typed inside a procedure ("retour", "fini", "la", "un homme", "dans la
 * cuisine", "au plus vite") scored 0.92-0.99 and queued calm citizens as emergencies. Of
 * the 101 emergencies of 1 to 4 words in nlp-models/triage and the blind sets, the rules
 * catch every one; the model's own catches all have 5 words or more.
 */
const MIN_MODEL_WORDS = 5;

/** "svp" is normalised to four words that say nothing of danger. */
const PLEASE = / ?\bs il (vous|te) plait\b/g;

function wordCount(normalized: string): number {
  let count = 0;
  for (const word of normalized.replace(PLEASE, '').split(' ')) {
    count += word === '' ? 0 : 1;
  }
  return count;
}

/**
 * OR of the rules and the model: a rules detection is returned as is; otherwise a message the
 * model scores at or above its threshold is an emergency whose numbers its kind classifier
 * chooses (17, 15, 18, 112 when unsure: the model knows danger, not its kind),
 * unless the triage's own context says it is past, an information question, fiction or a
 * habit ("le soir", "souvent": the FAQ, as for the rules): the model knows words, not time
 * ("il m'a frappée il y a deux ans"). It must also be sure of the
 * message without what the rules read as no danger: "mon patron va me tuer si j'arrive en
 * retard" is also scored as "mon patron". Not that text alone: "que faire si un jour je sens
 * une odeur de gaz" keeps only "de gaz chez moi", sure danger without its question.
 */
export function withModelVote(
  rules: EmergencyAssessment, model: EmergencyModel | undefined, whole: string,
): EmergencyAssessment {
  // a minor in danger from a person: the child line, whichever of the two detected it
  return withChildLine(voted(rules, model, whole), whole);
}

function voted(
  rules: EmergencyAssessment, model: EmergencyModel | undefined, whole: string,
): EmergencyAssessment {
  const normalized = withoutCourtesy(whole);
  if (rules.detected || !model || BOT_HELP_COMMAND.test(normalized)
    || wordCount(normalized) < MIN_MODEL_WORDS
    || model.probability(normalized) < model.threshold) {
    return rules;
  }
  const calmed = withoutCalmClauses(withoutVoteNoise(normalized));
  if (calmed !== normalized && model.probability(calmed) < model.threshold) {
    return rules;
  }

  // "merci" opens the thanks: read before the courtesy was taken off
  if (silentForTheVote(normalized) || barePlace(normalized) || thanksOnceHelpCame(whole) ||
    dangerGoneReply(normalized)) {
    return rules;
  }
  const context = contextOf(normalized);
  if (context.past || context.info || context.fiction || context.habit) {
    return rules;
  }
  // the detection is made: the kind only chooses its numbers, the situation stays uncertain
  // for the agents (a guess of the kind is not a triage they can rely on)
  const numbers = kindNumbers(model.kind(normalized)) ?? [...UNCERTAIN_NUMBERS];
  // abroad, where 17, 15 and 18 do not answer, 112 leads as it does for the rules
  return withFarFirst({ detected: true, numbers, situation: 'uncertain' }, normalized);
}
