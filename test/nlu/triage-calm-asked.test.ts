import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round 14: questions that borrow danger words with no danger under way (blind17's false
 * alarms, generalised in our own words), each family against look-alikes that still alarm.
 */

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const CALM: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['fear over papers lost', [
    "j'ai égaré mon passeport à la gare, j'ai très peur, je pars lundi",
    "j'ai perdu mon récépissé dans le métro, j'ai peur qu'on me contrôle",
    "j'ai fait tomber mon permis dans la rue, je suis paniquée, comment faire",
    'oublié mon sac avec tous mes papiers dans le tram, je panique, qui contacter',
  ]],
  ['a shop asking how to prevent a hold-up', [
    'je gère une bijouterie, quels conseils pour éviter un braquage',
    'pharmacienne, comment me protéger des braquages la nuit de garde',
    'je tiens une supérette, que faire pour dissuader les voleurs et les braqueurs',
  ]],
  ['a past suicide attempt asked about for a recruitment', [
    "j'ai fait une tentative de suicide à 17 ans, ça peut bloquer pour entrer dans l'armée ?",
    'tentative de suicide il y a 5 ans, est ce que c est éliminatoire pour devenir gendarme',
    "quand j'étais ado j'ai fait une tentative de suicide, est-ce que l'armée va le voir",
    "est-ce qu'une tentative de suicide au lycée empêche d'intégrer la gendarmerie",
  ]],
  ['an old weapon come across while clearing out', [
    'on est tombés sur une vieille carabine dans la grange en vidant la maison de mes parents',
    'en rangeant la cave je suis tombé sur un pistolet de la guerre, je le ramène où ?',
  ]],
  ['a past episode, fine now, asking which number for next time', [
    "ma fille a fait une crise d'asthme hier soir, elle va bien maintenant, pour la prochaine " +
      'fois on appelle le 15 ?',
    'mon mari a fait un malaise la semaine dernière, tout va bien maintenant, mais c est quel ' +
      'numéro la prochaine fois',
    "mon père a fait un infarctus il y a deux ans, il dit que c'est rien maintenant, il peut " +
      'reprendre le vélo ?',
  ]],
  ['an open fracture or a forced door told as over', [
    'on a retrouvé la porte forcée en rentrant de vacances, comment porter plainte',
    'le voisin a une fracture ouverte depuis son accident de moto le mois dernier, il peut ' +
      'conduire ?',
  ]],
];

const ALARMS: ReadonlyArray<readonly [string, string]> = [
  ["j'ai perdu mon téléphone et un homme me suit depuis la gare, j'ai peur", '17'],
  ["j'ai perdu mes clés, je suis dehors et un mec louche rôde autour de moi, j'ai peur", '17'],
  ['je tiens un tabac, un type braque ma collègue avec un pistolet là maintenant', '17'],
  ["il y a deux ans j'ai fait une tentative, et ce soir j'ai encore envie d'en finir", '3114'],
  ["j'ai fait une tentative il y a trois ans et je veux recommencer ce soir", '3114'],
  ["ma mère a eu un AVC l'an dernier et là elle a la bouche de travers, elle parle mal", '15'],
  ['en vidant la cave on a trouvé un vieux pistolet et mon fils joue avec', '17'],
  ["mon père a fait un infarctus il y a deux ans et là il a mal à la poitrine, il dit que " +
    "c'est rien maintenant", '15'],
  ['mon fils est tombé du toit, fracture ouverte de la jambe', '15'],
  ["fracture ouverte au bras, l'os sort, il saigne beaucoup", '15'],
  ['la porte est forcée et ils sont encore dedans', '17'],
  ["la porte de derrière, quelqu'un est en train de la forcer", '17'],
  ["ma fenêtre est fracturée, j'entends quelqu'un en bas", '17'],
];

describe('questions that borrow danger words stay calm', () => {
  for (const [family, texts] of CALM) {
    describe(family, () => {
      for (const text of texts) {
        it(`stays calm: "${text}"`, () => expect(assess(text).detected, text).to.equal(false));
      }
    });
  }

  for (const [text, first] of ALARMS) {
    it(`still alarms, ${first} first: "${text}"`, () => {
      const verdict = assess(text);
      expect(verdict.detected, text).to.equal(true);
      expect(verdict.numbers[0], text).to.equal(first);
    });
  }
});
