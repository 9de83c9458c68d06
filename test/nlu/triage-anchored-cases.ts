/**
 * Long messages whose danger comes after a calm beginning (a question, a settled past,
 * "ça n'a plus d'importance"), and long calm look-alikes told in the present of another
 * day, a dream, a film or the news. Our own phrasings; the adversarial set holds them too.
 */
export const ANCHORED_DANGER: ReadonlyArray<readonly [string, string]> = [
  ["Bonjour, je voulais savoir comment on fait une demande de main courante en ligne. " +
    "Mon voisin me harcèle depuis des mois. Mais là il est devant ma porte avec une barre " +
    "de fer et il cogne dessus.", '17'],
  ["Je voulais savoir combien de temps dure une ordonnance de protection. Mon ex n'a plus " +
    "le droit de m'approcher depuis l'audience. Mais là il est dans l'escalier, il crie " +
    "qu'il va me tuer.", '17'],
  ["Bonsoir, c'est pour une question sur le permis de mon fils. En fait laissez tomber. " +
    "Là maintenant il y a deux hommes cagoulés qui essaient d'ouvrir la porte du garage.", '17'],
  ["Est-ce que la gendarmerie peut venir constater des tags ? C'est sur mon hangar. " +
    "Et là, en ce moment, des jeunes mettent le feu aux ballots de paille derrière.", '18'],
  ["Bonjour. Ma question porte sur les procurations pour voter. Sinon autre chose : " +
    "actuellement mon mari me frappe dans la cuisine, les enfants pleurent.", '17'],
  ["jvoulais demander pour la carte grise. bref osef. la maintenant mon pere tape ma " +
    "mere dans le salon et elle hurle", '17'],
  ["Bonjour, comment on déclare un changement d'adresse ? J'ai déménagé en mars. " +
    "Et là il y a une odeur de gaz très forte dans tout l'immeuble en ce moment.", '18'],
  ["Je me renseignais sur les amendes de stationnement. Finalement peu importe. " +
    "J'ai rédigé mes lettres, j'ai préparé les médicaments pour cette nuit, je suis " +
    "fatigué de tout.", '3114'],
  ["Bonjour je voulais savoir pour les objets trouvés. Mais c'est plus important. " +
    "Ma voisine est allongée dans le couloir à l'instant, elle respire plus.", '15'],
  ["J'avais une question sur le casier judiciaire. Mon frère est sorti de prison le mois " +
    "dernier. Mais là il est revenu à la maison avec un fusil et il menace ma mère.", '17'],
  ["Je vous écris pour une histoire de voisinage, des haies trop hautes. Rien de grave. " +
    "Mais là le voisin est tombé de son échelle maintenant et il bouge plus du tout.", '15'],
  ["bjr c pour savoir les horaires de la brigade. en fait la tout de suite ya un mec qui " +
    "suit ma fille dans la rue et elle est terrorisée", '17'],
  ["Je voulais porter plainte pour une arnaque sur leboncoin, 300 euros. Mais là " +
    "maintenant mon colocataire vient d'avaler toute sa boîte de somnifères.", '15'],
  ["Ma fille m'a demandé comment signaler un compte insta. Elle a 14 ans. Et là en ce " +
    "moment un homme la force à monter dans sa voiture devant le collège.", '17'],
  ["Bonjour, c'est au sujet d'un dépôt de plainte de l'an dernier pour vol. Aucune " +
    "nouvelle. Mais là actuellement le même type est dans mon jardin avec un couteau.", '17'],
  ["Coucou, question bête sur les feux d'artifice du 14 juillet. Oubliez. Là il y a de " +
    "la fumée noire qui sort de chez la voisine en ce moment et elle est âgée.", '18'],
];

export const ANCHORED_CALM: readonly string[] = [
  "Hier soir on était au bar avec des collègues. Et là un type sort un couteau et menace " +
    "le serveur. Je voulais savoir si je dois témoigner.",
  "La semaine dernière j'ai vu une bagarre devant la gare. Et là un homme frappe un " +
    "autre à terre. Comment on fait un signalement après coup ?",
  "J'ai fait un cauchemar cette nuit. Un homme était dans le jardin. Et là il entre avec " +
    "une hache. Est-ce normal de ne plus dormir ?",
  "On regarde une série en ce moment avec mon fils. Et là le héros se fait tirer dessus. " +
    "Il me demande si c'est vrai que la police vient en dix minutes.",
  "Je voulais savoir comment on obtient une copie du jugement. Mon ex n'a plus le droit " +
    "de m'approcher. Tout va bien maintenant, il respecte la décision.",
  "Bonjour, question sur les arrêts maladie. Maintenant ça va mieux. J'avais pris trop " +
    "de médicaments il y a deux ans, c'est du passé.",
  "L'autre jour au supermarché un homme s'est effondré. Et là tout le monde regarde. " +
    "Je voudrais savoir s'il faut une formation pour utiliser le défibrillateur.",
  "J'ai lu un article sur les cambriolages. Et là un voleur entre par la fenêtre de la " +
    "cuisine. Quelles serrures conseillez-vous ?",
  "Bonjour, je voulais savoir comment on récupère des points de permis. Maintenant je " +
    "fais attention. Je roule doucement.",
  "Mon fils joue à un jeu vidéo. Et là maintenant il doit braquer une banque avec une " +
    "arme. C'est adapté à 12 ans ?",
  "Question sur les détecteurs de fumée. Et là en ce moment je suis en train d'en poser " +
    "un dans la cuisine. Il faut combien par étage ?",
  "Je prépare un exercice d'évacuation pour l'école. Et là le scénario : un incendie " +
    "maintenant au premier étage. Vous pouvez relire ?",
  "Je demande pour ma mère. Elle a préparé les médicaments pour ce soir dans son " +
    "pilulier. Comment on renouvelle une carte vitale ?",
  "Je voulais savoir comment on signale un site frauduleux. Maintenant que j'y pense, " +
    "c'est peut-être le même que l'an dernier. Merci d'avance.",
  "Mon père a 80 ans. En ce moment il prépare ses médicaments pour ce soir tout seul. " +
    "Est-ce qu'une aide à domicile peut passer ?",
];
