import { normalize } from '../../nlu/normalize';

/** Words that work at every step of every dialog. */
export type Interruption = 'cancel' | 'back' | 'help' | 'restart' | 'handoff' | 'privacy';

/** Phrases that only make sense when no procedure is running (the welcome buttons). */
export type Shortcut = 'ask' | 'preComplaint';

/**
 * Whole-message matches on the normalised text: an interruption must never fire on an
 * answer that merely contains the word ("je veux annuler ma carte" is not "annuler").
 */
const INTERRUPTIONS: ReadonlyArray<[Interruption, RegExp]> = [
  ['cancel', /^(annule|annuler|annulez|stop|arrete|arreter|abandonner|laisse tomber)$/],
  ['back', /^(retour|retour en arriere|revenir en arriere|question precedente|precedent)$/],
  ['help', /^(aide|help|je ne comprends pas|comment ca marche|menu)$/],
  ['restart', /^(recommencer|recommence|reprendre depuis le debut|on recommence)$/],
  [
    'handoff',
    new RegExp(
      '^((je veux|je voudrais|je souhaite|puis je|pouvez vous me faire)\\s)?' +
        '(parler|discuter|echanger|etre mis en relation)\\s(a|avec)\\s' +
        '(un|une|le|la)\\s(gendarme|humain|agent|conseiller|operateur|personne|vraie personne)$',
    ),
  ],
  ['handoff', /^(un )?(gendarme|humain|conseiller|agent)( s il (vous|te) plait)?$/],
  ['privacy', /^(confidentialite|donnees personnelles|mes donnees|vie privee|rgpd)$/],
];

const SHORTCUTS: ReadonlyArray<[Shortcut, RegExp]> = [
  ['ask', /^poser une question$/],
  ['preComplaint', /^(faire une )?pre plainte$/],
];

function match<T>(table: ReadonlyArray<[T, RegExp]>, text: string | undefined): T | undefined {
  const normalized = normalize(text ?? '');
  return table.find(([, pattern]) => pattern.test(normalized))?.[0];
}

export function interruptionFor(text: string | undefined): Interruption | undefined {
  return match(INTERRUPTIONS, text);
}

export function shortcutFor(text: string | undefined): Shortcut | undefined {
  return match(SHORTCUTS, text);
}

/** Same comparison as the commands, for matching a clicked suggested action back. */
export function sameWords(a: string | undefined, b: string | undefined): boolean {
  const left = normalize(a ?? '');
  return left !== '' && left === normalize(b ?? '');
}
