import { rx } from './triage-words';
import { gatedTest } from './regex-gate';

/**
 * One sentence, no full stop, a settled past first and a present danger after the turn:
 * "accident hier rien de grave mais là le conducteur bourré repart avec ses enfants", "il
 * m'a frappée hier mais là il revient avec un couteau". Read whole, "hier" calms it all; the
 * clause after "mais là" / "et là" / "et maintenant" is read alone, like a sentence.
 *
 * "hier soir je rentre et là il sort un couteau" is a story told in the present: the
 * beginning must be a closed past (a perfect tense, "rien de grave"), and the clause after
 * the turn told now (no perfect, no imperfect, no date of its own).
 */
const TURN = /\b(mais|et|sauf que) (la|maintenant|la maintenant)\b/g;

/** The beginning dated in the past. */
const DATED = rx('',
  '\\b((?<!depuis )hier|avant hier|le an dernier|le annee derniere|le mois dernier|',
  'la semaine derniere|le autre jour|le autre soir|le week end dernier|la derniere fois|',
  'il y a (\\d+|quelques|plusieurs|deux|trois|quatre|cinq|six|dix) ',
  '(jours|semaines|mois|ans|annees)|ce matin|cette nuit|deja)\\b',
);

/** A closed event: a perfect tense, or told settled. */
const CLOSED = rx('',
  '\\b((ai|as|a|avons|avez|ont|suis|es|est|sommes|etes|sont)( ete)? [a-z]{2,}',
  '(e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|t|te|ts)|rien de grave|pas de blesse|plus de peur que ',
  'de mal|sans gravite|ca va|tout va bien)\\b',
);

/** The clause after the turn told as a past of its own, or as a story. */
const TOLD_PAST = rx('',
  `${DATED.source}|\\b(?!plait\\b)[a-z]{2,}(ait|aient)\\b|`,
  '\\b(ai|as|a|avons|avez|ont|suis|est|sommes|sont)( pas| deja| encore)? (ete|eu|fait|pris|',
  'sorti|sortie|sortis|parti|partie|partis|venu|venue|revenu|revenue|arrive|arrivee|frappe|',
  'frappee|tape|tapee|menace|menacee|casse|vole|tire|dit|vu|entendu|appele|rentre|rentree|',
  'pu|du|voulu|mis|donne|pousse|poussee|insulte|insultee|fini|finie|reparti|repartie)\\b',
);

/** The clauses after a turn worth reading alone, normalised; none in most messages. */
export function turnedClauses(normalized: string): string[] {
  const clauses: string[] = [];
  for (const turn of normalized.matchAll(TURN)) {
    const head = normalized.slice(0, turn.index);
    const tail = normalized.slice(turn.index);

    if (gatedTest(DATED, head) && gatedTest(CLOSED, head) && !gatedTest(TOLD_PAST, tail)) {
      clauses.push(tail);
    }
  }
  return clauses;
}
