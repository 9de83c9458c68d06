import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round 20 (blind43-44 findings, by family, in our own phrasings): a whole stock of
 * medicines to swallow told beside a farewell (3114), a forced marriage or departure abroad
 * (17; a minor's brings 119 too); calm look-alikes: a cry at a dish, an exam, a haircut;
 * sextortion; an exhibitionist seen earlier; threats by text asked about as evidence; a
 * fender-bender and its constat; an aggressor in prison; a neighbour's noise and insults; an
 * idiom before a quick procedure question.
 */

/** One example per new net family, for the safety net's every-family spec. */
export const R20_EXAMPLES: Record<string, string[]> = {
  'net-pills-farewell': ['ma lettre est prete je vais avaler toute la boite de somniferes'],
  'net-forced-minor': ['je ai 14 ans et ils vont me marier de force au pays'],
  'net-forced-marriage': ['ils veulent me marier de force demain, ils ont pris mon passeport'],
  'net-message-threat-here': ['il dit par sms que il va me tuer et il est devant chez moi'],
  'net-relayed-tonight': ['ma soeur me ecrit que son mari la a frappee ce soir'],
  'net-relayed-tonight-child': ['mon copain de 12 ans me dit que son pere le a battu'],
  'net-letters-written': ['je ai ecrit mes lettres, je suis fatigue de vivre'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

/** Each with the number that must be among those returned. */
const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['c\'est décidé, ce soir j\'avale toute la plaquette de somnifères, j\'ai laissé un ' +
    'mot à ma soeur', '3114'],
  ['ma lettre d\'adieu est sur la table, je vais gober tous mes cachets quand ils ' +
    'dormiront', '3114'],
  ['personne ne remarquera rien, cette nuit je prends tout mon traitement d\'un coup', '3114'],
  ['jai ecrit a mes enfants, je vais avaler toutes les boites de lexomil tout a l heure', '3114'],
  ['je vais prendre tous mes médocs ce soir et ne plus me réveiller, j\'ai fait mes ' +
    'adieux', '3114'],
  ['tout mon stock de xanax, je vais tout avaler cette nuit, personne ne me regrettera', '3114'],
  ['j\'ai sorti toutes mes boites d\'antidépresseurs, je vais les avaler, c\'est ma ' +
    'décision', '3114'],
  ['je vais avaler tous les comprimés de mon traitement, j\'ai dit au revoir à ma mère ' +
    'sans qu\'elle comprenne', '3114'],
  ['ce soir jvais prendre toute la boite de doliprane, ma lettre est prête pour mes ' +
    'parents', '3114'],
  ['je veux en finir, je vais ingurgiter tous mes somnifères avant que mon mari rentre', '3114'],
  ['mon testament est fait, je vais descendre tout le flacon de mon traitement cette nuit', '3114'],
  ['les lettres sont écrites, je vais avaler toutes mes pilules ce soir', '3114'],
  ['mes parents me marient de force samedi, j\'ai 24 ans, ils ont gardé mon passeport et ' +
    'm\'ont enfermée', '17'],
  ['on part ce soir au pays pour me marier avec un homme que je connais pas, je veux ' +
    'pas, j\'ai 20 ans', '17'],
  ['au secours mon fils s\'étouffe avec un morceau de poulet', '15'],
  ['au secours le four a pris feu et la cuisine est pleine de fumée', '18'],
  ['il menace de publier mes photos intimes et il est devant chez moi avec un couteau', '17'],
  ['un homme s\'exhibe devant l\'école en ce moment et il suit une petite fille', '17'],
  ['il m\'envoie des sms qu\'il va me tuer, il est en bas de chez moi là', '17'],
  ['accrochage sur la départementale, l\'autre conducteur est coincé et ne bouge plus', '18'],
  ['mon ex est sorti de prison hier et il est devant ma porte avec un couteau', '17'],
  ['mon voisin du dessus défonce ma porte avec une hache en hurlant qu\'il va me tuer', '17'],
  ['ils menacent de diffuser ma vidéo intime, je veux en finir ce soir', '3114'],
  ['sos mon mari fait un malaise pendant le repas il respire mal', '15'],
  ['le voisin du dessous tape à ma porte avec un couteau et crie qu\'il va me tuer', '17'],
  ['il est sorti de prison ce matin et il est devant chez moi, j\'ai peur', '17'],
  ['accrochage sur l\'autoroute, un motard est au sol inconscient', '18'],
  ['mon ex m\'écrit qu\'il va me défoncer, il attend devant ma porte depuis 10 minutes', '17'],
  ['elle dit par snap qu\'elle va me frapper, elle est dans le hall', '17'],
  ['ils m\'ont écrit qu\'ils vont me faire la peau et ils sont devant chez moi', '17'],
  ['il texte qu\'il va nous buter, il tourne dans notre jardin avec sa voiture', '17'],
  ['mon beau-frère m\'envoie qu\'il va me casser la gueule, il est sur le palier', '17'],
  ['la petite voisine, 12 ans, me texte que son père l\'a battue ce soir et qu\'elle a peur ' +
    'de dormir chez elle', '119'],
  ['ma pote m\'a écrit que son copain l\'a tabassée ce soir, elle ose pas rentrer', '17'],
  ['ma cousine me dit par message que son mari l\'a ' +
    'étranglée tout à l\'heure et qu\'elle a peur de dormir là-bas', '17'],
  ['mon meilleur ami de 14 ans me raconte que son père l\'a cogné ce soir, ' +
    'il veut pas rentrer', '119'],
  ['une fille de ma classe, au collège, m\'a envoyé que ' +
    'sa mère l\'a giflée et battue, elle a peur de rentrer', '119'],
  ['ma sœur m\'appelle, son mec l\'a frappée à l\'instant, ' +
    'elle est enfermée dans la salle de bain', '17'],
  ['plus de force pour rien, les lettres sont prêtes, au moins une personne le saura', '3114'],
  ['mes lettres sont écrites, je suis prête, je voulais dire au revoir à quelqu\'un', '3114'],
  ['j\'ai laissé des mots pour après moi, marre de tout, c\'est la fin', '3114'],
  ['j\'ai fini mes lettres, pardonnez-moi tous, je pars cette nuit', '3114'],
  ['jai redigé un message pour mes proches, je suis fatigué de vivre', '3114'],
];

/** A child forced into a marriage or a departure: 119 and 17 both. */
const MINORS_FORCED: readonly string[] = [
  'je suis en 5ème et mes parents veulent me marier de force au bled cet été, ils ont ' +
    'pris mon passeport',
  'j\'ai 14 ans, mon oncle dit qu\'on m\'emmène au pays vendredi pour me marier avec un ' +
    'cousin, je veux pas',
  'je suis au collège, ma mère a confisqué mon passeport et on part samedi pour me marier là-bas',
  'jsuis en 3eme et demain ils vont me marier à un homme de 40 ans au pays, aidez moi',
  'j\'ai 15 ans et mon père veut me marier pendant les vacances au pays, je refuse mais ' +
    'j\'ai pas le choix',
  'je suis mineure, ma famille m\'a enfermée jusqu\'au départ, ils veulent me marier de force',
  'en quatrième, et mon frère dit qu\'on me renvoie au bled de force la semaine prochaine',
  'j\'ai 16 ans, mariage arrangé dans 3 jours, on m\'empêche de sortir de la maison',
  'je suis collégienne, mes parents ont acheté les billets d\'avion pour me marier là bas',
  'ma soeur de 17 ans va être mariée de force demain au pays, je suis en 4eme moi aussi',
];

const CALM: readonly string[] = [
  'je vais prendre tout mon traitement avec moi en vacances, il faut une lettre du médecin ?',
  'j\'ai laissé une lettre au pharmacien, je vais rapporter toutes les boites périmées ce soir',
  'mon chien a avalé toute la plaquette de vermifuge, il faut une lettre du véto ?',
  'ce soir je vais prendre ma boite de doliprane, j\'ai mal à la tête, personne ne ' +
    'remarquera mon absence au sport',
  'j\'ai écrit ma lettre de motivation, je vais prendre tous mes cachets dans la valise ' +
    'pour le voyage',
  'comment empêcher un mariage forcé, c\'est interdit par la loi ?',
  'ma grand-mère a été mariée de force il y a cinquante ans, c\'est encore possible aujourd\'hui ?',
  'je suis en 4ème, on fait un exposé sur le mariage forcé, c\'est quel numéro pour les victimes ?',
  'je vais me marier avec mon copain l\'été prochain au pays, quels papiers pour la mairie ?',
  'au secours ma mayonnaise a tourné et le dîner est dans une heure',
  'au secours le contrôle de maths c\'est demain et j\'ai rien compris',
  'sos ma frange est ratée je ressemble à rien',
  'à l\'aide mon gigot est trop cuit, les invités sont là dans 20 minutes',
  'au secours la finale c\'est ce soir et notre équipe a perdu son gardien',
  'help mon gâteau d\'anniversaire s\'est effondré',
  'au secours la coloration a viré au orange',
  'aidez moi mon dm de physique est pour demain matin',
  'un gars me fait chanter avec des photos nues, il veut 300 euros en bitcoin, que faire ?',
  'une fille rencontrée sur insta menace de diffuser une vidéo de moi nu si je paie pas',
  'on me fait du chantage à la sextape, il demande des coupons neosurf',
  'mon ex menace de poster des photos intimes de moi sur facebook, c\'est puni ?',
  'un exhibitionniste s\'est montré devant le collège hier soir, je porte plainte où ?',
  'un type a baissé son pantalon devant ma fille au parc la semaine dernière',
  'dans le bus ce midi un monsieur se touchait en me regardant, je fais une main courante ?',
  'mon ex m\'envoie des messages disant qu\'il va me détruire, je fais des captures d\'écran ?',
  'je reçois des sms où un inconnu dit qu\'il va me casser les jambes, les screens sont ' +
    'recevables ?',
  'ma belle soeur me laisse des vocaux où elle dit qu\'elle va me tuer, je dois les conserver ?',
  'petit accrochage sur le parking de Leclerc, la dame veut pas faire le constat',
  'on s\'est accrochés avec un camion au rond point, il est parti sans me donner ses coordonnées',
  'rayure sur ma portière, le chauffeur du bus refuse de signer le constat amiable',
  'mon ancien compagnon m\'a frappée, il est incarcéré depuis un an, il sort en mars, ' +
    'comment être prévenue ?',
  'il est en prison pour violences sur moi maintenant, j\'ai peur de sa libération l\'an prochain',
  'mon agresseur est détenu, je voudrais une interdiction de contact à sa sortie',
  'les voisins du dessus font du bruit tous les soirs et nous insultent quand on se plaint',
  'ma voisine de palier crache devant ma porte et m\'insulte, je n\'en peux plus',
  'mon voisin tape contre le mur dès que mon bébé pleure, que faire ?',
  'je suis crevé, quelqu\'un peut m\'expliquer vite fait la pré-plainte ?',
  'mort de rire, quelqu\'un peut me renseigner vite sur la procuration ?',
  'sos le poulet est encore cru au milieu, le repas est à 20h',
  'au secours l\'oral du bac est dans deux heures et je stresse',
  'aidez moi ma coloration est ratée et j\'ai un mariage samedi',
  'un escroc menace de balancer une vidéo coquine de mon mari s\'il paye pas, on porte ' +
    'plainte où ?',
  'chantage sur snap : il veut 200 € sinon il envoie mes nudes à mes parents',
  'mon copain d\'avant menace de montrer des images intimes de moi à mon patron, je fais quoi',
  'reçu un mail : payez 1000 euros en crypto sinon on publie une vidéo de vous, arnaque ?',
  'elle me fait chanter avec des photos de moi nue, elle demande des cartes cadeaux',
  'un homme a sorti son sexe dans le métro tout à l\'heure, je peux encore porter plainte ?',
  'exhibitionniste au bord du lac dimanche, ma voisine l\'a vu aussi',
  'en allant à la boulangerie j\'ai croisé un exhibitionniste, faut le signaler ?',
  'un client s\'est exhibé devant la caissière ce matin, la gérante demande quoi faire',
  'un mec se masturbait dans sa voiture devant le lycée hier, on a la plaque',
  'des messages vocaux de mon cousin qui dit qu\'il va me faire la peau, je garde les vocaux ?',
  'mon voisin m\'a laissé une lettre disant qu\'il va me défoncer, est-ce une preuve valable ?',
  'menaces de mort par whatsapp de la part de mon ex beau-frère, faut-il des captures ?',
  'des commentaires sur mon insta disant qu\'on va me retrouver, je fais des screens ?',
  'mon associé m\'écrit par mail qu\'il va me casser la gueule, je conserve les mails',
  'accrochage avec une trottinette, juste une rayure, le jeune veut pas remplir le constat',
  'le camion de livraison a accroché mon rétro, le chauffeur refuse le constat amiable',
  'touchette au feu rouge, l\'autre dit que c\'est ma faute, constat ou pas ?',
  'petit choc en marche arrière au parking, la dame a noté ma plaque, assurance ?',
  'accrochage avec un cycliste sans gravité, il a juste sa roue voilée, on fait un constat ?',
  'mon frère qui m\'a menacé d\'une hache est en détention, il sera libéré quand ?',
  'mon père violent est derrière les barreaux depuis 2022, je déménage avant sa sortie',
  'l\'homme qui m\'a agressée est en maison d\'arrêt, je veux être prévenue de sa libération',
  'mon ex est incarcéré pour tentative de meurtre, je peux changer de nom ?',
  'mon ex mari est en prison, il m\'écrit des lettres, je peux les refuser ?',
  'le voisin du dessous met la musique à fond et nous insulte, je suis épuisée',
  'les voisins tapent au plafond avec un manche à balai dès 22h',
  'le voisin du dessus crache sur notre balcon et nous insulte quand on le croise',
  'mon voisin tape dans le mur quand ma fille joue du piano, on peut faire quoi',
  'les voisins d\'en face nous insultent depuis qu\'on a mis une haie, je suis à bout',
  'je suis mort de fatigue, vite fait c\'est quoi les horaires de la brigade ?',
  'explique moi vite fait comment faire une procuration pour ma mère',
  'vite fait, quelqu\'un peut me renseigner sur le dépôt de plainte en ligne ?',
  'crevé de ma journée, quelqu\'un peut m\'expliquer vite la procuration ?',
  'morte de rire avec ce bot, quelqu\'un peut m\'expliquer vite fait les amendes ?',
  'il m\'écrit qu\'il va me tuer mais il habite à Marseille, je garde les messages ?',
  'une copine m\'a raconté que son ex l\'a frappée il ' +
    'y a deux ans, elle peut encore porter plainte ?',
  'ma collègue me dit que son mari l\'a giflée souvent, comment l\'aider ?',
  'mon fils de 12 ans me raconte qu\'un camarade l\'a ' +
    'tapé à la récré hier, je vais voir le directeur ?',
  'j\'ai écrit ma lettre de motivation, plus la force de chercher du travail',
  'j\'ai écrit mes lettres au père noël avec les enfants, c\'est la fin de la journée',
  'j\'ai rédigé une lettre recommandée à mon propriétaire, je suis prête à aller au tribunal',
  'mes lettres de réclamation sont écrites, marre de tout ce cirque administratif',
  'j\'ai laissé un mot à la voisine pour les colis, je pars ce soir en vacances',
  'on m\'a volé mon passeport à l\'aéroport et ' +
    'je pars demain au pays, que faire ?',
  'ma mère garde mon passeport dans son coffre, ' +
    'je peux le récupérer pour partir en vacances ?',
  'mon cousin se marie au pays demain, on part ' +
    'ce soir, il faut quels papiers pour l\'enfant ?',
];

describe('triage round 20: farewell pills, forced marriages and calm reports', () => {
  for (const [text, number] of EMERGENCIES) {
    it(`"${text}" is an emergency with ${number}`, () => {
      const result = assess(text);

      expect(result.detected, 'detected').to.equal(true);
      expect(result.numbers, result.situation).to.include(number);
    });
  }

  for (const text of MINORS_FORCED) {
    it(`"${text}" calls the child line and the police`, () => {
      const result = assess(text);

      expect(result.numbers, result.situation).to.include.members(['119', '17']);
    });
  }

  for (const text of CALM) {
    it(`"${text}" is no emergency`, () => {
      expect(assess(text).detected, assess(text).situation).to.equal(false);
    });
  }
});
