import { featuresOf, type FeatureOptions } from './features';
import {
  loadLinearModel, trainLinearModel, type LinearModelData, type TrainingOptions,
} from './linear-model';
import { normalize } from './normalize';

/**
 * Which service first, for a danger only the learned model saw. The emergency model knows
 * danger, not its kind, so its detections listed 17, 15, 18 and 112: a plan to die told
 * without the word needed 3114, children drifting out to sea 196, a child left alone 119.
 * The labelled emergencies already say which number comes first ("first"): this small
 * classifier learns that from the same lines, at build time, and only picks numbers for a
 * detection already made (it never adds one).
 */
export interface KindExample {
  text: string;
  /** The first number expected for this emergency. */
  first: string;
}

export interface EmergencyKind {
  service: string;
  probability: number;
}

/** The services a kind may name; a labelled line with another first number is not used. */
export const KIND_SERVICES: readonly string[] = ['17', '15', '18', '3114', '196', '119', '114'];

/**
 * The numbers a kind gives, most fitting first, 112 always. A plan to die needs the SAMU if
 * acted on; a child or someone who cannot speak keeps the police right behind.
 */
const KIND_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  17: ['17', '112'],
  15: ['15', '112'],
  18: ['18', '15', '112'],
  3114: ['3114', '15', '112'],
  196: ['196', '112'],
  119: ['119', '17', '112'],
  114: ['114', '17', '112'],
};

/**
 * At or above SURE the kind's numbers alone; from LIKELY the kind's numbers with 17 kept
 * (the police can send anyone); below, the uncertain list. Chosen by cross-validation on the
 * labelled emergencies (scripts/emergency-kind-cv.ts, docs/understanding.md).
 */
export const SURE_KIND = 0.9;
export const LIKELY_KIND = 0.5;

/** What the model's detection answers when the kind is unknown: all three, then 112. */
export const UNCERTAIN_NUMBERS: readonly string[] = ['17', '15', '18', '112'];

export const KIND_FEATURES: FeatureOptions = { charGrams: [3, 4], bigrams: true };
const KIND_TRAINING: TrainingOptions = {
  epochs: 20, learningRate: 1, l2: 1e-5, seed: 19, averageFrom: 10,
};

/** Lines whose first number is a kind, each text once (its first label wins). */
export function kindExamples(examples: ReadonlyArray<{ text: string; first?: string }>):
  KindExample[] {
  const seen = new Set<string>();
  const out: KindExample[] = [];
  for (const { text, first } of examples) {
    const key = normalize(text);
    if (first !== undefined && KIND_SERVICES.includes(first) && !seen.has(key)) {
      seen.add(key);
      out.push({ text, first });
    }
  }
  return out;
}

/** Undefined when the lines name fewer than two kinds: nothing to choose between. */
export function trainKindModel(examples: readonly KindExample[]): LinearModelData | undefined {
  if (new Set(examples.map((example) => example.first)).size < 2) {
    return undefined;
  }
  const rows = examples.map((example) => ({
    features: featuresOf(normalize(example.text), KIND_FEATURES), label: example.first,
  }));
  return trainLinearModel(rows, KIND_TRAINING).toJSON();
}

/** The most likely kind of a normalize()d message, for a saved kind model. */
export function kindScorer(data: LinearModelData): (normalized: string) => EmergencyKind {
  const model = loadLinearModel(data);
  return (normalized) => {
    const scores = model.predict(featuresOf(normalized, KIND_FEATURES));
    let best = 0;
    for (let i = 1; i < scores.length; i += 1) {
      best = scores[i] > scores[best] ? i : best;
    }
    return { service: model.labels[best], probability: scores[best] };
  };
}

/**
 * The numbers for a kind: its own when sure; from LIKELY its first number ahead of the
 * uncertain list (17 kept, and 15 and 18: a kind wrong at 0.5-0.8 was mostly a medical or
 * fire danger read as police); undefined below, for the uncertain list itself.
 */
export function kindNumbers(
  kind: EmergencyKind | undefined, sure = SURE_KIND, likely = LIKELY_KIND,
): string[] | undefined {
  const numbers = kind === undefined ? undefined : KIND_NUMBERS[kind.service];
  if (kind === undefined || numbers === undefined || kind.probability < likely) {
    return undefined;
  }
  if (kind.probability >= sure) {
    return [...numbers];
  }
  return [...new Set([numbers[0], ...UNCERTAIN_NUMBERS])];
}
