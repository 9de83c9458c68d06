/*
 * How the chat page shows the bot's words on a phone: emergency numbers as links to call,
 * times on the French 24-hour clock. Plain functions on `window.BrigadeChatFormat`, so that
 * chat.js uses them and a spec can run them without a browser.
 */
(function defineChatFormat(root) {
  'use strict';

  /* Numbers one calls; 114 is for SMS only (deaf, or unable to speak). */
  var CALL = ['3114', '112', '119', '196', '17', '15', '18'];
  var TEXT = ['114'];

  /* What a number followed by one of these is: a date, an age, a duration, an amount. */
  var NOT_A_PHONE_AFTER = new RegExp('^\\s*(?:\\*\\*)?\\s*(?:janvier|f[ée]vrier|mars|avril|mai|' +
    'juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|jours?|ans?|mois|semaines?|' +
    'h\\b|heures?|min|minutes?|km|kg|m\\b|%|€|euros?|ou plus|personnes?|[.,:/]\\d)', 'i');
  /* A queue position or a list number is no phone either. */
  var NOT_A_PHONE_BEFORE =
    /(?:(?:position|file|n°|numéro de|page|article)\s*:?\s*|[.,:/\-+]\d*)$/i;

  /* Markdown links and bare addresses are left as they are. */
  var UNTOUCHABLE = /\[[^\]]*\]\([^)]*\)|https?:\/\/\S+|`[^`]*`/g;
  var NUMBER = new RegExp('(\\*\\*)?\\b(' + CALL.concat(TEXT).join('|') + ')\\b(\\*\\*)?', 'g');

  /** `sms:` is not among the link schemes Web Chat keeps (it would make a button of it). */
  function schemeOf(number, allowedSchemes) {
    if (TEXT.indexOf(number) >= 0) {
      return allowedSchemes.indexOf('sms') >= 0 ? 'sms' : undefined;
    }
    return allowedSchemes.indexOf('tel') >= 0 ? 'tel' : undefined;
  }

  function linkNumbers(segment, allowedSchemes) {
    return segment.replace(NUMBER, function (match, open, number, close, offset, whole) {
      var before = whole.slice(0, offset);
      var after = whole.slice(offset + match.length);
      var scheme = schemeOf(number, allowedSchemes);
      if (!scheme || NOT_A_PHONE_BEFORE.test(before) || NOT_A_PHONE_AFTER.test(after)) {
        return match;
      }
      var label = (open && close) ? '**' + number + '**' : number;
      var link = '[' + label + '](' + scheme + ':' + number + ')';
      // an unbalanced bold mark stays where it was
      return (open && !close ? open : '') + link + (close && !open ? close : '');
    });
  }

  /**
   * The bot's markdown with the emergency numbers as call links (`[17](tel:17)`), outside
   * existing links and addresses; dates, ages, durations and positions stay plain.
   */
  function phoneLinks(markdown, allowedSchemes) {
    var schemes = allowedSchemes || ['tel'];
    var out = '';
    var last = 0;
    markdown.replace(UNTOUCHABLE, function (kept, offset) {
      out += linkNumbers(markdown.slice(last, offset), schemes) + kept;
      last = offset + kept.length;
      return kept;
    });
    return out + linkNumbers(markdown.slice(last), schemes);
  }

  /** "21:43", and "Envoyé le 4 décembre à 21:43" for screen readers: fr-FR, 24 hours. */
  function frenchTime(date) {
    var time = new Intl.DateTimeFormat('fr-FR',
      { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
    var day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long' }).format(date);
    return { time: time, spoken: 'Envoyé le ' + day + ' à ' + time };
  }

  root.BrigadeChatFormat = { phoneLinks: phoneLinks, frenchTime: frenchTime };
}(typeof window === 'undefined' ? globalThis : window));
