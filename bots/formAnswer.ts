import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from '../dialogs/framework';
import {
  answerToReread, type FormAnswerKind, offenderStillThere, pastStory,
} from '../nlu/form-answer-calm';
import type { EmergencyAssessment, Recognizer, Understanding } from '../nlu/types';

/** What the pending question waits for (Procedure.answerKindAt), if its wording matters. */
export type AnswerKindAt =
  (state: DialogState | undefined, now: Date) => FormAnswerKind | undefined;

const NOT_DETECTED: EmergencyAssessment = { detected: false, numbers: [] };

/** Someone who broke in, threatened or hit the citizen: the offences a pré-plainte tells. */
const STORY_SITUATIONS: ReadonlySet<string> = new Set(['uncertain', 'violence', 'weapon',
  'intrusion', 'generic']);

/** At the account of a past offence, "il revient" is an offender coming back: 17 and 112. */
const OFFENDER_BACK: EmergencyAssessment = {
  detected: true, numbers: ['17', '112'], situation: 'intrusion',
};

/**
 * The whole-message triage read again with the question the form waits on: "12 rue du Feu"
 * at « Quelle adresse ? » names a street, "alarme activée" tells how to get in, and "ils ont
 * fracturé la porte" at « Que s'est-il passé ? », once the form dated it yesterday, is the
 * offence being filed. A danger told in a sentence (someone, a plea, now) still stands.
 */
export class FormAnswerReader {
  constructor(
    private readonly recognizer: Recognizer,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
    private readonly kindAt: AnswerKindAt,
    private readonly clock: () => Date,
  ) {}

  async reread(context: TurnContext, understanding: Understanding): Promise<Understanding> {
    const kind = this.kindAt(await this.dialogState.get(context), this.clock());
    if (kind === undefined) {
      return understanding;
    }

    const emergency = await this.emergencyAs(kind, understanding);
    return emergency === understanding.emergency ? understanding
      : { ...understanding, emergency };
  }

  private async emergencyAs(kind: FormAnswerKind, understanding: Understanding):
  Promise<EmergencyAssessment> {
    const { emergency, normalized } = understanding;
    if (kind === 'pastAccount') {
      if (!emergency.detected) {
        return offenderStillThere(normalized) ? OFFENDER_BACK : emergency;
      }
      const story = STORY_SITUATIONS.has(emergency.situation ?? '') && pastStory(normalized);
      return story ? NOT_DETECTED : emergency;
    }
    if (!emergency.detected) {
      return emergency;
    }

    const rest = answerToReread(kind, normalized);
    if (rest === undefined) {
      return emergency;
    }
    // the learned model reads places and access words as the settings of its emergencies
    // ("sur la Sorgue", "alarme activée"); with no one and nothing happening, a name is left
    const again = rest === normalized ? emergency
      : (await this.recognizer.understand(rest)).emergency;
    return !again.detected || again.situation === 'uncertain' ? NOT_DETECTED : emergency;
  }
}
