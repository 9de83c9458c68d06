import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  loadEmergencyExamples, trainEmergencyModel, type EmergencyModel, type EmergencySources,
} from '../../nlu/emergency-model';
import type { EmergencyAssessment } from '../../nlu/types';

/** A small training set for the emergency model's specs: a few dangers, calm questions. */
export const DANGER = [
  'il me frappe aidez moi', 'il a un couteau il va me tuer', 'au secours on me tape',
  'le feu dans ma cuisine', 'ca brule chez moi', 'quelqu un force ma porte',
  'un homme armé dans la rue', 'je veux mourir ce soir', 'mon bebe respire plus',
  'il etrangle ma mere', 'venez vite il me menace', 'un voleur dans ma maison la',
];
export const CALM = [
  'comment porter plainte', 'horaires de la gendarmerie', 'j ai perdu mon passeport',
  'bonjour', 'merci beaucoup', 'on m a vole mon velo hier', 'faire une procuration',
  'mon permis est suspendu', 'je veux devenir gendarme', 'arnaque sur internet',
  'mon chien a disparu', 'amende de stationnement', 'carte grise perdue', 'au revoir',
  'qui etes vous', 'plainte pour escroquerie', 'mon voisin fait du bruit', 'ou est la brigade',
  'fourriere pour ma voiture', 'casier judiciaire extrait', 'drone au dessus du jardin',
  'objet trouve dans la rue', 'usurpation d identite', 'ma carte bancaire piratee',
];

export function sources(dir: string, danger = DANGER): EmergencySources {
  mkdirSync(join(dir, 'corpus'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'calm.json'), JSON.stringify({ misc: CALM }));
  writeFileSync(join(dir, 'danger.jsonl'),
    danger.map((text) => JSON.stringify({ text })).join('\n'));
  writeFileSync(join(dir, 'mixed.jsonl'), [
    JSON.stringify({ text: 'il m a frappe l an dernier', emergency: false }),
    JSON.stringify({ text: 'il me tape dessus la', emergency: true }),
  ].join('\n'));
  return {
    corpus: join(dir, 'corpus'),
    lists: [
      { path: join(dir, 'danger.jsonl'), emergency: true },
      { path: join(dir, 'mixed.jsonl'), emergency: true },
    ],
  };
}

export const NOT_DETECTED: EmergencyAssessment = { detected: false, numbers: [] };
export const FIRE: EmergencyAssessment = {
  detected: true, numbers: ['18', '112'], situation: 'fire',
};

export function scoring(model: EmergencyModel, probability: number): EmergencyModel {
  return { ...model, probability: () => probability };
}

/** The small model of the sources above, trained in a temporary folder for a describe(). */
export class SmallModel {
  dir!: string;
  model!: EmergencyModel;

  /** Registers the mocha hooks of the enclosing describe(); read the fields in the tests. */
  static use(): SmallModel {
    const world = new SmallModel();
    before(() => {
      world.dir = mkdtempSync(join(tmpdir(), 'emodel-'));
      world.model = trainEmergencyModel(loadEmergencyExamples(sources(world.dir)));
    });
    after(() => rmSync(world.dir, { recursive: true, force: true }));
    return world;
  }
}
