/**
 * Round t61's calm look-alikes (a wild animal hit, a tradesman who never came, Christmas
 * decorations stolen, a school presentation about suicide), each beside the real danger
 * that must still alarm.
 */

export const WILDLIFE_CALM: readonly string[] = [
  'Bonsoir, hier soir en rentrant du boulot vers 23h j\'ai percuté un sanglier sur la ' +
    'départementale. Le pare-choc est arraché. Moi je n\'ai rien, heureusement. Est-ce que ' +
    'je dois le déclarer à la gendarmerie pour l\'assurance ?',
  'j ai percute un cerf cette nuit il est reste au milieu de la route moi je n ai rien',
  'jai tape une biche hier soir en rentrant le phare est casse personne n est blesse faut il ' +
    'faire une declaration',
  'collision avec un sanglier hier soir voiture hs moi rien du tout je dois declarer a qui',
];

export const WILDLIFE_HURT: readonly string[] = [
  'je viens de percuter un sanglier ma femme saigne de la tete',
  'j ai percute un chevreuil cette nuit moi j ai rien mais mon passager est coince et il ' +
    'saigne',
];

export const TRADE_CALM: readonly string[] = [
  'j ai verse un acompte de 2000 euros a un artisan pour refaire ma salle de bain il est ' +
    'jamais venu il ne repond plus je veux porter plainte',
  'Bonjour, j\'ai fait appel à un artisan pour refaire ma toiture. Il m\'a demandé un ' +
    'acompte que j\'ai versé en octobre. Depuis il n\'est jamais venu, il ne répond plus au ' +
    'téléphone. Je voudrais porter plainte.',
  'j ai demande un devis a un plombier et il ne repond pas, que faire',
  'le menuisier est jamais venu poser la cuisine j ai paye la moitie il repond plus',
];

export const TRADE_HURT: readonly string[] = [
  'l artisan est tombe du toit sur le chantier il ne repond plus',
];

export const DECORATIONS_CALM: readonly string[] = [
  'mes decorations de noel ont ete arrachees et volees dans le jardin, je voudrais que ce ' +
    'soit enregistre',
  'Des individus ont arraché les guirlandes lumineuses et volé les décorations de Noël du ' +
    'jardin. Je voudrais que ce soit enregistré pour l\'assurance.',
  'on ma pique toute la deco de noel du jardin cette nuit je veux porter plainte',
];

export const DECORATIONS_NOW: readonly string[] = [
  'il y a des gens dans le jardin du voisin qui volent ses decorations de noel en ce moment',
  'je viens d entendre des coups de feu, des detonations dans la rue',
];

export const SCHOOL_SUICIDE_CALM: readonly string[] = [
  'ma fille fait un expose sur le harcelement et le suicide chez les ados, vous avez des ' +
    'chiffres ?',
  'mon fils prepare un expose sur le harcelement et le suicide chez les adolescents, ou ' +
    'trouver des chiffres',
  'ma fille doit faire un dossier sur le suicide des jeunes pour le college vous avez des ' +
    'statistiques',
  'pour mon tpe sur le harcelement scolaire et le suicide des ados combien de jeunes se ' +
    'suicident par an',
];

export const SCHOOL_SUICIDE_REAL: readonly string[] = [
  'je fais un expose sur le harcelement mais en vrai moi aussi je suis harcele et j ai envie ' +
    'de me suicider',
  'ma fille fait un expose sur le suicide des ados, vous avez des chiffres ? elle m a dit ' +
    'qu elle veut mourir',
];
