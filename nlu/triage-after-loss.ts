import type { EmergencyAssessment } from './types';
import { rx } from './triage-words';
import { gatedReplace, gatedTest } from './regex-gate';

/**
 * A theft or a loss told first, then a danger happening now: "on m'a volé mon vélo et je vais
 * me tuer", "j'ai perdu ma carte d'identité et mon mari me frappe". Read whole, the theft's
 * complaint (a thing stolen and the thief gone) or the lost papers' plea settles the message,
 * and the danger told after it with it. Those calms belong to their own clause: what follows
 * the theft or the loss is also read alone (the recogniser's anchored parts), and alarms on
 * its own merits. A clause told as a past of its own ("il m'a frappée") stays with the
 * complaint; the idioms ("ma mère va me tuer", "mort de honte") stay calm read alone too.
 */

/**
 * "on m'a volé mon", "j'ai perdu mes", "ils ont piqué ma": up to the determiner; "mon vélo a
 * été volé", "mon sac s'est fait arracher": up to the verb.
 */
const LOSS = rx('g',
  '\\b(((on|il|elle|ils|elles|quelqu un|des gens|un mec|un type|un gars|des jeunes|un voleur|',
  'des voleurs) )?(me |ma |nous |mon |m )?(a|ont) (vole|voler|voles|volee|pique|piquer|derobe|',
  'arrache|chourave|choure|taxe|pris)|on ma (vole|pique|pris|arrache)|',
  '(je ai|jai|ai|on a|nous avons|je avais) (perdu|egare|egarer|paume|perdue?s?)|',
  '(me suis|nous sommes|suis) fait (voler|piquer|arracher|derober|chourer|chouraver|taxer)) ',
  '(mon|ma|mes|notre|nos|le|la|les|ton|ta|tes|son|sa|ses)\\b|',
  // "mon vélo qu'on m'a volé hier soir": the theft told with no determiner after it
  '\\b(on|ils|il) (me|ma|nous|m) (a|ont) (vole|pique|derobe|arrache|chourave)\\b|',
  '\\b((a|ont) ete (vole|volee|voles|volees|derobe|derobee|derobes|pique|piquee)|',
  '(se est|se sont) fait (voler|piquer|derober|arracher))\\b',
);

/**
 * A turn to another matter after the theft's story: "bref sinon ma copine vient de
 * s'effondrer", "de toute façon je vais en finir ce soir". Read alone too, when it
 * comes after a theft or a loss.
 */
const TURN = rx('g',
  '\\b(bref|sinon|en plus|par contre|par ailleurs|autre chose|au fait|de toute facon|',
  'de toutes facons|mais la|et la|la maintenant)\\b',
);

/**
 * The part told as a past of its own, or dated: "et il m'a frappée", "je saignais", "hier".
 * Tonight and this morning are no past: "je vais en finir cette nuit".
 */
const TOLD_BEFORE = rx('',
  '\\b((?<!depuis )hier|avant hier|le an dernier|le annee derniere|le mois dernier|',
  'la semaine derniere|le autre jour|le autre soir|le week end dernier|la derniere fois|',
  'il y a (\\d+|quelques|plusieurs|deux|trois|quatre|cinq|six|dix) ',
  '(jours|semaines|mois|ans|annees))\\b|\\b(?!plait\\b)[a-z]{2,}(ait|aient)\\b|',
  '\\b(ai|as|a|avons|avez|ont|suis|est|sommes|sont)( pas| deja| encore)? (ete|eu|fait|',
  // no "est blessée": a state now, not a past
  'frappe|frappee|tape|tapee|menace|menacee|pousse|poussee|insulte|insultee|saigne|tire|',
  'casse|cassee)\\b',
);

/**
 * What a loss makes one say of its consequences, no danger: "mon père va me tuer", "c'est la
 * fin", "je suis mort", "au secours", "j'ai peur". Removed from the part read alone, so
 * that a danger beside it stays. A husband's or a boyfriend's "va me tuer" is never taken for
 * a figure.
 */
const LOSS_FIGURE = rx('g',
  '\\b((ma|mon|mes) (mere|pere|parents|daronne|daron|darons|patron|patronne|boss|chef|femme|',
  'copine|meuf|prof|proprio|banquier|assureur|mere et mon pere)|on|ils) (va|vont) me ',
  '(tuer|defoncer|massacrer|buter|etrangler|egorger|tuer de sa vie)\\b|',
  '\\b(ce est|cest|ca est|cetait) (la fin|la fin du monde|la cata|la catastrophe|la merde|',
  'la galere|mort|foutu)\\b|\\bje suis (mort|morte|foutu|foutue|dead|deg|degoute|degoutee)\\b|',
  // the loss's own plea and dread: "je pars dans 3 jours, au secours", "j'ai peur qu'on me
  // contrôle"
  '\\b(au secours|ausecours|aidez moi|aider moi|aidez nous|a le aide|help|sos|svp|urgent|',
  '(je ai|jai|ai) (tellement |tres |trop |si |vraiment )?(peur|la trouille|la peur|le stress)|',
  '(je suis|suis) (stresse|stressee|angoisse|angoissee|paniquee?|en panique))\\b',
);

/** The theft told up to its object's determiner: the object comes next. */
const DETERMINERS: ReadonlySet<string> = new Set(['mon', 'ma', 'mes', 'notre', 'nos', 'le', 'la',
  'les', 'ton', 'ta', 'tes', 'son', 'sa', 'ses']);
/**
 * The thing stolen or lost, at the head of what follows: "carte d'identité", "permis de
 * conduire", "sac à main". Read with the part, the papers' words calm it again.
 */
const OBJECT_HEAD = /^ ?[a-z]+( (de|du|des|a) [a-z]+| (grise|vitale|bancaire|bleue|portable))?\b/;

/** What follows the theft or the loss ending at `end`, its object left out. */
function afterThe(normalized: string, end: number): string {
  const rest = normalized.slice(end);
  const lastWord = normalized.slice(normalized.lastIndexOf(' ', end - 1) + 1, end);
  return DETERMINERS.has(lastWord) ? rest.replace(OBJECT_HEAD, ' ') : rest;
}

/** The thief silent: "il m'a piqué mon ordi en partant et il ne répond plus". */
const THIEF_SILENT = /\b(il|elle|ils|elles) (ne )?(repond|repondent) (plus|pas)\b/g;
/** ...unless a body has failed: "mon mari est tombé, il répond plus" is the 15's. */
const BODY_DOWN = rx('',
  '\\b(tombe|tombee|malaise|inconscient|inconsciente|respire|bouge|saigne|effondre|effondree|',
  'evanoui|evanouie|blesse|blessee|convulse|sang|par terre|au sol)\\b',
);

/** The part read alone: without the loss's figures, nor a silent thief. */
function withoutFigures(part: string): string {
  const figured = gatedReplace(part, LOSS_FIGURE, ' ');
  const silent = gatedTest(BODY_DOWN, figured)
    ? figured
    : gatedReplace(figured, THIEF_SILENT, ' ');
  return silent.replace(/ +/g, ' ').trim();
}

/** At most this many parts read alone: a message tells few thefts. */
const MAX_PARTS = 4;

/** Fewer words than this left after the theft tell nothing of their own. */
const MIN_WORDS = 2;

/** Where each match of `global` from `from` on starts, or ends when `after`. */
function positions(global: RegExp, text: string, from: number, after: boolean): number[] {
  global.lastIndex = from;
  const found: number[] = [];
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    found.push(after ? match.index + match[0].length : match.index);
  }
  return found;
}

/**
 * The parts of a normalised message told after a theft or a loss, worth reading alone:
 * what follows each theft, and each turn to another matter after it. None in most messages.
 */
export function afterLossClauses(normalized: string): string[] {
  LOSS.lastIndex = 0;
  if (!gatedTest(LOSS, normalized)) {
    return [];
  }

  const afterLoss = positions(LOSS, normalized, 0, true);
  // the turn itself is kept: "et là" says now
  const turns = positions(TURN, normalized, afterLoss[0] ?? normalized.length, false);
  const parts = afterLoss.map((end) => afterThe(normalized, end))
    .concat(turns.map((start) => normalized.slice(start)));
  return parts
    .map(withoutFigures)
    .filter((part) => part.split(' ').length >= MIN_WORDS && !gatedTest(TOLD_BEFORE, part))
    .slice(0, MAX_PARTS);
}

/** What the learned vote says alone of a part: it read whole messages, not their tails. */
const UNCERTAIN = 'uncertain';

/**
 * Someone acting on the writer in the present: "et mon mari me frappe". The rules leave a
 * bare "il me frappe" to the learned vote (the FAQ when habitual), which reads the whole
 * message as the loss's; in a part, its reading counts only beside these words.
 */
const DONE_TO_ME = rx('',
  '\\b(me|nous) (frappe|frappent|tape|tapent|bat|battent|cogne|cognent|menace|menacent|',
  'etrangle|etranglent|tabasse|tabassent|agresse|agressent|poursuit|poursuivent|suit|suivent|',
  'viole|violent|sequestre|sequestrent|enferme|enferment)\\b',
);

/**
 * The first part told after a theft or a loss that alarms on its own, or the calm verdict.
 * Like the anchored sentences, a part needs the rules' own reading ("et je pars en voyage
 * dans 3 jours" scored as danger by the vote), or blows to the writer named in it.
 */
export function assessAfterLoss(normalized: string, calm: EmergencyAssessment,
  assess: (normalized: string) => EmergencyAssessment): EmergencyAssessment {
  for (const part of afterLossClauses(normalized)) {
    const alone = assess(part);
    if (alone.detected && (alone.situation !== UNCERTAIN || gatedTest(DONE_TO_ME, part))) {
      return alone;
    }
  }
  return calm;
}
