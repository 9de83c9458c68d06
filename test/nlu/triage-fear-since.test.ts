import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

/** An assault weeks ago and the fear it left: the help after violence, no police on the way. */
const FEAR_LEFT: readonly string[] = [
  'je me suis fait frapper dans le bus le mois dernier et maintenant j ose plus sortir de chez moi',
  'on m a agressee il y a deux mois, maintenant j ai peur de sortir le soir',
  'agressé la semaine derniere, maintenant jai peur de prendre le train',
  'jme suis fait tabasser ya 3 semaines et maintenant je sors plus',
  'Cambriolés en janvier, depuis j\'ai peur de dormir chez nous, c\'est normal ?',
  'on m a volé mon sac a l arraché il y a 15 jours maintenant je panique des que je sors',
];

/** The same fear with the danger back now: the police first. */
const BACK_NOW: ReadonlyArray<readonly [string, string]> = [
  ['il m a agressee il y a deux mois et maintenant il est devant chez moi, j ai peur de sortir',
    '17'],
  ['agressé le mois dernier, maintenant j ai peur de sortir, il me suit encore', '17'],
  ['frappe la semaine derniere et maintenant il revient avec un couteau j ai peur de sortir',
    '17'],
];

describe('triage: the fear left by an assault weeks ago', () => {
  specifyCalm(assess, FEAR_LEFT);
  specifyFirstNumbers(assess, BACK_NOW);
});
