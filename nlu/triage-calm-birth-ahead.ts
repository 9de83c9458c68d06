import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A birth still to come, asked about ("ma femme accouche la semaine prochaine, j'ai le droit
 * de rouler vite ?", "elle doit accoucher dans trois semaines, congé paternité ?"): the
 * highway code or the papers, not the SAMU. Waters broken, contractions, bleeding or a
 * word of now keep the alarm.
 */
const BIRTH = /\b(accouche|accoucher|accouchement|naissance|terme|naitre|bebe arrive)\b/;

const AHEAD = rx('',
  '\\b(la semaine prochaine|le mois prochain|dans (\\d+|un|une|deux|trois|quatre|cinq|six|',
  'sept|huit|neuf|dix|quelques|plusieurs) (jours|semaines|mois)|bientot|prevu|prevue|',
  'prevu pour|programme|programmee|en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|',
  'septembre|octobre|novembre|decembre)|le (\\d+|premier) (janvier|fevrier|mars|avril|mai|',
  'juin|juillet|aout|septembre|octobre|novembre|decembre)|a la fin du mois|',
  'cet (ete|hiver|automne)|ce printemps|pour (noel|le printemps|le ete))\\b',
);

const LABOUR_NOW = rx('',
  '\\b(perte des eaux|perdu les eaux|poche des eaux|rompu|contractions|contraction|saigne|',
  'saignement|saignements|sang|ca vient|ca arrive|la tete|pousse|pousser|en train|',
  'maintenant|en ce moment|tout de suite|au secours|ce soir|cette nuit|mal au ventre|',
  'douleurs|douleur|malaise|tombee|inconsciente|en avance|premature)\\b|',
  // "rouler vite" is the question asked, not a hurry now
  '(?<!\\b(rouler|roule|rouler plus|conduire|conduis|foncer|aller plus) )\\bvite\\b',
);

export function birthAhead(text: string): boolean {
  return gatedTest(BIRTH, text) && gatedTest(AHEAD, text) && !gatedTest(LABOUR_NOW, text);
}
