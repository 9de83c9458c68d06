import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import { silentForTheVote } from '../../nlu/triage-vote-calm';

/**
 * Round 26 (tester 15 and blind60-63, by family, in our own phrasings): a child's abuse
 * told by an adult while it goes on (the child line first), someone else about to jump now
 * (the police first: someone must be sent), and calm look-alikes: abuse told as a memory, a
 * watch asked for an absence, safety gear to buy, hate published online, marks told with no
 * return named, a threat told as a habit with nobody there now.
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const ALARMS: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ['a child\'s sexual abuse by a relative told in the present by an adult', [
    ['ma filleule de 9 ans m a confié que son oncle la touche quand il la garde', '119'],
    ['mon neveu de 7 ans dit que son beau pere vient dans son lit la nuit', '119'],
    ['jai une petite voisine de 11 ans qui ma dit que le copain de sa mere lui fait des ' +
      'trucs bizarre quand elle est seule avec lui', '119'],
    ['ma cousine de 13 ans m\'écrit que son beau-frère la tripote dès que sa soeur sort', '119'],
    ['ma petite soeur de 12 ans m a avoué que son grand pere la touche chaque week ' +
      'end chez lui', '119'],
    ['la fille de ma voisine, 8 ans, me dit que son papa la touche quand sa maman est de nuit, que dois je faire', '119'],
    ['Ma petite-fille de six ans m\'a raconté que son père lui fait des choses le soir ' +
      'dans la salle de bain.', '119'],
    ['mon eleve de CE2 dit que son beau pere rentre dans sa chambre quand sa mere dort', '119'],
    ['ma niece ma dit ke son oncle la touche kan sa mere est au boulot', '119'],
    ['une enfant du centre aéré nous a dit que son grand frère la force à des choses ' +
      'chaque nuit', '119'],
  ]],
  ['a child kept out of the home now, with marks', [
    ['la petite d\'en face, 6 ans, est toute seule dehors depuis midi, sa mère la laisse ' +
      'pas rentrer, elle a des marques au bras', '119'],
    ['le gamin du 3e est encore dehors depuis ce matin dans le froid, ses parents le ' +
      'laissent pas rentrer, il a des bleus au visage', '119'],
    ['mon voisin de 9 ans est mis dehors depuis des heures, il a une plaie au front', '119'],
    ['ses parents le laissent jamais rentrer, il est dehors depuis des heures avec des ' +
      'hématomes partout', '119'],
    ['la fillette d a coté est enfermée dehors depuis 14h sur le balcon avec des bleus', '119'],
    ['le petit du rez de chaussée toujours seul dehors depuis ce matin, plein de griffures ' +
      'et sa mère ouvre pas', '119'],
  ]],
  ['marks just shown on a child in one\'s care, the one who made them back soon', [
    ['baby sitting ce soir, la petite vient de me montrer des bleus sur le dos, c est sa ' +
      'mere, elle rentre dans une heure', '119'],
    ['je suis nounou, le garçon me montre des marques de ceinture, son pere vient le ' +
      'chercher a 18h', '119'],
    ['je garde mes petits voisins, la grande m a montré des brulures sur les bras, elle ' +
      'dit que c est papa, il rentre vers 22h', '119'],
    ['la gamine que je garde vient de me dire que son beau pere la frappe et me montre ses ' +
      'traces, ses parents rentrent bientot', '119'],
    ['Je suis la baby-sitter ce soir. Le petit vient de me montrer des hématomes et ses ' +
      'parents reviennent dans 30 minutes.', '119'],
    ['jgarde un enfant, il me montre des marques sur le cou, il dit que sa mere serre fort, ' +
      'elle revient tout a l heure', '119'],
  ]],
  ['someone else on a height or just messaging that they will end it now', [
    ['mon frere vient de m ecrire il est sur le toit de son immeuble il dit qu il va sauter',
      '17'],
    ['ma meilleure amie m\'appelle en pleurant elle est au bord de la falaise et elle veut ' +
      'se jeter', '17'],
    ['mon fils m a envoyé un texto il va se pendre dans la grange ce soir', '17'],
    ['mon mari est sur le balcon du 8e il menace de sauter', '17'],
    ['jsuis au tel avec ma soeur elle est sur les rails elle veut en finir', '17'],
    ['ma copine m a ecrit elle dit qu elle va se suicider maintenant', '17'],
    ['mon pere est monté sur le parapet du viaduc, il va se jeter', '17'],
    ['Mon ado m\'envoie des messages, il est sur la passerelle au dessus de l\'autoroute ' +
      'et il veut sauter.', '17'],
    ['ma mère vient de me texter qu elle est au bord du barrage et qu elle va sauter', '17'],
    ['mon coloc est assis sur le rebord de la fenetre du 5e il dit qu il va sauter', '17'],
  ]],
  ['a threat told as a habit, with its maker there now or armed', [
    ['il me menace quand je sors, là il est en bas de l\'immeuble', '17'],
    ['mon voisin me menace avec son fusil dès que je sors', '17'],
    ['mon ex me menace tout le temps, il est devant chez moi et dit qu il va me tuer', '17'],
    ['il me menace a chaque fois, la il arrive, il a dit qu il allait me planter', '17'],
  ]],
  ['a fire starting or about to be set, told with "brûler" (a real word, not a typo)', [
    ['une camionnette a percuté le garage et ça se met à brûler', '18'],
    ['la cabane du jardin est en train de bruler', '18'],
    ['les broussailles derrière la maison commencent a bruler', '18'],
    ['des mecs essaient de bruler la porte du local poubelles', '18'],
    // the arsonists here with their means: the police first (triage-net-taken.ts)
    ['ils vont bruler ma grange, ils sont dans la cour avec des bidons', '17'],
  ]],
  ['a crew adrift now, told by its plight', [
    ['on a lancé une fusée de détresse, le moteur du semi rigide est en panne et on dérive',
      '196'],
    ['moteur calé, on dérive vers les rochers, on est 3 sur la barque', '196'],
    ['on part a la derive avec le kayak, le courant est trop fort', '196'],
    ['plus de vent plus de moteur on derive vers le large depuis 1h', '196'],
  ]],
  ['young children alone in the street at night (a danger now: the child line first)', [
    ['deux petits de 4 et 6 ans sont seuls dans la rue à minuit, aucun adulte', '119'],
    ['le gamin de 5 ans des voisins traine seul dehors a 23h, ses parents sont pas la', '119'],
    ['la petite d en face, 6 ans, est toute seule sur le trottoir en pleine nuit', '119'],
  ]],
  ['the writer\'s own act keeps the suicide line first', [
    ['je suis sur le pont et je vais sauter', '3114'],
    ['ma copine m a quittée, je vais sauter du pont ce soir', '3114'],
    ['je suis sur le toit, je veux en finir', '3114'],
  ]],
];

const CALM: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['abuse told as a memory or already in hand', [
    'quand j\'étais petite mon oncle me touchait, est ce que je peux encore porter plainte ?',
    'ma soeur m\'a dit que son beau père la touchait quand elle avait 10 ans, il y a 20 ans',
    'ma nièce de 10 ans m\'a dit que son beau-père la touchait, il est en prison depuis',
    'mon fils de 4 ans dit que son papa le chatouille le soir',
    'une fille du club a dit à ma fille que son beau-père la touche, comment l\'aider ?',
    'ma fille de 7 ans dit que son papa la coiffe le soir',
    'comment signaler des attouchements subis à l\'époque dans un club de foot ?',
  ]],
  ['a watch asked for an absence', [
    'je vais être en cure 3 semaines et je vis seul, quelqu\'un pourrait surveiller chez moi ?',
    'absente tout le mois d\'aout, des gens pour surveiller ma maison ca existe ?',
    'je suis à l\'hôpital pour une semaine, quelqu un pourra jeter un oeil chez moi ?',
    'mon père entre en ehpad, une personne peut faire un tour chez nous de temps en temps ?',
    'en voyage 10 jours, un gendarme peut passer surveiller chez moi ?',
  ]],
  ['safety gear to buy, replace or throw away', [
    'ou trouver des fusées de détresse pas cher pour le voilier',
    'comment jeter mes feux a main de détresse périmés ?',
    'les fusées de détresse sont obligatoires sur un semi rigide ?',
    'je dois changer la balise de détresse du bateau, vous savez où ?',
    'c\'est quoi le prix d\'une fusée de détresse au magasin du port',
  ]],
  ['a threat told as a habit, with nobody there now', [
    'mon ex me menace a chaque fois que je le croise, il ma dit qu il allait me tuer',
    'le voisin du dessus nous menace depuis des semaines, il dit qu il va nous faire la peau',
    'mon beau frere me menace tout le temps, il m a juré qu il allait me défoncer',
    'le gars du 2e me menace quand je passe devant sa porte, comment porter plainte',
    'ma voisine me menace dès que je sors le chien, elle m a dit qu elle allait me tuer',
    'un collègue me menace chaque matin, il me dit qu il va me casser la gueule',
  ]],
  ['older children going home alone in the evening', [
    'mon fils de 12 ans rentre seul du sport a 23h c est grave ?',
    'peut on laisser un enfant de 10 ans seul jusqu a minuit ?',
  ]],
  ['a drift that is no boat', [
    'on dérive du sujet, je voulais demander les horaires de la brigade',
  ]],
  ['someone else\'s words from the past, a dive, a jump for fun', [
    'mon ami m\'a dit le mois dernier qu\'il allait se jeter du pont, il est suivi en soins',
    'ma fille va sauter en parachute ce week end, elle a un peu peur',
    'ma soeur a parlé de se jeter du pont il y a deux mois, elle est prise en charge',
  ]],
];

/** Calm messages the learned vote must leave to the rules and the FAQ. */
const SILENT_FOR_THE_VOTE: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['hate or incitement published online, asked where to report it', [
    'un groupe telegram appelle a incendier la mosquée du quartier, comment signaler ça',
    'des posts tiktok incitent à tabasser les roms du camp, je fais quoi',
    'sur insta un compte poste des appels à tuer les policiers, où le signaler ?',
    'une video youtube haineuse appelle a bruler des voitures le 14 juillet, pharos ?',
    'une page fb appelle à brûler les maisons des voisins, où signaler',
  ]],
  ['marks seen on a child, the blame told, no return nor tonight named', [
    'je fais du baby sitting et le petit de 5 ans a des bleus partout, il dit que c\'est ' +
      'son père',
    'la fille que je garde le mercredi a des marques sur les bras, elle dit que c\'est sa mère',
    'mon élève a un coquard, il raconte que c\'est son beau père',
  ]],
];
const NOT_SILENT: readonly string[] = [
  'des gens sur facebook appellent a bruler la mairie, ils sont devant en ce moment',
  'le petit que je garde a des bleus, il dit que c\'est son père, il rentre dans 1h',
];

describe('triage round 26: families read from tester 15 and blind60-63', () => {
  for (const [family, cases] of ALARMS) {
    describe(`raises an alarm for ${family}`, () => specifyFirstNumbers(assess, cases));
  }

  for (const [family, texts] of CALM) {
    describe(`stays calm for ${family}`, () => specifyCalm(assess, texts));
  }

  for (const [family, texts] of SILENT_FOR_THE_VOTE) {
    describe(`leaves the vote silent for ${family}`, () => {
      for (const text of texts) {
        it(`"${text}"`, () => {
          expect(silentForTheVote(normalize(text))).to.equal(true);
          expect(assess(text).detected).to.equal(false);
        });
      }
    });
  }

  describe('keeps the vote for the same with a danger now', () => {
    for (const text of NOT_SILENT) {
      it(`"${text}"`, () => {
        expect(silentForTheVote(normalize(text))).to.equal(false);
      });
    }
  });
});
