import type { TurnContext } from 'botbuilder';
import type { Content } from '../../content/renderer';
import type { HandoffGate } from '../../handoff/types';
import type { Understanding } from '../../nlu/types';

/**
 * What the bot puts in turnState for the dialogs of one turn. Dialogs read it from the
 * context instead of their constructor, so a procedure written elsewhere gets the shared
 * interruptions without having to be handed the gate or the content.
 */
export interface TurnServices {
  content: Content;
  gate: HandoffGate;
}

const SERVICES_KEY = Symbol('brigade.turnServices');
const UNDERSTANDING_KEY = Symbol('brigade.understanding');

export function setTurnServices(context: TurnContext, services: TurnServices): void {
  context.turnState.set(SERVICES_KEY, services);
}

/** Fails loudly: a dialog run outside the bot (or a test without the middleware) is a bug. */
export function getTurnServices(context: TurnContext): TurnServices {
  const services: TurnServices | undefined = context.turnState.get(SERVICES_KEY);
  if (!services) {
    throw new Error('turn services missing: run dialogs through the assistant bot');
  }
  return services;
}

/** The recognizer runs once per turn; dialogs reuse its result. */
export function setUnderstanding(context: TurnContext, understanding: Understanding): void {
  context.turnState.set(UNDERSTANDING_KEY, understanding);
}

export function getUnderstanding(context: TurnContext): Understanding | undefined {
  const understanding: Understanding | undefined = context.turnState.get(UNDERSTANDING_KEY);
  return understanding;
}
