import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round t41, by family and in our own words: calm questions that quote a danger word (a past
 * attempt asked about recruitment, a deaf citizen who cannot phone, a neighbour cleaning his
 * rifle, a deer under the wheels, a child hit as a habit, a burglary feared ahead), each
 * beside the emergencies that must stay alarmed. Each family's second half was written
 * after the first fix, as held-out phrasings.
 */
export const T41_EXAMPLES: Record<string, string[]> = {
  'net-attempt-redone': ['je ai refait une ts cette nuit'],
  'net-attempt-again-at-hand': ['je ai fait une tentative il y a 5 ans et je viens de recommencer'],
  'net-attempt-thought-again': ['je pense a recommencer ma tentative ce soir'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t41: calm questions that quote a danger', () => {
  describe('a past attempt in a recruitment or fitness question; an attempt again alarms', () => {
    specifyFirstNumbers(assess, [
      ["j'ai déjà fait une tentative il y a dix ans et là je viens de recommencer, j'ai avalé " +
        'toutes mes pilules', '15'],
      ["j'ai raté le concours de gendarmerie et ce soir je vais me foutre en l'air", '3114'],
      ['refusé à la visite médicale, je veux en finir ce soir', '3114'],
      ["j'ai fait une TS l'an dernier et ce soir j'ai préparé les cachets pour " +
        'recommencer', '3114'],
      ["j'ai refait une ts cette nuit", '3114'],
      ['je pense sérieusement a recommencer ma ts ce soir', '3114'],
      ["inapte gendarmerie à cause de ma TS, j'ai plus envie de vivre, j'ai la corde", '3114'],
      ["j'ai fait une TS y a 3 ans et hier soir j'ai refait une tentative", '3114'],
      ["j'ai refait une tentative de suicide ce matin", '3114'],
      ['hier soir jai refait une tentative', '3114'],
      ['g refait une ts hier soir', '3114'],
      ["je pense a recommencer ce soir, j'ai deja fait une tentative l'an dernier", '3114'],
    ]);
    specifyCalm(assess, [
      "j'ai fait une TS à 17 ans, est-ce que ça m'empêche d'entrer dans la gendarmerie ?",
      'tentative de suicide il y a 8 ans, suis je apte pour le concours de sous-officier ?',
      'jai fait une tentative de suicide ado, le medecin de la gendarmerie va le voir dans mon ' +
        'dossier ?',
      'est ce qu une ancienne tentative de suicide est eliminatoire pour devenir gendarme ' +
        'adjoint volontaire',
      "J'ai été hospitalisé pour dépression et une tentative de suicide en 2015, puis-je " +
        'postuler comme réserviste ?',
      'g fait une ts y a 6 ans je suis gueri, je peux passer le concours de gendarme ?',
      "lors de la visite médicale d'incorporation, dois-je déclarer ma tentative de suicide d'il " +
        'y a 5 ans ?',
      'ma fille a fait une tentative de suicide au lycée, pourra-t-elle devenir gendarme plus ' +
        'tard ?',
      "j'ai eu une dépression et des idées suicidaires il y a longtemps, c'est un problème pour " +
        'la réserve opérationnelle ?',
      'suicide raté a 19 ans, aujourd hui j ai 27 ans et je veux rentrer dans la gendarmerie, c ' +
        'possible ?',
      "Bonjour, j'ai fait une tentative de suicide par médicaments il y a 10 ans. Est-ce que le " +
        'service de santé des armées me déclarera inapte ?',
      'ancienne TS et antidépresseurs arrêtés depuis 4 ans, le sigycop va me bloquer ?',
      'mon dossier médical mentionne une tentative de suicide, est-ce que je peux quand même ' +
        'être recruté comme gendarme ?',
      "je me suis ouvert les veines quand j'étais ado, j'ai encore les cicatrices, est ce que ca " +
        "pose probleme pour l'engagement ?",
      'j ai fait une ts en 2016, est ce que ca bloque pour un emploi dans la fonction publique',
      "J'ai fait deux tentatives de suicide quand j'étais jeune, la visite d'aptitude pour le " +
        'permis poids lourd peut me le refuser ?',
      "j'ai tenté de me suicider il y a quelques années, est ce que je dois le dire au médecin " +
        'du travail pour mon embauche ?',
      "tentative de suicide à 16 ans, je veux faire l'école de gendarmerie, le psychologue des " +
        'tests va me recaler ?',
      'jai fai une tentativ de suicid y a lgtemps, est ce que je peu devenir gendarm',
      "J'AI FAIT UNE TENTATIVE DE SUICIDE IL Y A 7 ANS. PUIS-JE DEVENIR GENDARME ?",
      'depression sévère et tentative de suicide en 2018, suis-je éligible au recrutement de la ' +
        'garde républicaine ?',
      "j'ai voulu me tuer il y a 5 ans, je vais mieux, est-ce que je peux m'engager dans la " +
        'gendarmerie ?',
      'bjr jai fait 1 ts a 15 ans, est ce que c eliminatoire pour la gendarmerie',
      'Ancienne dépression avec tentative de suicide, je suis stabilisé depuis 6 ans : puis-je ' +
        'passer le concours de gendarme adjoint ?',
      'est-ce que le médecin du concours de la gendarmerie va voir ma tentative de suicide de ' +
        '2017 ?',
      "ma tentative de suicide quand j'étais au lycée peut elle me bloquer pour la réserve ?",
      "il y a 9 ans j'ai fait une TS, ça pose problème pour devenir sous-officier de gendarmerie ?",
      "j'ai des antécédents de tentative de suicide, suis-je inapte pour l'armée ?",
    ]);
  });

  describe('a deaf citizen asking for a meeting or a written channel; a danger: 114 first', () => {
    specifyFirstNumbers(assess, [
      ["je suis sourd et quelqu'un essaie d'ouvrir ma porte", '114'],
      ['sourde, un homme est dans mon jardin, je peux pas appeler', '114'],
      ['je suis malentendant, il y a le feu dans mon immeuble', '114'],
      ['je peux pas parler, il est dans la maison', '114'],
      ['je suis sourde mon mari me frappe en ce moment', '114'],
      ['sourd, mon voisin a fait un malaise, je ne peux pas appeler', '114'],
      ["je suis sourde je ne peux pas téléphoner, quelqu'un me suit dans la rue", '114'],
      ["je suis sourd, quelqu'un tape à ma fenêtre et essaie d'entrer", '114'],
      ['je suis sourde, il est là il a un couteau', '114'],
      ['sourd, mon voisin braque son fusil sur moi', '114'],
      ["je suis sourde, y a quelqu'un dans mon appart", '114'],
      ['je peux pas parler il est là', '114'],
    ]);
    specifyCalm(assess, [
      'je suis sourde, je ne peux pas appeler, comment avoir un rendez-vous pour porter plainte ?',
      "malentendant, impossible de téléphoner, est-ce qu'il y a un moyen de vous écrire pour une " +
        'procuration ?',
      'chui sourd jpeu pa telephoner comment jfais pour prendre rdv a la gendarmerie',
      'bonjour je suis sourd de naissance, je voudrais savoir comment déposer une pré-plainte ' +
        'par écrit',
      'mon père est sourd et ne peut pas téléphoner, comment peut-il joindre la brigade pour un ' +
        'renseignement ?',
      'je suis malentendante, pouvez-vous me répondre par mail plutôt que par téléphone ?',
      "sourd profond, j'utilise la langue des signes, est-ce qu'il y a un interprète LSF pour ma " +
        'plainte ?',
      'je suis sourd je peux que ecrire, je veux signaler une arnaque sur le bon coin',
      'personne sourde ici, je ne peux pas utiliser le telephone, comment faire une demande de ' +
        'procuration',
      'je suis devenue sourde et je ne peux plus téléphoner, existe-t-il un numéro par SMS pour ' +
        'les renseignements ?',
      'je suis sourd et muet, je souhaite prendre rendez vous pour déclarer un vol de vélo',
      "malentendant appareillé, j'entends mal au téléphone, je préfère écrire, comment vous " +
        'contacter ?',
      "sourde, pas de téléphone possible, j'aimerais savoir les horaires de la brigade",
      'je suis sourd, est-ce que je peux prendre rdv en ligne pour une plainte pour escroquerie ?',
      'je suis sourd, comment porter plainte pour un vol de carte bancaire sans appeler ?',
      'je ne peux pas parler au téléphone car je suis sourde, je veux un rdv pour une main ' +
        'courante',
      'je suis sourd, je veux prendre rendez-vous à la brigade, je ne peux pas appeler',
      'malentendante je peux pas telephoner, y a t il un formulaire en ligne pour une plainte ?',
      'bonjour, sourd muet, comment je peux vous contacter pour un renseignement sur mon permis ?',
      'je suis sourde et je voudrais une information sur la procuration, je ne peux pas téléphoner',
      'mon frère est malentendant, il ne peut pas téléphoner, il veut déposer une main courante',
    ]);
  });

  describe('a neighbour cleaning or carrying his hunting rifle; one aimed or fired: 17', () => {
    specifyFirstNumbers(assess, [
      ['mon voisin pointe son fusil sur mon fils', '17'],
      ["le voisin charge son fusil en hurlant qu'il va nous tuer", '17'],
      ['mon voisin vient de tirer sur notre maison avec son fusil', '17'],
      ['mon voisin nettoyait son fusil et là il le braque sur ma femme', '17'],
      ['le voisin tire des coups de fusil vers chez nous en ce moment', '17'],
      ['mon voisin est sur sa terrasse avec sa carabine et vise nos fenêtres', '17'],
      ['mon voisin nettoyait son fusil et il vient de tirer sur mon chien devant moi, il me ' +
        'menace', '17'],
    ]);
    specifyCalm(assess, [
      "mon voisin astique son fusil de chasse dans son jardin tous les dimanches, c'est autorisé ?",
      'le voisin répare sa carabine dans son garage, est-ce légal sans permis de chasse ?',
      'mon voisin porte son fusil en bandoulière pour aller à la chasse, il peut traverser le ' +
        'village comme ça ?',
      "mon voisin graisse sa carabine sur le balcon, ça me met mal à l'aise, que dit la loi ?",
      'voisin qui nettoie son fusil devant chez lui, a t il le droit',
      'mon voisin se promène avec son fusil de chasse dans la rue pour aller au bois, est ce ' +
        'normal ?',
      'mn voisin demonte son fusil sur la table de jardin, c legal ?',
      "le voisin charge son fusil dans sa voiture le samedi matin pour la chasse, c'est " +
        'réglementé ?',
      'mon voisin entretient ses armes de chasse dans la cour, les enfants voient tout, puis-je ' +
        'signaler ?',
      'mon voisin transporte son fusil sans housse dans son 4x4, est ce autorisé ?',
      'mon voisin chasseur range son fusil dans sa remise non fermée, il a le droit ?',
      'un voisin nettoie sa carabine sur sa terrasse pendant que les gamins jouent à côté',
      "le voisin d'en face bricole un vieux fusil dans son atelier, il faut une autorisation ?",
      "mon voisin nettoie son fusil dans la cour chaque samedi, c'est légal ?",
      'le voisin démonte sa carabine sur son balcon, a-t-il le droit ?',
      'voisin chasseur qui graisse son fusil devant chez lui, est ce normal ?',
      "mon voisin porte son fusil cassé sur l'épaule en partant à la chasse, c'est autorisé ?",
    ]);
    // written after the fix, held out: upkeep of a weapon told with "en train de"
    specifyFirstNumbers(assess, [
      ['mon voisin nettoie son fusil et me vise avec', '17'],
      ["le voisin nettoyait sa carabine, il vient de tirer en l'air en criant qu'il va nous " +
        'tuer', '17'],
      ["mon voisin astique son fusil en ce moment en hurlant qu'il va descendre mon mari", '17'],
    ]);
    specifyCalm(assess, [
      'voisin en train de nettoyer sa carabine sur le perron, ca me stresse, que dit la ' +
        'reglementation ?',
      'mon voisin nettoie son fusil sur sa terrasse tous les soirs',
      'le voisin est en train de graisser son fusil dans son garage',
      'mon voisin huile sa carabine devant sa maison, les enfants passent à côté',
    ]);
  });

  describe('an animal that ran into the car, nobody hurt; someone hurt or trapped alarms', () => {
    specifyFirstNumbers(assess, [
      ["un sanglier a traversé, j'ai fait une sortie de route, mon mari est coincé dans la " +
        'voiture', '18'],
      ["j'ai tapé une biche et ma passagère saigne de la tête", '15'],
      ['on a percuté un cerf, la voiture est sur le toit et mon fils ne répond pas', '18'],
      ['un chevreuil a traversé, le motard a chuté et ne bouge plus', '18'],
      ['un sanglier nous a percutés, mon fils saigne beaucoup', '18'],
      ["une biche s'est jetée sous mes roues et ma femme est coincée dans la voiture", '18'],
    ]);
    specifyCalm(assess, [
      "un chevreuil a surgi et s'est jeté contre ma portière, la voiture est abîmée, qui " +
        "prévenir pour l'assurance ?",
      'jai percuté une biche hier soir sur la départementale, personne de blessé, faut-il ' +
        'déclarer à la gendarmerie ?',
      "un sanglier s'est jeté sous ma voiture, je vais bien mais le pare-choc est cassé, " +
        'démarches ?',
      'une biche s est jetee sous mes roues ce matin, elle est morte, je fais quoi du corps ?',
      "j'ai heurté un cerf sur la route, aucun blessé, comment faire le constat ?",
      "un blaireau m'est rentré dedans, le phare est pété, il faut un certificat de la " +
        'gendarmerie ?',
      "un renard s'est jeté sous mes roues, j'ai rien mais je suis choqué",
      "collision avec un sanglier cette nuit, voiture HS, l'assurance demande une attestation",
      'g tapé un chevreuil en rentrant du taf, jsui pas blessé, ya des papiers a faire ?',
      'un cheval échappé a percuté ma voiture, le propriétaire refuse de payer',
      "un chevreuil m'a foncé dessus sur la nationale, la voiture roule encore, que faire ?",
      "une biche s'est jetée sur mon capot puis elle est repartie en courant, dois-je prévenir " +
        "quelqu'un ?",
      "j'ai écrasé un chat qui s'est jeté sous la voiture, dois je prevenir le propriétaire ?",
      "un sanglier s'est jeté sur la voiture de ma femme, elle n'a rien, la voiture est bonne " +
        'pour la casse',
      "une biche s'est précipitée sous mes roues",
      "un chevreuil s'est jeté sous ma voiture hier, pas de blessé, il faut prévenir qui ?",
      "une biche s'est précipitée contre ma portière, je n'ai rien, comment déclarer à " +
        "l'assurance ?",
      "j'ai percuté un sanglier ce matin, je vais bien mais la voiture est abîmée",
      "un cerf s'est jeté sur mon pare-brise, tout le monde va bien, faut un constat ?",
    ]);
  });

  describe('violence to a child told as a habit or a period is the FAQ; blows now alarm', () => {
    specifyFirstNumbers(assess, [
      ['la voisine frappe son fils en ce moment, il hurle', '17'],
      ['des élèves sont en train de frapper mon fils devant le collège', '17'],
      ['ma fille a peur de rentrer ce soir, son père la frappe tous les soirs', '119'],
      ['mon voisin frappe son fils en ce moment dans la cour', '17'],
      ["mon fils se fait frapper depuis la rentrée, ce soir il est rentré avec l'oeil au beurre " +
        'noir', '17'],
    ]);
    specifyCalm(assess, [
      "la voisine tape sa fille presque tous les jours, j'entends les cris à travers le mur, à " +
        'qui le signaler ?',
      'mon fils se fait taper par des grands à la récré depuis des semaines, que faire ?',
      'mon neveu est frappé régulièrement par son beau-père, comment faire un signalement ?',
      'ma fille se fait harceler et frapper par des filles de sa classe depuis septembre',
      "les voisins du dessus frappent leur petit garçon souvent, on l'entend pleurer",
      'mon fils de 8 ans se fait frapper dans le bus scolaire depuis la rentrée, le collège ne ' +
        'fait rien',
      "ma voisine gifle ses enfants à chaque fois qu'ils pleurent, c'est de la maltraitance ?",
      "une élève de ma classe se fait battre par son père depuis des mois, elle me l'a dit",
      'ma fille de 12 ans se fait frapper par des garcons au college depuis plusieurs semaines',
      "la dame d'en face frappe son fils plusieurs fois par semaine avec une ceinture",
      'mon fils se fait tabasser par un groupe du collège depuis la rentrée, il ne veut plus y ' +
        'aller',
      "la mère du petit d'à côté le cogne dès qu'il fait une bêtise, je fais quoi ?",
      "mon fils se prend des coups par des 3eme depuis le debut de l'annee",
      'mon voisin frappe son fils plusieurs fois par semaine, comment le signaler ?',
      "ma fille se fait taper par deux élèves depuis la rentrée, l'école ne bouge pas",
      "le beau-père de mon petit-fils le frappe dès qu'il fait une bêtise",
    ]);
  });

  describe('a burglary feared ahead is prevention; someone getting in now is a 17', () => {
    specifyFirstNumbers(assess, [
      ["il y a quelqu'un qui essaie de forcer ma porte", '17'],
      ["j'ai peur, quelqu'un est en train d'entrer chez moi par la fenêtre", '17'],
      ['on a peur, des cambrioleurs sont dans la maison en ce moment', '17'],
      ["j'entends quelqu'un forcer la porte du garage, j'ai peur", '17'],
      ['on a peur, il y a des voleurs dans la maison en ce moment', '17'],
      ["quelqu'un est en train de casser ma fenêtre pour entrer", '17'],
    ]);
    specifyCalm(assess, [
      'on a peur de se faire cambrioler pendant nos congés, que conseillez vous ?',
      "j'ai peur d'un cambriolage cet été, comment fonctionne l'opération tranquillité vacances ?",
      'jai peur qu on rentre chez moi pendant que je suis en vacances',
      "on part 3 semaines, j'ai peur des cambrioleurs, vous pouvez surveiller la maison ?",
      'plusieurs maisons cambriolées dans le quartier, on a peur que ce soit notre tour',
      "ma mère a peur d'être cambriolée depuis qu'elle vit seule, quels conseils ?",
      "nous avons peur d'un cambriolage car la maison est isolée, faut-il une alarme ?",
      "peur d'un cambriolage pendant noel, comment s'inscrire ?",
      'j ai peur qu on me cambriole quand je suis au travail',
      'on a peur que des voleurs entrent dans la maison pendant notre absence',
      'on a peur des cambriolages',
      "on a peur d'être cambriolés cet été, comment protéger la maison ?",
      "j'ai peur qu'on cambriole la maison pendant notre absence à noël",
      'ma grand-mère a peur des voleurs depuis les cambriolages du quartier',
    ]);
  });
});
