import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round 28 (t36), by mechanism and in our own words: a door forced now is a break-in (17),
 * not a gas blast; a jump into a pool or off a diving board is play; "à la dérive" said of a
 * talk or a life is no sea rescue; an injury dated weeks ago with the hospital stay behind it
 * is the past; knives looked at as goods to buy are no weapon.
 */
export const T36_EXAMPLES: Record<string, string[]> = {
  'net-door-forced': ['ils sont en train de exploser la porte ils rentrent chez moi'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round 28 (t36)', () => {
  describe('a door forced now is a break-in, not an explosion', () => {
    specifyFirstNumbers(assess, [
      ["ils sont en train d'exploser la porte, ils rentrent chez moi", '17'],
      ['ils sont en train de défoncer la porte, ils vont rentrer', '17'],
      ['des mecs pètent la porte de chez moi, ils entrent', '17'],
      ['quelqu\'un est en train de forcer ma porte je suis seule', '17'],
      ["ils explosent la porte d'entrée, aidez moi", '17'],
      ['mon ex essaie de défoncer la porte', '17'],
      ["on est en train de péter la serrure, ils rentrent dans l'appart", '17'],
    ]);
    specifyFirstNumbers(assess, [
      ['ça a explosé, il y a de la fumée partout', '18'],
      ['la porte a explosé avec le gaz, il y a de la fumée', '18'],
      ['la chaudière a explosé, mon père est blessé', '18'],
    ]);
    specifyCalm(assess, [
      'les pompiers ont défoncé la porte pour entrer chez ma voisine hier',
      "le serrurier va exploser la serrure, j'ai perdu mes clés",
    ]);
  });

  describe('a jump into water or onto a trampoline is play', () => {
    specifyCalm(assess, [
      'il veut sauter dans la piscine',
      'mon fils veut sauter du plongeoir de 5 mètres',
      'elle veut sauter dans le lac pour se baigner',
      'ma fille veut sauter sur le trampoline',
      'les enfants veulent sauter dans la pataugeoire',
      "il veut sauter dans l'eau pour nager avec ses copains",
    ]);
    specifyFirstNumbers(assess, [
      ['il veut sauter du pont', '3114'],
      ['elle veut sauter du toit', '3114'],
      ['il menace de sauter par la fenêtre', '3114'],
      ['mon frère veut sauter dans la seine', '3114'],
      ['il va sauter du balcon', '3114'],
    ]);
  });

  describe('"à la dérive" said of something abstract', () => {
    specifyCalm(assess, [
      'la discussion part à la dérive',
      'ma vie part à la dérive depuis le divorce',
      "le projet est à la dérive, le chef s'en fiche",
      'notre couple va à la dérive',
      "la réunion est partie à la dérive et personne n'a rien décidé",
      'tout part à la dérive au boulot',
    ]);
    specifyFirstNumbers(assess, [
      ['notre bateau est à la dérive', '196'],
      ['un homme à la dérive sur un matelas au large', '196'],
      ['on est à la dérive en kayak', '196'],
    ]);
  });

  describe('an injury dated a duration ago, the hospital stay behind it', () => {
    specifyCalm(assess, [
      "mon mari a été blessé dans un accident il y a deux mois, il est sorti de l'hôpital",
      "mon fils s'est cassé la jambe il y a trois semaines, il est sorti de l'hôpital hier",
      'ma mère a eu un AVC il y a six mois, elle est sortie de la clinique',
      "il y a 10 jours mon père a été renversé par une voiture, il est rentré de l'hôpital",
      'elle a été blessée au travail il y a quelques jours, elle est sortie des urgences',
    ]);
    specifyFirstNumbers(assess, [
      ['il a été blessé dans un accident il y a deux mois et là il saigne de nouveau', '18'],
      ['mon mari a été blessé dans un accident, il saigne beaucoup', '18'],
      ["opéré il y a trois semaines, sorti de l'hôpital, ce matin il saigne de la plaie", '15'],
      ["j'ai fait un infarctus il y a trois ans, là j'ai une douleur dans la poitrine", '15'],
    ]);
  });

  describe('knives as goods to buy', () => {
    specifyCalm(assess, [
      "ma copine m'envoie des photos de couteaux de cuisine qu'elle veut acheter",
      'je regarde des couteaux de chef en promo sur amazon',
      'mon mari veut acheter un coffret de couteaux japonais pour la cuisine',
      "elle m'envoie des photos des couteaux qu'elle veut commander",
      'ma soeur hésite entre deux couteaux de cuisine pour son cadeau',
      'un couteau à pain en solde au magasin, ça vaut le coup ?',
    ]);
    specifyFirstNumbers(assess, [
      ["elle m'envoie une photo, il a un couteau", '17'],
      ["ma copine m'envoie un message, son ex est là avec un couteau", '17'],
      ['il a un couteau de cuisine, il me menace', '17'],
      ["il tient un couteau de cuisine qu'il vient d'acheter et il crie", '17'],
    ]);
  });
});
