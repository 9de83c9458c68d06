import { expect } from 'chai';
import type { Understanding } from '../../nlu/types';
import {
  createUnansweredLog, type UnansweredDay, type UnansweredText,
} from '../../nlu/unanswered';
import { memoryCollection } from '../helpers/memoryCollection';

function understanding(text: string, changes: Partial<Understanding> = {}): Understanding {
  return {
    text,
    normalized: text,
    topic: 'none',
    score: 0.8,
    alternatives: [{ topic: 'faq.drones', score: 0.2 }],
    ambiguous: false,
    emergency: { detected: false, numbers: [] },
    ...changes,
  };
}

const NOW = new Date('2026-12-04T10:00:00Z');

describe('unanswered questions', () => {
  let days: ReturnType<typeof memoryCollection<UnansweredDay>>;
  let texts: ReturnType<typeof memoryCollection<UnansweredText>>;
  let log: ReturnType<typeof createUnansweredLog>;

  beforeEach(() => {
    days = memoryCollection<UnansweredDay>('days');
    texts = memoryCollection<UnansweredText>('texts');
    log = createUnansweredLog(days, texts);
  });

  it('counts every message of a burst, also when two instances count the same day', async () => {
    const other = createUnansweredLog(days, texts);
    const burst = Array.from({ length: 200 }, (_, i) =>
      (i % 2 === 0 ? log : other).record(understanding(`meteo ${i}`), NOW));

    await Promise.all(burst);

    expect((await log.day('2026-12-04'))?.none).to.equal(200);
  });

  it('counts none, low-confidence and ambiguous answers per day', async () => {
    await log.record(understanding('meteo demain'), NOW);
    await log.record(understanding('meteo'), NOW);
    await log.record(understanding('drone', { topic: 'faq.drones', score: 0.35 }), NOW);
    await log.record(understanding('vol', { topic: 'faq.vehicle_theft', ambiguous: true }), NOW);

    expect(await log.day('2026-12-04')).to.deep.equal({
      id: '2026-12-04', day: '2026-12-04', none: 2, lowConfidence: 1, ambiguous: 1,
    });
  });

  it('ignores confident answers and emergencies', async () => {
    expect(await log.record(understanding('procuration', { topic: 'faq.proxy_vote' }), NOW))
      .to.equal(undefined);
    const emergency = { detected: true, numbers: ['17', '112'] };
    expect(await log.record(understanding('au secours', { emergency }), NOW)).to.equal(undefined);

    expect(days.all()).to.deep.equal([]);
    expect(texts.all()).to.deep.equal([]);
  });

  it('neither counts nor keeps a message triage flagged, "uncertain" included', async () => {
    const uncertain = { detected: true, numbers: ['17', '15', '18', '112'],
      situation: 'uncertain' };
    const suicide = { detected: true, numbers: ['3114', '15', '112'], situation: 'suicide' };

    await log.record(understanding('je ai prepare les medocs', { emergency: uncertain }), NOW);
    await log.record(understanding('je veux en finir', { emergency: suicide }), NOW);

    expect(days.all()).to.deep.equal([]);
    expect(texts.all()).to.deep.equal([]);
  });

  it('counts but never keeps a text about health, self-harm or violence triage missed',
    async () => {
      const missed = ['ma soeur a ouvert ses veines', 'je ai prepare les medocs',
        'il me frappe quand il boit', 'elle saigne du nez', 'ma fille est enceinte',
        'je suis bloquer dans ma voiture sous leau', 'il se noie', 'ca sent la fumee',
        'mon pere respire mal', 'on est coince dans le ascenseur',
        'je ai failli me noyer le ete dernier', 'un homme me a suivie jusqu a chez moi',
        'randonneur bloque sur une falaise'];
      for (const text of missed) {
        await log.record(understanding(text), NOW);
      }
      await log.record(understanding('mon drone est tombe chez le voisin'), NOW);

      expect((await log.day('2026-12-04'))?.none).to.equal(missed.length + 1);
      expect(texts.all().map((stored) => stored.text))
        .to.deep.equal(['mon drone est tombe chez le voisin']);
    });

  // "Kevin Moreau est séropositif et alcoolique" was kept as "kevin masquenom est seropositif
  // et alcoolique": health beside a first name (tester d33)
  it('counts but never keeps a text about health, orientation or religion, named or not',
    async () => {
      const special = ['Kevin Moreau est séropositif et alcoolique', 'mon voisin est gay',
        'ma collegue est musulmane', 'mon frere est schizophrene', 'il est juif',
        'mon fils autiste a fugue', 'je suis homosexuel et on me insulte'];
      for (const text of special) {
        await log.record(understanding(text), NOW);
      }

      expect((await log.day('2026-12-04'))?.none).to.equal(special.length);
      expect(texts.all()).to.deep.equal([]);
    });

  it('keeps everyday words that only look like sensitive ones', async () => {
    const everyday = ['la gendarmerie de armentieres', 'le armee recrute', 'une lampe a vendre',
      'les transports en commun', 'une place de parking', 'homologation du vehicule'];
    for (const text of everyday) {
      await log.record(understanding(text), NOW);
    }

    expect(texts.all().map((stored) => stored.text)).to.deep.equal(everyday);
  });

  it('stores the text only masked and normalised, with the model guess and an expiry', async () => {
    const text = "Je m'appelle Marie Dupont, tel 06 12 34 56 78, mail m.d@x.fr";
    await log.record(understanding(text), NOW);

    const [stored] = await log.texts('2026-12-04');
    expect(stored.text).to.equal('je me appelle masquenom tel masquetel mail masquemail');
    expect(stored).to.include({ reason: 'none', guess: 'faq.drones', score: 0.2 });
    expect(stored.expiresAt.toISOString()).to.equal('2027-03-04T10:00:00.000Z');
    expect(JSON.stringify(texts.all())).not.to.match(/Marie|Dupont|06 12|m\.d@x/);
  });

  it('keeps no home address, with or without accents, and no record of who sent it',
    async () => {
      await log.record(understanding('je suis au 8 rue des roses a albi'), NOW);
      await log.record(understanding('au 12 allée des Tilleuls, 81000 Albi'), NOW);

      const stored = (await log.texts('2026-12-04')).map((entry) => entry.text);
      expect(stored).to.have.members(['je suis au masqueadresse a albi',
        'au masqueadresse 81000 masquenom']);
      expect(JSON.stringify(texts.all())).not.to.match(/roses|tilleuls|\b8 rue|conversation/i);
    });

  it('counts but stores nothing for an empty message', async () => {
    await log.record(understanding('🙂'), NOW);

    expect((await log.day('2026-12-04'))?.none).to.equal(1);
    expect(texts.all()).to.deep.equal([]);
  });

  it('loses no count when two turns record at once', async () => {
    await Promise.all(Array.from({ length: 5 }, () => log.record(understanding('x y'), NOW)));

    expect((await log.day('2026-12-04'))?.none).to.equal(5);
  });
});
