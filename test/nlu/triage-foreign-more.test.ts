import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

/** Spanish, Portuguese, English and Darija in our own words: 112 first, or 114 if mute. */
const FIRST: ReadonlyArray<readonly [string, string]> = [
  ['quiero morirme esta noche, ya tengo las pastillas', '112'],
  ['me voy a quitar la vida, no aguanto más', '112'],
  ['não quero mais viver, vou me matar hoje', '112'],
  ["i'm going to kill myself tonight, i wrote the letter", '112'],
  ["i don't want to live anymore", '112'],
  ['bghit nmout, safi', '112'],
  ['accidente de coche en la autopista, un hombre con mucha sangre', '112'],
  ['acidente de carro, ele está no chão e não se mexe', '112'],
  ['motorcycle accident on the bridge, the guy is on the ground', '112'],
  ['the baby next door is alone and crying since yesterday, nobody opens', '112'],
  ['los niños están solos desde hace tres días', '112'],
  ['as crianças estão sozinhas sem comida', '112'],
  ['perdí a mi hija en el mercado, no la encuentro desde hace 30 minutos', '112'],
  ['não acho minha filha na praia', '112'],
  ['a man with a knife is following me', '112'],
  ['o meu marido me bate agora, ele tem uma faca', '112'],
  ['text only, a man is outside my window with a gun', '114'],
  ['no puedo hablar, hay un hombre con un cuchillo en mi casa', '114'],
  ['não posso falar, ele está na porta com uma faca', '114'],
  // an overdose or someone who will not wake, with the 15 after the 112
  ['mi amigo se tomó todas las pastillas y no despierta', '112'],
  ['my brother took too many pills, he wont wake up', '112'],
  ['minha mãe não acorda, já chamei e nada', '112'],
];

/** The service the situation needs is there too. */
const AMONG: ReadonlyArray<readonly [string, string]> = [
  ['ya no quiero vivir, lo tengo todo preparado', '3114'],
  ['i want to die, the pills are on the table', '3114'],
  ['the kids are left alone since 3 days, no food', '119'],
  ['accidente de moto, el chico sangra mucho', '18'],
  ["sms only i can't talk he is at my door with a knife", '17'],
  ['my friend took a lot of pills and wont wake up', '15'],
];

const CALM: readonly string[] = [
  'quiero morir de risa con este video', 'i want to die laughing', 'me muero de risa',
  'mi marido me pega a veces cuando bebe, hoy está en el trabajo',
  'he hits me sometimes when he drinks, he is at work now, where can i get advice',
  'vecino con música fuerte todas las noches, puedo llamar la policía?',
  'my neighbour has parties every night, can i call the police?',
  'accidente de coche la semana pasada, el seguro pide un papel',
  'acidente de carro ontem, o seguro quer um documento',
  'perdí mi cartera en el tren', 'perdi o meu passaporte',
  'my kids stay alone at home two hours after school, is it legal?',
  "i can't talk on the phone, i'm deaf, how do i make a complaint?",
  'i take my pills every morning', 'yo tomo muchas pastillas cada día',
];

describe('foreign danger, more words: suicide, road, children alone, lost child, 114', () => {
  specifyFirstNumbers(assess, FIRST);
  specifyNumbersAmong(assess, AMONG);
});

describe('foreign calm: idioms of dying, a habit with the abuser away, the past, questions', () => {
  specifyCalm(assess, CALM);
});
