import { DialogTurnResult, WaterfallDialog, WaterfallStepContext } from '../../framework';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import { parseChoice } from '../../prompts/choice';
import { ChoiceTextPrompt } from '../../prompts/choicePrompt';
import { askChoice, isOneOf, labelledOptions } from '../shared/choices';
import { askNextStep, NextStep, NextStepOptions, takeNextStep } from '../shared/next-step';
import { startTopic } from '../shared/outcome';
import { ProcedureDialog } from '../shared/procedure-dialog';
import { recall, remember } from '../shared/values';

export const PAPERS_DIALOG = 'procedure.papers';

export const DOCUMENTS = [
  'id_card', 'passport', 'licence', 'residence', 'registration', 'other',
] as const;
export type PaperDocument = (typeof DOCUMENTS)[number];

/** Documents a first message may name; "autre" is too broad to be read from a sentence. */
const NAMED_DOCUMENTS = DOCUMENTS.filter((document) => document !== 'other');

const HOW = ['lost', 'stolen'] as const;
const WHERE = ['france', 'abroad'] as const;

/** The documents one may need at once for a trip, where an urgent procedure exists. */
const TRAVEL_DOCUMENTS: readonly PaperDocument[] = ['id_card', 'passport'];

const CHOICE = `${PAPERS_DIALOG}.choice`;
const T = 'procedures/papers';
const log = componentLogger('procedure.papers');

export interface PapersDependencies extends NextStepOptions {
  content: Content;
}

/**
 * Lost or stolen papers: which document, lost or stolen, in France or abroad, needed for
 * an urgent trip; ends on the right step (declaration, pré-plainte, renewal) with links.
 */
export class PapersDialog extends ProcedureDialog {
  constructor(private readonly deps: PapersDependencies) {
    super(PAPERS_DIALOG, deps.content);
    this.addDialog(new ChoiceTextPrompt(CHOICE, deps.content));
    this.addDialog(new WaterfallDialog(`${PAPERS_DIALOG}.steps`, [
      (step) => this.askDocument(step),
      (step) => this.askHow(step),
      (step) => this.askWhere(step),
      (step) => this.askUrgent(step),
      (step) => this.answer(step),
      (step) => takeNextStep(step, this.content, this.deps),
    ]));
    this.initialDialogId = `${PAPERS_DIALOG}.steps`;
  }

  private async askDocument(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const topic = startTopic(step);
    const said = this.firstWords(step);
    if (topic === 'faq.stolen_documents' || topic === 'faq.lost_documents') {
      remember(step, 'how', topic === 'faq.stolen_documents' ? 'stolen' : 'lost');
    } else {
      const how = this.readIn(said, HOW);
      remember(step, 'how', how);
    }
    // "perdu mon passeport à l'étranger": where is not asked again either (F5)
    remember(step, 'where', this.readIn(said, WHERE));
    // "on m'a volé mon permis": the document is not asked again
    const named = this.readIn(said, NAMED_DOCUMENTS);
    if (named !== undefined) {
      return step.next(named);
    }
    return step.prompt(CHOICE, askChoice(this.content, `${T}/ask_document`, `${T}/labels`,
      DOCUMENTS));
  }

  /** The message that opened the procedure, unless it is a bare number (a menu's). */
  private firstWords(step: WaterfallStepContext): string {
    const text = step.context.activity.text ?? '';
    return /\p{L}/u.test(text) ? text : '';
  }

  /** One option the words name without doubt, else undefined (the question is asked). */
  private readIn<V extends string>(said: string, values: readonly V[]): V | undefined {
    const found = parseChoice(said, labelledOptions(this.content, `${T}/labels`, values));
    return found.ok ? found.value : undefined;
  }

  private async askHow(step: WaterfallStepContext): Promise<DialogTurnResult> {
    remember(step, 'document', step.result);
    if (isOneOf(HOW, recall(step, 'how'))) {
      return step.next(recall(step, 'how'));
    }
    return step.prompt(CHOICE, askChoice(this.content, `${T}/ask_how`, `${T}/labels`, HOW));
  }

  private async askWhere(step: WaterfallStepContext): Promise<DialogTurnResult> {
    remember(step, 'how', step.result);
    // read from the first message once: "retour" to this question asks it
    const said = recall(step, 'where');
    remember(step, 'where', undefined);
    if (isOneOf(WHERE, said)) {
      return step.next(said);
    }
    return step.prompt(CHOICE, askChoice(this.content, `${T}/ask_where`, `${T}/labels`, WHERE));
  }

  private async askUrgent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    remember(step, 'where', step.result);
    const document = recall(step, 'document');
    if (step.result === 'abroad' || !TRAVEL_DOCUMENTS.some((kind) => kind === document)) {
      return step.next('no');
    }
    return step.prompt(CHOICE, askChoice(this.content, `${T}/ask_urgent`,
      'procedures/common/labels', ['yes', 'no']));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const document = recall(step, 'document');
    const stolen = recall(step, 'how') === 'stolen';
    const abroad = recall(step, 'where') === 'abroad';
    const urgent = step.result === 'yes';
    const kind: PaperDocument = isOneOf(DOCUMENTS, document) ? document : 'other';

    log.info('papers.answered', { document: kind, stolen, abroad, urgent });
    const key = abroad ? `${T}/abroad` : `${T}/${kind}`;
    await step.context.sendActivity(this.content.render(key, {
      stolen, urgent, document: this.content.render(`${T}/labels.${kind}`),
    }));

    // a theft is an offence: the pré-plainte comes first; a loss needs no complaint
    const offers: NextStep[] = stolen ? ['pre_complaint', 'handoff', 'done'] : ['handoff', 'done'];
    return askNextStep(step, this.content, CHOICE, offers);
  }
}
