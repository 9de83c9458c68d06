import { FIGURATIVE } from './triage-context';
import { MORE_IDIOMS } from './triage-net-context';
import { STORY_IDIOMS } from './triage-idioms';
import { BLAME_IDIOMS } from './triage-idioms-blame';
import { ADRIFT_IDIOMS } from './triage-idioms-adrift';
import { HEAT_IDIOMS } from './triage-heat';
import { STAKES_IDIOMS } from './triage-idioms-stakes';
import { RUSH_IDIOMS } from './triage-idioms-rush';
import { LIGHT_IDIOMS } from './triage-idioms-lights';
import { FRIGHT_IDIOMS } from './triage-idioms-fright';
import { SMOKE_IDIOMS } from './triage-idioms-smoke';
import { LEISURE_IDIOMS } from './triage-idioms-leisure';
import { SWAMPED_IDIOMS } from './triage-idioms-swamped';

/** Every figure of speech the phrase rules read past ("je meurs de faim", "à la dérive"). */
export const IDIOMS: readonly RegExp[] = [
  ...FIGURATIVE, ...MORE_IDIOMS, ...STORY_IDIOMS, ...BLAME_IDIOMS, ...ADRIFT_IDIOMS,
  ...HEAT_IDIOMS, ...STAKES_IDIOMS, ...RUSH_IDIOMS, ...LIGHT_IDIOMS, ...FRIGHT_IDIOMS,
  // the leisure idioms read a smoker's phrase before the smokers' own take it away
  ...LEISURE_IDIOMS, ...SMOKE_IDIOMS, ...SWAMPED_IDIOMS];
