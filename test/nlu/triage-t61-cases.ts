/**
 * Round t61's phrasings, written for this round: long stories told in the past whose danger
 * comes at the end, as typed, in SMS, without accents or punctuation (voice dictation),
 * with homophones, for a relative; each family beside its calm look-alikes.
 */

/** Pills laid out and the decision said: 3114 first. */
export const PILLS_INTENT: readonly string[] = [
  'ca fait des mois que je dors plus, j ai perdu mon travail en septembre, ma femme est ' +
    'partie avec les enfants, ma famille me parle plus. ce soir j ai sorti toutes les ' +
    'boites de medicaments sur la table. je crois que cette fois je vais le faire',
  'depuis des mois je dors plus j ai perdu mon boulot ma copine est partie avec les petits ' +
    'personne me parle j ai mis toutes les boites de cachets sur la table je crois que ' +
    'cette fois je vais le faire',
  'Depuis que j\'ai perdu mon emploi tout s\'écroule, ma femme est partie avec les petits, ' +
    'mes frères ne me parlent plus. Les boîtes de médicaments sont prêtes sur la table, ' +
    'sait ce soir',
  'Bonjour je vous écris pour mon frère. Depuis l\'été il a perdu son emploi, sa femme l\'a ' +
    'quitté. Ce soir il m\'a envoyé une photo de ses boîtes de médicaments préparées sur la ' +
    'table et il m\'a dit que c\'est ce soir.',
  'mon pere a perdu son travail l an dernier ma mere est partie il dort plus il a mis toutes ' +
    'ses boites de medicaments sur la table il dit qu il va le faire ce soir',
  'jai aligne tt mes medocs sur mon bureau jvais tout avaler',
];

/** Pills sorted for care, or already swallowed (the 15 leads then). */
export const PILLS_CALM: readonly string[] = [
  'ma grand mere prepare ses boites de medicaments sur la table pour la semaine',
  'l infirmiere a prepare tous les cachets sur la table pour la semaine',
  'j ai sorti les boites de medicaments sur la table pour faire le tri je vais le faire ce soir',
];

export const PILLS_SWALLOWED: readonly string[] = [
  'j ai perdu mon travail ma femme est partie et ce soir j ai avale toutes les boites de ' +
    'medicaments je me sens partir',
];

/** A relative with dementia gone hours ago, still not found now: 17 first. */
export const WANDERER_UNFOUND: readonly string[] = [
  'bonjour, ma belle mere a des troubles de la memoire, elle s est deja perdue l an dernier. ' +
    'aujourd hui elle a quitte la maison vers 16h sans son manteau, mon mari et moi on a ' +
    'fait le tour du village en voiture. on ne la trouve pas il fait froid',
  'Mon père a Alzheimer. En rentrant, la porte était ouverte. Il est parti il y a deux ' +
    'heures en pantoufles. On a fait tout le quartier. On ne le trouve pas et la nuit tombe.',
  'ma maman qui a alzheimer est partie vers midi on la trouve toujours pas il fait nuit ' +
    'aidez nous',
  'mon grand pere dement a quitte l ehpad il y a 4 heures personne ne le trouve',
  'mon pere alzeimer sortie de la maison depuis 3h on l a toujours pas retrouve svp',
  'mon papi qui perd la tete a disparu depuis ce midi il etait sorti chercher le pain il est ' +
    'jamais revenu on a tout fait on le trouve pas il fait nuit',
];

export const WANDERER_CALM: readonly string[] = [
  'mon pere a alzheimer il y a deux ans il etait parti une nuit, comment faire une demande ' +
    'de bracelet gps',
  'ma grand mere a alzheimer, l an dernier elle etait partie et on ne la trouvait pas, la ' +
    'police l a ramenee',
  'dans le film le vieux monsieur atteint d alzheimer disparait et on ne le trouve pas',
  'ma mere a alzheimer, on l a retrouvee chez la voisine, elle est rentree avec nous',
];

/** A crash told in the past, someone trapped or hurt told now: 18 first. */
export const CRASH_TRAPPED: readonly string[] = [
  'hier soir sur la departementale une voiture a glisse, a fait des tonneaux et a fini dans ' +
    'le fossé, je me suis arrete, il y a quelqu un coince dedans qui hurle, il arrive pas a ' +
    'sortir',
  'une voiture a glisse sur le verglas a fait des tonneaux a fini dans le fosse je me suis ' +
    'arrete il y a quelqu un coince a l interieur qui crie',
  'une voiture a fait une sortie de route devant moi le passager hurle il arrive pas a sortir',
  'accident sur la nationale la voiture est sur le toit il y a un enfant coince qui crie',
  'Une voiture a capoté devant nous, elle a fini dans le fossé. Je me suis arrêtée, la ' +
    'conductrice est bloquée à l\'intérieur et elle saigne.',
];

export const CRASH_CALM: readonly string[] = [
  'hier une voiture a fait des tonneaux devant moi le conducteur etait coince mais les ' +
    'pompiers l ont sorti',
  'j ai vu un accident ce matin une voiture dans le fosse personne de blesse, dois je ' +
    'temoigner',
  'dans le film une voiture fait des tonneaux et le conducteur est coince il hurle',
  'accident hier soir un camion a fait un tonneau, il bloque la route depuis ce matin',
];
