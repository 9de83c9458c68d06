import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';

/**
 * Round 21 calm mechanisms (blind48-51 false alarms, by mechanism, in our own phrasings):
 * who reads the chat, a scolder who "will kill me" over a fault, a scolding told as fire,
 * a device that no longer answers, marks seen again on someone, a protection asked about a
 * pattern, a dog incident told after it, hunting rules asked, a found child and a some-day
 * question, blows at home told second-hand; and, for each, look-alikes that the rules alone
 * keep as emergencies.
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

/** A hunting wound: the 15 among the numbers (first since round t71, the 18 with it). */
const AMONG: ReadonlyArray<readonly [string, string]> = [
  ['accident de chasse, mon père a pris une balle, il saigne', '15'],
];

const FAMILIES: ReadonlyArray<{
  name: string;
  calm: readonly string[];
  alarms: ReadonlyArray<readonly [string, string]>;
}> = [
  {
    name: 'who reads the chat',
    calm: [
      'à qui je parle là',
      'avec qui je suis en train de discuter ?',
      'je parle à un robot ou à un vrai gendarme ?',
      'c\'est qui qui me répond',
      'qui est au bout là ?',
      'bonjour, à qui est-ce que j\'écris exactement ?',
      'euh je suis en train de parler avec une machine ?',
      'qui me lit en ce moment',
      'on discute avec une ia ou une vraie personne',
      'a ki je suis en train d ecrire la',
      'je cause avec un bot la ou quoi',
    ],
    alarms: [
      ['à qui je parle là, il y a un homme avec un couteau dans mon hall', '17'],
      [
        'je suis en train d\'écrire parce que je suis cachée, il me cherche dans ' +
          'l\'appartement', '114'],
      ['qui me répond ? vite mon mari me frappe', '17'],
      ['je parle à un robot ? au secours ma cuisine est en feu', '18'],
    ],
  },
  {
    name: 'a scolder will kill me over a fault',
    calm: [
      'la prof de français va me tuer, j\'ai oublié ma rédaction',
      'le coach va me tuer j\'ai raté l\'entraînement',
      'ma daronne va me tuer j\'ai cassé son vase',
      'le prof d\'histoire va me tuer j\'ai pas rendu l\'exposé',
      'mon boss va me tuer, le rapport est pas fini',
      'la maîtresse va me tuer j\'ai encore oublié mes devoirs',
      'notre chef va me tuer, j\'ai raté le bus ce matin',
      'le patron va me massacrer, j\'ai renversé la tasse sur le dossier',
      'ma mère va me tuer jai eu un zéro en physique',
      'le prof de sport va me buter j\'ai oublié mes affaires, je fais quoi pour le mot ' +
        'd\'absence',
    ],
    alarms: [
      [
        'mon beau-père va me tuer, il a pris le couteau et il crie que j\'ai cassé la télé',
        '17'],
      [
        'le prof va me tuer, il est devant ma porte avec une barre de fer, j\'ai pas fait ' +
          'le dm', '17'],
      ['mon père va me tuer pour ma note, il m\'a déjà frappé ce soir et il arrive', '17'],
      ['il va me tuer pour de vrai, mon ex est en bas, j\'ai oublié de rendre ses clés', '17'],
    ],
  },
  {
    name: 'a scolding told as fire',
    calm: [
      'ma patronne m\'a incendiée au téléphone pour un retard de cinq minutes',
      'je me suis fait incendier par le prof de physique devant toute la classe',
      'le directeur nous a incendiés en réunion, c\'est normal de parler comme ça ?',
      'mon père m\'a allumé pour mon bulletin',
      'je me suis fait allumer par mon chef parce que le client a râlé',
      'le coach nous a incendiés après le match',
      'encore une fois il m\'a incendié devant les collègues, c\'est du harcèlement moral ?',
      'se faire défoncer par le prof en cours pour une question, c\'est humiliant',
      'mon manager m\'a incendiée par mail, je peux faire quoi',
      'ma mère m\'a incendié parce que je suis rentré tard',
    ],
    alarms: [
      ['il m\'a allumé avec son fusil, j\'ai une balle dans la jambe', '17'],
      ['ils ont incendié la voiture de mon chef devant le bureau, ça brûle encore', '18'],
      [
        'mon chef m\'a incendié et là il a mis le feu à l\'atelier, il y a des flammes ' +
          'partout', '18'],
    ],
  },
  {
    name: 'a device that no longer answers',
    calm: [
      'on m\'a volé mon scooter cette nuit, la balise gps ne répond plus depuis ce matin',
      'ma voiture a été volée, le traceur n\'émet plus rien',
      'mon vélo électrique a disparu, l\'airtag ne donne plus de position',
      'téléphone volé dans le métro, il ne répond plus quand j\'appelle, je porte ' +
        'plainte comment ?',
      'le camping-car a disparu du parking et le localisateur est muet',
      'mon quad a été volé et le boitier gps est hors ligne depuis hier',
      'l\'alarme de la maison ne répond plus sur l\'appli, ça arrive souvent ?',
      'mon tracker de moto ne capte plus depuis qu\'on me l\'a piquée',
      'ma remorque a disparu, la puce gps ne répond pas',
      'on m\'a volé mon portable, la localisation ne marche plus et il ne sonne plus',
    ],
    alarms: [
      ['mon père est tombé de l\'échelle et il ne répond plus', '15'],
      [
        'ma fille a un traceur sur son téléphone mais elle a disparu depuis hier soir, ' +
          'elle a 12 ans, elle ne répond plus', '17'],
      ['accident de moto sur la départementale, le motard ne répond plus', '18'],
      [
        'le randonneur a activé sa balise de détresse en montagne et il ne répond plus, ' +
          'il est blessé', '15'],
    ],
  },
  {
    name: 'marks seen again on someone',
    calm: [
      'ma cousine a souvent des bleus sur les bras et elle dit que c\'est le sport',
      'un enfant de mon club de foot a encore des marques de coups, ça fait plusieurs fois',
      'ma voisine a tout le temps un coquard et elle dit qu\'elle s\'est cognée',
      'élève de CE2 avec des hématomes depuis la rentrée, il dit qu\'il tombe dans ' +
        'l\'escalier, que faire ?',
      'mon neveu revient de chez son père avec des traces de coups chaque week-end',
      'ma collègue arrive régulièrement avec des bleus et elle change de sujet',
      'ma petite fille a de nouveaux bleus à chaque retour de chez sa mère, je fais quoi',
      'une amie a des marques sur le cou pour la troisième fois, elle dit que c\'est rien',
      'ma belle-soeur a des bleus de plus en plus souvent, je m\'inquiète',
      'je vois des griffures sur les bras de mon élève depuis des semaines',
    ],
    alarms: [
      ['ma soeur a encore des bleus et là il la frappe dans la chambre, j\'entends tout', '17'],
      ['ma voisine a souvent des bleus et là maintenant il la frappe, elle hurle', '17'],
      ['mon petit-fils a encore des bleus et il saigne de la tête', '15'],
    ],
  },
  {
    name: 'a protection asked about a pattern',
    calm: [
      'mon ex me harcèle depuis des mois et m\'a déjà giflée, comment avoir une ' +
        'ordonnance de protection ?',
      'mon conjoint m\'a déjà étranglée une fois, je voudrais un téléphone grave danger',
      'il me suit partout depuis la rupture, je veux porter plainte',
      'mon ancien compagnon m\'a déjà frappée plusieurs fois, je voudrais une mesure ' +
        'd\'éloignement',
      'mon mari me menace souvent et m\'a déjà poussée, comment demander une protection',
      'mon ex copain me tape dessus quand il boit, la dernière fois j\'ai eu un bleu, ' +
        'je veux déposer plainte',
      'il m\'a déjà mis une claque il y a deux semaines et il me suit partout, je ' +
        'voudrais un bracelet anti rapprochement',
      'mon ex me guette toujours à la sortie du boulot, il m\'a déjà bousculée, on peut ' +
        'avoir une interdiction de contact ?',
      'depuis la séparation il me suit partout et m\'a déjà cognée, je veux une ' +
        'protection pour moi et mes enfants',
      'il m\'a déjà tirée par les cheveux, comment faire pour avoir une ordonnance',
    ],
    alarms: [
      [
        'mon ex me suit partout et m\'a déjà poussée, il est en bas de chez moi ' +
          'maintenant, je veux une protection', '17'],
      [
        'je veux porter plainte mais il est devant ma porte et il tape, il m\'a déjà frappée',
        '17'],
      ['il m\'a déjà poussée contre un mur et là il recommence, je saigne', '17'],
    ],
  },
  {
    name: 'a dog incident told after it',
    calm: [
      'un chien m\'a mordu le mollet au parc, la maîtresse rigole, je peux porter plainte ?',
      'je suis facteur et un chien m\'a couru après, le propriétaire se fout de moi',
      'le chien du voisin m\'a sauté dessus hier, le voisin dit que c\'est rien',
      'un berger allemand m\'a fait tomber pendant mon footing, le maître refuse de donner ' +
        'son nom',
      'en livraison un chien m\'a attaqué le pantalon, la propriétaire se moque de moi, ' +
        'je fais quoi',
      'un pitbull m\'a chargé dans la rue, son maître a haussé les épaules',
      'le chien de la ferme m\'a mordillé la main, le proprio nie tout',
      'un chien m\'a sauté dessus au marché, le monsieur ne fait rien et il rigole',
      'je suis aide à domicile, le chien de la patiente m\'a mordu, la dame dit qu\'il est gentil',
      'un molosse m\'a poursuivi à vélo, le propriétaire refuse de le tenir en laisse',
    ],
    alarms: [
      ['un chien m\'a mordu, je saigne beaucoup et le propriétaire se moque de moi', '15'],
      ['un chien attaque mon fils au parc, le maître ne fait rien, au secours', '17'],
      ['le pitbull du voisin m\'attaque en ce moment, je suis par terre, le proprio rigole', '17'],
      ['un chien a mordu mon bébé au visage et le propriétaire refuse d\'appeler', '15'],
    ],
  },
  {
    name: 'hunting rules asked',
    calm: [
      'pour la battue de dimanche, comment on transporte le fusil dans la voiture, il faut quoi',
      'stand de tir avec mon pistolet, quelles règles pour le transport',
      'permis de chasser : je dois avoir un coffre fort pour ranger la carabine ?',
      'j\'ai hérité du fusil de mon grand-père, la déclaration est obligatoire ?',
      'transporter une carabine démontée dans le coffre, c\'est légal ?',
      'ball trap samedi, je peux prendre le fusil de mon père, on a le droit ?',
      'club de tir : le stockage des munitions à la maison, que dit la loi ?',
      'chasse au sanglier, la carabine doit être dans un étui pendant le transport ?',
      'licence de tir sportif, il faut quoi pour acheter un revolver',
      'battue aux sangliers avec des amis, le fusil chargé dans la voiture je risque quoi',
    ],
    alarms: [
      ['pendant la battue un chasseur a tiré sur un promeneur, il est blessé à la jambe', '17'],
      [
        'mon voisin chasseur me menace avec sa carabine, il faut quoi pour qu\'il arrête, ' +
          'il est devant chez moi', '17'],
      ['un type braque son fusil sur nous au stand de tir, vite', '17'],
    ],
  },
  {
    name: 'a found child and a some-day question',
    calm: [
      'au supermarché une fillette s\'est perdue, les vigiles l\'ont vite retrouvée; si ' +
        'ça m\'arrive un jour, j\'appelle qui ?',
      'à la fête foraine un petit s\'est perdu, ses parents l\'ont retrouvé au manège, ' +
        'si ça arrive à mon fils on fait quoi ?',
      'sur la plage un enfant a disparu une demi-heure, le maître nageur l\'a retrouvé, ' +
        'si ça se produit avec ma fille quel numéro ?',
      'mon neveu s\'est égaré au zoo, un monsieur l\'a ramené, si jamais ça recommence ' +
        'on appelle le 17 ?',
      'en rando un gamin s\'est perdu, les secours l\'ont retrouvé le soir, si un jour ' +
        'ça nous arrive on contacte qui ?',
      'au marché de Noël un petit garçon s\'est perdu, la police l\'a retrouvé, si ça ' +
        'arrive à mon petit on appelle qui ?',
      'au centre commercial une enfant a été perdue, elle a été retrouvée aux caisses; ' +
        'au cas où, quel numéro il faut faire ?',
      'hier une gamine s\'est perdue au festival, les pompiers l\'ont retrouvée; si ça ' +
        'devait arriver avec ma fille, on fait quoi',
      'dans le camping d\'à côté un bébé... non un petit de 4 ans s\'est perdu puis il ' +
        'est revenu tout seul, si un jour c\'est le mien, j\'appelle qui ?',
      'un garçon s\'était égaré en forêt, les gendarmes l\'ont retrouvé; admettons que ' +
        'ça arrive à ma fille, au bout de combien de temps on appelle ?',
    ],
    alarms: [
      [
        'ma fille de 5 ans s\'est perdue sur la plage, on la cherche depuis une heure, on ' +
          'appelle qui ?', '17'],
      [
        'un petit garçon s\'est perdu, les sauveteurs l\'ont retrouvé inconscient près ' +
          'des rochers', '15'],
      ['mon fils a disparu au camping, on l\'a cherché partout, toujours pas retrouvé', '17'],
      ['on a retrouvé mon fils mais il a de nouveau disparu, il a 6 ans', '17'],
    ],
  },
  {
    name: 'blows at home told second-hand',
    calm: [
      'une copine de ma fille raconte que son beau-père la frappe avec un câble',
      'mon élève m\'a confié que son père le bat quand il a de mauvaises notes',
      'le petit voisin dit que sa mère le gifle tout le temps, je dois faire quoi',
      'un camarade de mon fils dit que ses parents le tapent avec une ceinture',
      'ma collègue m\'a dit que son mari la frappe depuis des années',
      'un ado de mon club affirme que son daron lui met des coups, c\'est grave ?',
      'la petite que je garde dit que son papa la tape sur les fesses avec une règle',
      'mon neveu m\'a raconté que son oncle le cogne quand il boit',
      'une amie de ma soeur prétend que sa mère la fouette avec une ceinture, on ' +
        'signale ça où ?',
      'un gamin du quartier dit que son père le frappe, je préviens qui ?',
    ],
    alarms: [
      [
        'une copine de ma fille raconte que son beau-père la frappe en ce moment, elle ' +
          'est enfermée dans la salle de bain',
        '114'],
      [
        'mon élève m\'a dit que son père le bat et il a peur de rentrer ce soir',
        '119'],
      [
        'mon pote m\'écrit que son père le tape avec une ceinture, il saigne',
        '15'],
    ],
  },
];

describe('triage: round 21 calm mechanisms', () => {
  FAMILIES.forEach(({ name, calm, alarms }) => {
    describe(name, () => {
      specifyCalm(assess, calm);
      specifyFirstNumbers(assess, alarms);
    });
  });

  describe('a hunting wound', () => specifyNumbersAmong(assess, AMONG));
});
