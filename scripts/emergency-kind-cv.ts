import { loadEmergencyExamples } from '../nlu/emergency-model';
import {
  kindExamples, kindNumbers, kindScorer, LIKELY_KIND, SURE_KIND, trainKindModel,
  type EmergencyKind,
} from '../nlu/emergency-kind';
import { normalize } from '../nlu/normalize';

/**
 * Cross-validates the emergency-kind classifier on the labelled emergencies (fixed folds:
 * line i in fold i % 5) and compares, for every held-out line, whether its first number is
 * among the numbers answered: with the kind, and with the uncertain list (17, 15, 18, 112).
 */
const FOLDS = 5;
const UNCERTAIN = ['17', '15', '18', '112'];

function main(): void {
  const examples = kindExamples(loadEmergencyExamples());
  const held: Array<{ first: string; kind: EmergencyKind }> = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const data = trainKindModel(examples.filter((_, i) => i % FOLDS !== fold));
    if (data === undefined) {
      throw new Error('fewer than two kinds in the labelled emergencies');
    }
    const score = kindScorer(data);
    examples.forEach((example, i) => {
      if (i % FOLDS === fold) {
        held.push({ first: example.first, kind: score(normalize(example.text)) });
      }
    });
  }
  const percent = (n: number) => `${((100 * n) / held.length).toFixed(1)} %`;
  const top1 = held.filter((line) => line.kind.service === line.first).length;
  const covered = (numbers: (line: { kind: EmergencyKind }) => string[]) =>
    held.filter((line) => numbers(line).includes(line.first)).length;
  const counts = new Map<string, number>();
  held.forEach((line) => counts.set(line.first, (counts.get(line.first) ?? 0) + 1));
  process.stdout.write(`${held.length} labelled emergencies, ${FOLDS} folds; kinds: ` +
    `${[...counts].map(([k, n]) => `${k}=${n}`).join(' ')}\n`);
  process.stdout.write(`kind accuracy (top 1)        ${percent(top1)}\n`);
  const before = percent(covered(() => UNCERTAIN));
  process.stdout.write(`first number answered, uncertain list  ${before}\n`);
  for (const [sure, likely] of [[SURE_KIND, LIKELY_KIND], [0.8, 0.5], [0.95, 0.5], [0.9, 0.7]]) {
    let sizes = 0;
    const policy = (line: { kind: EmergencyKind }) => {
      const chosen = kindNumbers(line.kind, sure, likely) ?? UNCERTAIN;
      sizes += chosen.length;
      return chosen;
    };
    const n = covered(policy);
    process.stdout.write(`first number answered, kind sure>=${sure} likely>=${likely}  ` +
      `${percent(n)} (mean ${(sizes / held.length).toFixed(2)} numbers)\n`);
  }
  for (const kind of counts.keys()) {
    const lines = held.filter((line) => line.first === kind);
    const kindCovered = lines.filter((line) => (kindNumbers(line.kind) ?? UNCERTAIN)
      .includes(kind)).length;
    const before = lines.filter(() => UNCERTAIN.includes(kind)).length;
    process.stdout.write(`  first ${kind}: ${kindCovered}/${lines.length} with kind, ` +
      `${before}/${lines.length} uncertain list\n`);
  }
}

main();
