import { expect } from 'chai';
import { readFileSync } from 'fs';
import { runInNewContext } from 'vm';
import { fromRoot } from '../../core/paths';
import { loadContent } from '../../content/renderer';

interface ChatFormat {
  phoneLinks(markdown: string, allowedSchemes?: string[]): string;
  frenchTime(date: Date): { time: string; spoken: string };
}

/** web/chatFormat.js as the page runs it, in a context of its own. */
function chatFormat(): ChatFormat {
  const sandbox: { window: { BrigadeChatFormat?: ChatFormat }; Intl: typeof Intl } =
    { window: {}, Intl };
  runInNewContext(readFileSync(fromRoot('web', 'chatFormat.js'), 'utf8'), sandbox);
  const format = sandbox.window.BrigadeChatFormat;
  if (!format) {
    throw new Error('chatFormat.js defines no BrigadeChatFormat');
  }
  return format;
}

const { phoneLinks, frenchTime } = chatFormat();
const content = loadContent();

describe('chat page: emergency numbers as call links', () => {
  it('links every number one calls, bold or not', () => {
    expect(phoneLinks('appelez le 17 ou le 112')).to.equal(
      'appelez le [17](tel:17) ou le [112](tel:112)');
    expect(phoneLinks('- **3114** : prévention du suicide')).to.equal(
      '- [**3114**](tel:3114) : prévention du suicide');
    expect(phoneLinks('le 15, le 18, le 119, le 196 (17)')).to.equal('le [15](tel:15), ' +
      'le [18](tel:18), le [119](tel:119), le [196](tel:196) ([17](tel:17))');
  });

  it('links 114 by SMS only where the page may use sms: links', () => {
    expect(phoneLinks('envoyez un **SMS au 114**', ['tel'])).to.equal(
      'envoyez un **SMS au 114**');
    expect(phoneLinks('un SMS au **114**', ['tel', 'sms'])).to.equal(
      'un SMS au [**114**](sms:114)');
  });

  it('leaves dates, ages, durations, times, positions and links as they are', () => {
    const plain = ['le 15 mars', 'entre le 1er et le 15 février', 'dès 18 ans',
      'dans les 15 jours', 'à 14:15', 'Position : 18.', '(position 15)',
      'environ 18 min', '[fiche](https://www.service-public.fr/F1719)',
      'https://example.fr/17', '[appelez le 17](tel:17)'];
    for (const text of plain) {
      expect(phoneLinks(text), text).to.equal(text);
    }
  });

  it('keeps a bold run that only opens on the number', () => {
    expect(phoneLinks('Appelez le **119 – Allô Enfance en danger**')).to.equal(
      'Appelez le **[119](tel:119) – Allô Enfance en danger**');
  });

  it('links the numbers of the real emergency answer and help text', () => {
    const emergency = content.render('bot/emergency', { services: [
      { number: '17', purpose: 'police' }, { number: '112', purpose: 'européen' }] });
    const help = content.render('bot/help');

    expect(phoneLinks(emergency)).to.include('[**17**](tel:17)')
      .and.include('[**112**](tel:112)');
    expect(phoneLinks(help)).to.include('[17](tel:17) ou [112](tel:112)');
  });
});

describe('chat page: message times', () => {
  it('are on the French 24-hour clock, also for screen readers', () => {
    const evening = new Date(2026, 11, 4, 21, 43);

    expect(frenchTime(evening)).to.deep.equal(
      { time: '21:43', spoken: 'Envoyé le 4 décembre à 21:43' });
    expect(frenchTime(new Date(2026, 0, 1, 9, 5)).time).to.equal('09:05');
  });
});
