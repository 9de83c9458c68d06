/**
 * The parts of botbuilder-dialogs the assistant uses, imported from their own modules. The
 * package's index also loads every built-in prompt and the Recognizers-Text suites behind
 * them (number, date-time, choice: ~34 MB of memory and ~0.3 s of start); our prompts parse
 * French themselves, so production code imports dialogs from here, never from the index.
 * botbuilder-dialogs declares no "exports" map, so these paths are public files of the
 * package; test/dialogs/framework.test.ts checks they are the index's own classes.
 */
export {
  ComponentDialog,
} from 'botbuilder-dialogs/lib/componentDialog';
export {
  Dialog, DialogReason, DialogTurnStatus, type DialogInstance, type DialogTurnResult,
} from 'botbuilder-dialogs/lib/dialog';
export { DialogContext, type DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';
export {
  Prompt, type PromptOptions, type PromptRecognizerResult, type PromptValidatorContext,
} from 'botbuilder-dialogs/lib/prompts/prompt';
export { type Choice } from 'botbuilder-dialogs/lib/choices/findChoices';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt';
