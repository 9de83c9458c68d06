import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import {
  KIND_SERVICES, kindExamples, kindNumbers, kindScorer, LIKELY_KIND, SURE_KIND, trainKindModel,
  type EmergencyKind,
} from '../../nlu/emergency-kind';
import {
  loadEmergencyExamples, loadEmergencyModel, saveEmergencyModel, trainEmergencyModel,
  type EmergencyModel,
} from '../../nlu/emergency-model';
import { withModelVote } from '../../nlu/emergency-vote';
import { normalize } from '../../nlu/normalize';
import type { EmergencyAssessment } from '../../nlu/types';

const LABELLED: ReadonlyArray<{ text: string; first: string }> = [
  ...['il me frappe', 'un homme force ma porte', 'il a un couteau dans la rue',
    'on se bat devant le bar', 'mon mari me tape dessus'].map((text) => ({ text, first: '17' })),
  ...['mon pere respire plus', 'elle fait un malaise', 'il saigne beaucoup de la tete',
    'mon bebe est tout bleu', 'il est inconscient par terre']
    .map((text) => ({ text, first: '15' })),
  ...['le feu dans la cuisine', 'ca sent le gaz partout', 'la grange brule',
    'de la fumee sort du toit', 'incendie dans l immeuble'].map((text) => ({ text, first: '18' })),
  ...['le bateau coule au large', 'un voilier en detresse en mer', 'le kayak derive au large',
    'naufrage au large du port', 'la barque coule en mer'].map((text) => ({ text, first: '196' })),
];
const NOT_DETECTED: EmergencyAssessment = { detected: false, numbers: [] };

function withKind(model: EmergencyModel, probability: number, kind?: EmergencyKind):
  EmergencyModel {
  return { ...model, probability: () => probability, kind: () => kind };
}

describe('emergency kind: which service first for a danger only the model saw', () => {
  describe('numbers for a kind', () => {
    it('gives a sure kind its own numbers, 112 always', () => {
      expect(kindNumbers({ service: '3114', probability: SURE_KIND }))
        .to.deep.equal(['3114', '15', '112']);
      expect(kindNumbers({ service: '196', probability: 0.99 })).to.deep.equal(['196', '112']);
      expect(kindNumbers({ service: '119', probability: 0.99 }))
        .to.deep.equal(['119', '17', '112']);
      expect(kindNumbers({ service: '15', probability: 0.99 })).to.deep.equal(['15', '112']);
    });

    it('puts a likely but unsure kind ahead of 17, 15 and 18 (the police kept)', () => {
      expect(kindNumbers({ service: '196', probability: LIKELY_KIND }))
        .to.deep.equal(['196', '17', '15', '18', '112']);
      expect(kindNumbers({ service: '15', probability: SURE_KIND - 0.01 }))
        .to.deep.equal(['15', '17', '18', '112']);
    });

    it('leaves an unlikely or unknown kind to the uncertain list', () => {
      expect(kindNumbers({ service: '196', probability: LIKELY_KIND - 0.01 })).to.equal(undefined);
      expect(kindNumbers({ service: '3919', probability: 1 })).to.equal(undefined);
      expect(kindNumbers(undefined)).to.equal(undefined);
    });
  });

  describe('training', () => {
    it('keeps each text once, with a first number that is a kind', () => {
      const examples = kindExamples([
        { text: 'Il me frappe', first: '17' }, { text: 'il me frappe', first: '15' },
        { text: 'besoin d ecoute', first: '3919' }, { text: 'sans numero' },
      ]);

      expect(examples).to.deep.equal([{ text: 'Il me frappe', first: '17' }]);
    });

    it('has nothing to learn from a single kind', () => {
      expect(trainKindModel(LABELLED.filter((line) => line.first === '17'))).to.equal(undefined);
    });

    it('names the service of the lines it learnt', () => {
      const data = trainKindModel(LABELLED);
      if (data === undefined) {
        throw new Error('four kinds must give a kind model');
      }
      const score = kindScorer(data);

      for (const { text, first } of LABELLED) {
        expect(score(normalize(text)).service, text).to.equal(first);
      }
    });

    it('every line of kinds.jsonl names a kind first', () => {
      const raw = readFileSync(fromRoot('nlp-models', 'triage', 'kinds.jsonl'), 'utf8');
      const lines = raw.split('\n').filter((line) => line.trim() !== '');
      const firsts = lines.map((line): unknown => Reflect.get(JSON.parse(line), 'first'));

      expect(lines.length).to.be.at.least(40);
      expect(firsts.filter((first) => typeof first !== 'string' ||
        !KIND_SERVICES.includes(first))).to.deep.equal([]);
    });
  });

  describe('with the emergency model', function withModel() {
    this.timeout(60_000);
    let dir: string;
    let model: EmergencyModel;

    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'ekind-'));
      mkdirSync(join(dir, 'corpus'));
      writeFileSync(join(dir, 'corpus', 'calm.json'), JSON.stringify({
        misc: ['comment porter plainte', 'horaires de la brigade', 'perdu mon passeport'],
      }));
      writeFileSync(join(dir, 'danger.jsonl'),
        LABELLED.map((line) => JSON.stringify(line)).join('\n'));
      writeFileSync(join(dir, 'kinds.jsonl'), JSON.stringify({
        text: 'un enfant seul depuis hier', first: '119' }));
      model = trainEmergencyModel(loadEmergencyExamples({
        corpus: join(dir, 'corpus'),
        lists: [{ path: join(dir, 'danger.jsonl'), emergency: true },
          { path: join(dir, 'kinds.jsonl'), emergency: true, kindOnly: true }],
      }));
    });

    after(() => rmSync(dir, { recursive: true, force: true }));

    it('teaches the kind, never the detector, with a kind-only list', () => {
      const detectorOnly = trainEmergencyModel(loadEmergencyExamples({
        corpus: join(dir, 'corpus'), lists: [{ path: join(dir, 'danger.jsonl'), emergency: true }],
      }));
      const text = normalize('un enfant seul depuis hier');

      expect(model.probability(text)).to.be.closeTo(detectorOnly.probability(text), 1e-9);
      expect(model.toJSON().kind?.labels).to.include('119');
    });

    it('keeps its kind classifier once saved and loaded', () => {
      const path = join(dir, 'saved.json');
      saveEmergencyModel(model, path);
      const text = normalize('le bateau coule au large');

      expect(loadEmergencyModel(path).kind(text)?.service).to.equal('196');
    });

    it('refuses a saved file whose kind classifier is broken', () => {
      const path = join(dir, 'broken.json');
      writeFileSync(path, JSON.stringify({ ...model.toJSON(), kind: { labels: 'x' } }));

      expect(() => loadEmergencyModel(path)).to.throw(/no valid kind model/);
    });

    it('refuses a list line whose first number is not a string, naming the line', () => {
      writeFileSync(join(dir, 'bad.jsonl'), '{"text": "au feu", "first": 18}\n');

      expect(() => loadEmergencyExamples({ corpus: join(dir, 'corpus'),
        lists: [{ path: join(dir, 'bad.jsonl'), emergency: true }] }))
        .to.throw(/bad\.jsonl:1: .*string "first"/);
    });

    it('answers a sure kind with its numbers, the situation still uncertain', () => {
      const sure = withKind(model, 1, { service: '3114', probability: 0.97 });

      expect(withModelVote(NOT_DETECTED, sure, 'je suis pret tout est range pour ce soir'))
        .to.deep.equal({ detected: true, numbers: ['3114', '15', '112'], situation: 'uncertain' });
    });

    it('answers the uncertain list when the kind is unsure', () => {
      const unsure = withKind(model, 1, { service: '196', probability: 0.3 });

      expect(withModelVote(NOT_DETECTED, unsure, 'un texte de cinq mots').numbers)
        .to.deep.equal(['17', '15', '18', '112']);
    });

    it('adds no alarm: a sure kind without a detection changes nothing', () => {
      const calm = withKind(model, 0, { service: '15', probability: 1 });

      expect(withModelVote(NOT_DETECTED, calm, 'un texte de cinq mots')).to.equal(NOT_DETECTED);
    });
  });
});
