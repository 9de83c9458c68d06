import type { WaterfallStepContext } from '../../framework';
import type { Content } from '../../../content/renderer';
import { fold } from '../../prompts/normalize';

/**
 * An alarm's code typed where the OTV asks how to get in ("code alarme 4589", "digicode
 * 12A34 alarme 0000", "0000 pour l'alarme"): the patrol never needs it, and a request kept
 * for weeks and read by several people must not hold it. The code is masked before it is
 * stored or shown, and the citizen is told not to give it. A digicode stays: the patrol
 * may need it to reach the door.
 */
export const MASK = '••••';

/** Words split on spaces and apostrophes ("l'alarme"), with their place in the text. */
const TOKEN = /[^\s'’]+/g;

/** "alarme", "alarm", "allarme", "alrme", "alarmes". */
const ALARM_WORD = /^al+a?r+m[a-z]*$/;

/** What may stand between the alarm and its code: "alarme : 4589", "l'alarme a pour code". */
const BEFORE = new Set(['', 'code', 'codes', 'est', 'c', 'cest', 'le', 'la', 'l', 'de', 'du',
  'd', 'mon', 'ma', 'notre', 'a', 'pour', 'desactivation', 'desactiver', 'activation',
  'numero', 'n', 'no', 'secret', 'mot', 'passe', 'pin', 'son', 'sa']);

/** Between a code and the alarm it opens: "0000 pour l'alarme", "1234 c'est l'alarme". */
const AFTER = new Set(['', 'pour', 'de', 'du', 'd', 'l', 'la', 'le', 'c', 'cest', 'est']);
const AFTER_LINK = new Set(['pour', 'de', 'du', 'd', 'c', 'cest', 'est']);

/** How far from the code the alarm may be named. */
const REACH = 4;

interface Token {
  start: number;
  end: number;
  word: string;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: fold(match[0]).replace(/[^a-z0-9]/g, ''),
  }));
}

/** A code: letters and digits, at least three digits ("4589", "12A34", "#0000"). */
function isCode(word: string): boolean {
  return /^[a-z0-9]{3,12}$/.test(word) && (word.match(/\d/g)?.length ?? 0) >= 3;
}

function alarmBefore(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1; index >= Math.max(0, at - REACH); index -= 1) {
    const word = tokens[index]?.word ?? '';
    if (ALARM_WORD.test(word)) {
      return true;
    }
    if (!BEFORE.has(word)) {
      return false;
    }
  }
  return false;
}

function alarmAfter(tokens: readonly Token[], at: number): boolean {
  let linked = false;
  for (let index = at + 1; index < Math.min(tokens.length, at + 1 + REACH); index += 1) {
    const word = tokens[index]?.word ?? '';
    if (ALARM_WORD.test(word)) {
      return linked;
    }
    if (!AFTER.has(word)) {
      return false;
    }
    linked = linked || AFTER_LINK.has(word);
  }
  return false;
}

export interface Masked {
  text: string;
  /** True when an alarm code was found and masked. */
  masked: boolean;
}

/** `text` with every alarm code replaced by MASK, punctuation around it kept. */
export function maskAlarmCodes(text: string): Masked {
  const tokens = tokensOf(text);
  const codes = tokens.filter((token, index) => isCode(token.word)
    && (alarmBefore(tokens, index) || alarmAfter(tokens, index)));
  let masked = text;
  for (const code of [...codes].reverse()) {
    const typed = masked.slice(code.start, code.end).replace(/[\p{L}\p{N}#*]+/u, MASK);
    masked = masked.slice(0, code.start) + typed + masked.slice(code.end);
  }
  return { text: masked, masked: codes.length > 0 };
}

/**
 * Said once the answer holding a code is kept (masked): never give an alarm code. The
 * answer is the turn's own message, at the access question or with the kind of home.
 */
export async function warnOfAlarmCode(step: WaterfallStepContext, content: Content):
Promise<void> {
  if (maskAlarmCodes(step.context.activity.text ?? '').masked) {
    await step.context.sendActivity(content.render('procedures/otv/alarm_code'));
  }
}
