import { expect } from 'chai';
import type { Understanding } from '../../nlu/types';
import {
  createUnansweredLog, type UnansweredDay, type UnansweredText,
} from '../../nlu/unanswered';
import { memoryCollection } from '../helpers/memoryCollection';

/** An unanswered message as the recogniser hands it over, with the model's first guess. */
function unanswered(text: string, guess = 'none'): Understanding {
  return {
    text, normalized: text, topic: 'none', score: 0.3,
    alternatives: [{ topic: guess, score: 0.3 }], ambiguous: false,
    emergency: { detected: false, numbers: [] },
  };
}

const NOW = new Date('2026-12-06T10:00:00Z');

async function recorded(said: Understanding): Promise<{ counted: number; kept: string[] }> {
  const days = memoryCollection<UnansweredDay>('days');
  const texts = memoryCollection<UnansweredText>('texts');
  await createUnansweredLog(days, texts).record(said, NOW);
  return {
    counted: (await days.get('2026-12-06'))?.none ?? 0,
    kept: texts.all().map((stored) => stored.text),
  };
}

// tester28 found these two in nlu_unanswered_texts although the privacy notice says a
// message about violence, a child in danger, death or suicide is only counted
describe('unanswered questions: tester28\'s sensitive texts are counted, never stored', () => {
  const byWords = [
    'le gars du film il se jette du pont',
    'mon fils a pris une gifle a l\'école',
    'ma fille sest pris une giffle par la maitresse',
    'il ma mis une baffe devant ses potes',
    'mon voisin la gifla devant tout le monde',
    'elle s\'est jetée sous un train hier',
    'mon frere veut se jeter du pont',
    'il a abusé de moi quand jetais petite',
  ];
  for (const text of byWords) {
    it(`"${text}" is counted, not stored (its own words)`, async () => {
      expect(await recorded(unanswered(text))).to.deep.equal({ counted: 1, kept: [] });
    });
  }

  // words no list can foresee: the model's guess says the message is about a child at risk
  const byGuess: ReadonlyArray<[string, string]> = [
    ['mon petit a pris une tarte a la cantine', 'faq.child_in_danger'],
    ['mon mari me parle mal tous les soirs', 'faq.domestic_violence'],
    ['ma soeur ne rentre plus depuis mardi', 'faq.missing_person'],
  ];
  for (const [text, guess] of byGuess) {
    it(`"${text}" guessed ${guess} is counted, not stored (its guessed topic)`, async () => {
      expect(await recorded(unanswered(text, guess))).to.deep.equal({ counted: 1, kept: [] });
    });
  }

  const everyday: ReadonlyArray<[string, string]> = [
    ['mon fils a perdu sa carte de cantine', 'faq.lost_documents'],
    ['je jette un oeil a mon dossier demain', 'none'],
    ['le pont de la mairie est ferme ?', 'faq.contact_unit'],
  ];
  for (const [text, guess] of everyday) {
    it(`"${text}" is an ordinary question, still stored`, async () => {
      const { counted, kept } = await recorded(unanswered(text, guess));
      expect(counted).to.equal(1);
      expect(kept).to.have.length(1);
    });
  }
});
