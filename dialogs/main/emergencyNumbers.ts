import type { Content } from '../../content/renderer';

/** The order a citizen reads them in: the general ones first, then the specialised lines. */
const NUMBERS = ['17', '112', '15', '18', '114', '196', '3114', '119', '3919'];

export function emergencyNumbersAnswer(content: Content): string {
  const services = NUMBERS.map((number) => ({
    number, purpose: content.render(`emergency/numbers.${number}`),
  }));
  return content.render('bot/emergencyNumbers', { services });
}
