/**
 * Everyday words that are also the name, or the start of the name, of a commune: after
 * "à", "au", "dans"... they name a place of daily life, not a village ("au marché" is no
 * Marché-Allouarde, "à la maison" no La Maison-Dieu, "au parc" no Le Parc, "arme de chasse"
 * no Chasse-sur-Rhône). Folded as foldWords() gives them. Found by running the sentence
 * lookup over the topic corpus and held-out sets; extend it when a tester finds another.
 */
export const EVERYDAY_PLACES: ReadonlySet<string> = new Set([
  // articles and possessives alone
  'la', 'le', 'les', 'l', 'ma', 'mon', 'mes', 'sa', 'son', 'ses', 'moi', 'l autre',
  // home and its parts
  'maison', 'la maison', 'chez moi', 'domicile', 'jardin', 'le jardin', 'garage', 'cave',
  'grenier', 'terrasse', 'balcon', 'cuisine', 'salon', 'chambre', 'la chambre', 'cour',
  'la cour', 'grange', 'la grange', 'table', 'la table', 'porte', 'la porte', 'fenetre',
  // town and daily life
  'ville', 'la ville', 'centre', 'le centre', 'centre ville', 'village', 'le village',
  'quartier', 'le quartier', 'cite', 'la cite', 'rue', 'la rue', 'place', 'la place',
  'marche', 'le marche', 'magasin', 'supermarche', 'boulangerie', 'pharmacie', 'banque',
  'la banque', 'poste', 'la poste', 'mairie', 'la mairie', 'eglise', 'l eglise', 'ecole',
  'l ecole', 'college', 'lycee', 'creche', 'la creche', 'hopital', 'l hopital', 'cinema',
  'restaurant', 'bar', 'hotel', 'l hotel', 'stade', 'piscine', 'salle', 'la salle',
  'machine', 'la machine', 'parc', 'le parc', 'parking', 'le parking', 'cimetiere',
  'fete', 'la fete', 'foire', 'la foire', 'braderie', 'soiree', 'la soiree', 'concert',
  'travail', 'boulot', 'bureau', 'usine', 'chantier', 'caisse',
  // transport and roads
  'gare', 'la gare', 'metro', 'tram', 'train', 'bus', 'car', 'rer', 'aeroport', 'port',
  'le port', 'quai', 'autoroute', 'route', 'la route', 'chemin', 'le chemin', 'pont',
  'le pont', 'peage', 'station', 'sortie', 'la sortie',
  // nature and leisure
  'plage', 'la plage', 'mer', 'la mer', 'lac', 'le lac', 'riviere', 'la riviere', 'foret',
  'la foret', 'bois', 'le bois', 'champ', 'champs', 'montagne', 'la montagne', 'campagne',
  'la campagne', 'camping', 'le camping', 'ballon', 'chasse', 'la chasse', 'pin', 'le pin',
  // times of day
  'nuit', 'la nuit', 'jour', 'jours', 'matin', 'soir',
  // services, online, the bot's own words
  'garde', 'la garde', 'permanence', 'ligne', 'internet', 'telephone', 'police',
  'la police', 'gendarmerie', 'la gendarmerie', 'brigade', 'la brigade', 'pompiers',
  'plainte', 'thesee', 'titre', 'le titre', 'vue', 'force', 'faux', 'frais', 'poids',
  'plaisir', 'bonne', 'voisins', 'louer', 'loue', 'vendre', 'payer', 'montreal',
]);
