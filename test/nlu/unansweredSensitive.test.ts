import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import type { Understanding } from '../../nlu/types';
import {
  createUnansweredLog, type UnansweredDay, type UnansweredText,
} from '../../nlu/unanswered';
import { type SensitiveFamily, sensitiveFamilies } from '../../nlu/unansweredSensitive';
import { storableText } from '../../nlu/masking';
import { memoryCollection } from '../helpers/memoryCollection';

function understanding(text: string): Understanding {
  return {
    text, normalized: text, topic: 'none', score: 0.8, alternatives: [], ambiguous: false,
    emergency: { detected: false, numbers: [] },
  };
}

const NOW = new Date('2026-12-06T10:00:00Z');

// a fresh tester found these kept word for word in nlu_unanswered_texts, while the privacy
// notice says a message with health, violence or danger words is only counted
const FAMILIES: ReadonlyArray<[SensitiveFamily, readonly string[]]> = [
  ['violence', ["un homme l'a forcée à lui donner sa carte bleue", 'il ma frapé hier',
    'mon fils a été tabasé', 'il voulait lui tirer dessus', 'il me harsèle au boulot']],
  ['death', ['hier soir un homme tuait sa femme', 'un tueur en série dans le coin ?',
    'mon oncle est décédé chez lui', 'il y a eu un meurtre']],
  ['weapons', ['il a un flingue dans sa boite à gants', 'mon voisin a un couto',
    'on a entendu des coups de feu', 'il a sorti une machette']],
  ['health', ['comment faire un massage cardiaque', 'elle est enseinte de 3 mois',
    'il fait un AVC je crois', 'elle saigne du nez']],
  ['suicide', ["j'ai écrit des lettres pour tout le monde ce soir c'est fini",
    'jve me sucider', 'jé envie de mourir', 'c fini je vous dis adieu']],
  ['abuse', ['comment signaler une maltraitance', 'mon voisin maltraite sa mere',
    'abus de faiblesse sur ma grand mere']],
  ['sexual', ['il ma violé', "il m'a touché à la piscine", 'on fait circuler ses nudes']],
  ['children', ['les enfants sont laissés seuls toute la nuit', 'ma fille a fuguée',
    'un bébé secoué chez la nounou']],
];

describe('unanswered questions: a sensitive text is counted, never stored', () => {
  for (const [family, said] of FAMILIES) {
    describe(family, () => {
      for (const text of said) {
        it(`"${text}" is counted, not stored`, async () => {
          const days = memoryCollection<UnansweredDay>('days');
          const texts = memoryCollection<UnansweredText>('texts');
          const log = createUnansweredLog(days, texts);

          expect(await log.record(understanding(text), NOW)).to.equal('none');

          expect((await log.day('2026-12-06'))?.none).to.equal(1);
          expect(texts.all()).to.deep.equal([]);
        });
      }
    });
  }

  it('names each family by its own words (the list is not one catch-all)', () => {
    for (const [family, said] of FAMILIES) {
      for (const text of said) {
        expect(sensitiveFamilies(storableText(text)), text).to.include(family);
      }
    }
  });

  it('still stores an ordinary unanswered question, masked', async () => {
    const days = memoryCollection<UnansweredDay>('days');
    const texts = memoryCollection<UnansweredText>('texts');
    const log = createUnansweredLog(days, texts);
    const everyday = ['les forces de l\'ordre recrutent ?', 'la touche entrée ne marche pas',
      'M. Martin a perdu son passeport, je le signale au 06 12 34 56 78'];

    for (const text of everyday) {
      await log.record(understanding(text), NOW);
    }

    expect(texts.all().map((stored) => stored.text)).to.deep.equal([
      'les forces de le ordre recrutent', 'la touche entree ne marche pas',
      'me masquenom a perdu son passeport je le signale au masquetel']);
  });

  it('the privacy notice says what the code does: those families are only counted', () => {
    const notice = loadContent().render('bot/privacy', { conversation: 'c1' });

    for (const word of ['santé', 'violence', 'mort', 'armes', 'suicide', 'maltraitance',
      'vie sexuelle', 'enfant', 'danger', 'seulement compté']) {
      expect(notice).to.include(word);
    }
  });
});
