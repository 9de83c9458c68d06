/**
 * A citizen's answers, question by question, for a complete pré-plainte. Tests take a
 * prefix of it to stop at a question, or replace one answer to exercise a branch.
 */
export interface Step {
  field: string;
  answer: string;
}

export const START: Step = { field: 'start', answer: 'je veux faire une pré-plainte' };

const ELIGIBLE: Step[] = [
  { field: 'danger', answer: 'non' },
  { field: 'kind', answer: 'Un vol' },
  { field: 'authorKnown', answer: 'non' },
];

const FACTS: Step[] = [
  { field: 'date', answer: 'hier soir vers 22h' },
  { field: 'commune', answer: '35000' },
  { field: 'placeDetails', answer: 'devant la gare' },
  { field: 'account', answer: "Mon vélo était attaché devant la gare, il n'y était plus." },
  { field: 'item', answer: 'vélo de course bleu' },
  { field: 'itemValue', answer: '450 €' },
  { field: 'itemDone', answer: "c'est tout" },
];

const VEHICLE: Step[] = [
  { field: 'plate', answer: 'ab-123-cd' },
  { field: 'vehicleDescription', answer: 'Peugeot 208 grise' },
];

const IDENTITY: Step[] = [
  { field: 'evidence', answer: 'non' },
  { field: 'role', answer: 'Je suis la victime' },
  { field: 'lastName', answer: 'Martin' },
  { field: 'firstName', answer: 'Camille' },
  { field: 'birthDate', answer: '14/07/1985' },
  { field: 'birthPlace', answer: 'Quimper' },
  { field: 'street', answer: '3 rue de la Paix' },
  { field: 'homeCommune', answer: 'Rennes' },
  { field: 'phone', answer: '06 12 34 56 78' },
  { field: 'email', answer: 'camille@exemple.fr' },
  { field: 'callback', answer: 'Le matin' },
  { field: 'review', answer: 'Tout est correct' },
  { field: 'consent', answer: 'oui' },
];

export const KIND_ANSWERS = {
  theft: 'Un vol',
  burglary: 'Un cambriolage',
  damage: 'Une dégradation',
  fraud: 'Une escroquerie (hors internet)',
  vehicle_theft: 'Un vol de véhicule',
  theft_from_vehicle: 'Un vol dans un véhicule',
} as const;

export type Kind = keyof typeof KIND_ANSWERS;

export function fullScript(kind: Kind = 'theft'): Step[] {
  const vehicle = kind === 'vehicle_theft' || kind === 'theft_from_vehicle';
  return [
    START,
    ...ELIGIBLE.map((step) => (step.field === 'kind' ? { ...step, answer: KIND_ANSWERS[kind] }
      : step)),
    ...FACTS,
    ...(vehicle ? VEHICLE : []),
    ...IDENTITY,
  ];
}

/** The answers up to (not including) the given field. */
export function upTo(field: string, kind: Kind = 'theft'): string[] {
  const script = fullScript(kind);
  const index = script.findIndex((step) => step.field === field);
  if (index < 0) {
    throw new Error(`no field ${field} in the ${kind} script`);
  }
  return script.slice(0, index).map((step) => step.answer);
}

export function answerOf(field: string, kind: Kind = 'theft'): string {
  const step = fullScript(kind).find((candidate) => candidate.field === field);
  if (!step) {
    throw new Error(`no field ${field} in the ${kind} script`);
  }
  return step.answer;
}

export function answers(kind: Kind = 'theft'): string[] {
  return fullScript(kind).map((step) => step.answer);
}
