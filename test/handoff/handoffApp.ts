import type { Handoff } from '../../handoff';
import { startApp, type RunningApp } from '../helpers/app';
import type { DirectLineClient } from '../helpers/directLineClient';
import { handoffAssistant, type HandoffAssistantOptions } from './handoffAssistant';

/** The real server with the handoff part wired in, started before each spec, stopped after. */
export class HandoffApp {
  private running?: RunningApp;
  private built?: Handoff;

  static use(options: HandoffAssistantOptions = {}): HandoffApp {
    const world = new HandoffApp();
    beforeEach(async () => {
      const holder: { handoff?: Handoff } = {};
      world.running = await startApp({ assistant: handoffAssistant(holder, options) });
      if (!holder.handoff) {
        throw new Error('the assistant was not built');
      }
      world.built = holder.handoff;
    });
    afterEach(() => world.running?.stop());
    return world;
  }

  get app(): RunningApp {
    if (!this.running) {
      throw new Error('the app runs only inside a spec');
    }
    return this.running;
  }

  get handoff(): Handoff {
    if (!this.built) {
      throw new Error('the handoff exists only inside a spec');
    }
    return this.built;
  }

  /** A citizen's message, and every turn it started finished. */
  async say(citizen: DirectLineClient, text: string): Promise<void> {
    await citizen.say(text);
    await this.app.directLine.whenIdle();
  }
}
