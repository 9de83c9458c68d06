import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round t13: six families from four blind sets, written in our own words. Each family's
 * danger keeps its alarm and first number; its calm look-alikes raise none.
 */

/** One example per safety-net family of this round, for the "every family" spec. */
export const T13_EXAMPLES: Record<string, string[]> = {
  'net-hidden-from-intruders': ['pas d appel possible, des voleurs au rdc, je suis sous le lit'],
  'net-suicide-farewell': ["j'ai écrit une lettre à chacun de mes enfants, c'est pour cette nuit"],
  'net-violence-relayed-now': ["ma mère vient de m'écrire que mon père la bat"],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

interface Family {
  name: string;
  danger: ReadonlyArray<readonly [string, string]>;
  calm: readonly string[];
}

const FAMILIES: readonly Family[] = [
  {
    name: 'hiding from intruders, told by places, unable to speak: 114 first',
    danger: [
      ['chut je peux pas parler, des voleurs sont en bas et moi ' +
        'je suis dans la salle de bain', '114'],
      ['voleurs au rez-de-chaussée, suis dans les toilettes du ' +
        'haut, pas possible de parler', '114'],
      ['g pa le droit de faire de bruit, 3 types en bas, je suis en haut avec le bebe', '114'],
      ['des inconnus dans la cuisine, moi sous le lit de ma fille, je peux rien dire', '114'],
      ['mon copain est dans le couloir il me cherche, je suis enfermee dans les toilettes, je ' +
        'peux pas parler', '114'],
    ],
    calm: [
      'mes enfants jouent à cache-cache, le petit est sous le lit et les grands en bas',
      'des cambrioleurs sont passés au rdc pendant nos vacances, comment porter plainte',
      'le cambrioleur qui était au rdc la semaine dernière a été arrêté ?',
    ],
  },
  {
    name: 'who cannot phone, asking how to write while another is hurt: 114 first',
    danger: [
      ['je suis muette, ma mere fait un malaise elle ne repond plus, comment prevenir une ' +
        'ambulance par ecrit', '114'],
      ["malentendant, mon voisin convulse dans l'escalier, " +
        "comment prevenir le 15 par texto", '114'],
      ["je n'entends pas, mon colocataire s'est effondré et respire mal, on peut appeler les " +
        'secours par message ?', '114'],
      ["sourde, mon mari est par terre la tete en sang, il existe un moyen d'ecrire aux urgences " +
        '?', '114'],
    ],
    calm: [
      'je suis malentendant, comment contacter la gendarmerie par ecrit ?',
      'je suis sourd, comment je peux joindre le 17 en cas de besoin',
      "mon voisin est tombé dans l'escalier la semaine dernière, il va bien, je suis sourd, " +
        "comment signaler l'escalier dangereux",
    ],
  },
  {
    name: 'a child beaten every night who dreads the return tonight: 119 first',
    danger: [
      ['jai 12 ans ma mere me tape tous les soirs et elle arrive ' +
        'dans une heure, j ai trop peur', '119'],
      ['mon beau pere me bat tout le temps, il va rentrer ce soir et je veux pas etre la', '119'],
      ['mon petit frere de 6 ans se fait taper tous les soirs par mon beau pere, il va arriver ' +
        'bientot, on a peur', '119'],
      ['j ai 10 ans, papa me met des coups quand il rentre, il ' +
        'rentre dans 20 minutes, aidez moi', '119'],
    ],
    calm: [
      "j'ai 12 ans, mon père me gronde tous les soirs pour mes devoirs, il rentre bientôt",
      'mon fils de 10 ans se fait taper a l ecole tous les jours, comment en parler au ' +
        'directeur',
    ],
  },
  {
    name: 'a suicide told by its preparations and a time set: 3114 first',
    danger: [
      ["tout est prêt, les lettres sont sur la table, c'est pour ce soir", '3114'],
      ["j'ai donné toutes mes affaires cette semaine et dit au revoir à mes parents, " +
        "c'est pour ce soir", '3114'],
      ['mes comptes sont en ordre, la lettre pour ma femme est écrite, je compte le faire ce ' +
        'soir', '3114'],
      ['jai mis ma vie en ordre, jai ecrit a chacun, tout est pret', '3114'],
    ],
    calm: [
      "j'ai tout préparé pour la fête de ce soir, les lettres d'invitation sont parties",
      "tout est prêt pour le déménagement, c'est pour demain matin",
      "j'ai écrit une lettre à mes enfants pour Noël, tout est prêt pour ce soir",
      "j'ai mis mes affaires en ordre chez le notaire, testament fait, c'est plus prudent à mon " +
        'âge',
    ],
  },
  {
    // round t100: a dog attacking now is the gendarmes' first (17, the 15 beside); its wound
    // told makes it the 15's
    name: 'a dog on a person now (17; bleeding: 15), violence a relative was just told of (17)',
    danger: [
      ["un gros chien s'acharne sur une dame dans la rue, elle crie", '17'],
      ['le chien du voisin mord ma fille, elle saigne', '15'],
      ["ma fille vient de m'écrire que son copain la frappe", '17'],
      ['ma soeur vient de m envoyer un texto, son mec la tabasse', '17'],
      ['mon ex frappe a la porte et hurle que si j ouvre pas il me tue', '17'],
    ],
    calm: [
      "un chien m'a attaqué la semaine dernière, comment porter plainte contre le propriétaire",
      "le chien du voisin mord les barreaux du portail toute la journée, c'est pénible",
      "ma fille vient de m'écrire qu'elle a eu son bac",
      'le facteur frappe à la porte tous les matins',
    ],
  },
  {
    name: "a past accident healed, paperwork cried at, a grown child's violence as a dilemma",
    danger: [
      ['mon fils de 25 ans me frappe là maintenant', '17'],
      ['mon fils me frappe en ce moment, aidez moi', '17'],
    ],
    calm: [
      "j'ai eu un accrochage il y a 5 jours, le motard blessé va bien maintenant, mais on n'est " +
        "pas d'accord sur le constat",
      'accident de scooter le mois dernier, mon fils va mieux maintenant, comment obtenir le ' +
        'rapport',
      'au secours !! personne ne me répond pour ma pré-plainte',
      'help ma carte grise toujours pas reçue !!!',
      "sos ma procuration n'est pas enregistrée",
      'mon fils de 25 ans me frappe et me vole, je veux pas qu il aille en prison, que faire',
      "ma fille de 30 ans me frappe quand elle boit, est ce qu'une main courante suffit ?",
    ],
  },
];

describe('t13 families: hiding, unheard, dread, farewell, relayed, calm stories', () => {
  FAMILIES.forEach(({ name, danger, calm }) => {
    describe(name, () => {
      danger.forEach(([text, first]) => {
        it(`alarms, ${first} first: "${text}"`, () => {
          const verdict = assess(text);
          expect(verdict.detected, text).to.equal(true);
          expect(verdict.numbers[0], text).to.equal(first);
        });
      });

      calm.forEach((text) => {
        it(`stays calm: "${text}"`, () => expect(assess(text).detected, text).to.equal(false));
      });
    });
  });
});
