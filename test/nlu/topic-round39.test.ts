import { specifyTopics } from './topicTable';

/**
 * Round 39: a bin fire already out and a complaint against X, an assault months ago never
 * filed, a complaint while away from home, a child's ID card or a registration mislaid (not
 * stolen), an online proxy's number, bare recruitment age questions, a loose dog, a false fire
 * alarm, the "your son had an accident" text, a fake town-hall meter reader, a teenager's
 * repeated running away, an old parent's phone scams, a shooting seen on the news. Every line
 * failed before wide-round39.json; other phrasings than that file.
 */
specifyTopics('topics, round 39: questions after the event, papers mislaid, scams', [
  ['faq.complaint_info', "cette nuit une poubelle a pris feu au pied de l'immeuble, les " +
    'pompiers sont venus, aucun blessé, le syndic me dit de porter plainte contre X, ça sert ' +
    'à quelque chose ?'],
  ['faq.complaint_info', 'la poubelle a brulé hier soir, les pompiers sont venus, personne de ' +
    'blessé, le syndic dit de porter plainte contre x, ça sert a quelque chose'],
  ['faq.complaint_info', 'feu de poubelle cette nuit, c est fini, le gestionnaire veut une ' +
    'plainte contre x ça sert à quoi'],
  ['faq.complaint_info', "cet été j'ai été agressée pendant un festival, je n'ai jamais " +
    "porté plainte, c'est trop tard maintenant ?"],
  ['faq.complaint_info', 'je suis en vacances en vendée et je dois porter plainte, je vais a ' +
    'quelle gendarmerie'],
  ['faq.complaint_info', 'on m a vole mon velo hier je suis en vacances dans le jura je peux ' +
    'porter plainte ici ou je dois attendre d etre rentre'],
  ['faq.complaint_info',
    'je suis en voyage dans le gers, je peux deposer plainte dans la brigade d ici ?'],
  ['faq.animals', "Bonjour, dans ma rue il y a le chien du voisin, il est énorme, il aboie et " +
    "court vers les gens, mes enfants n'osent plus sortir. J'en ai parlé au voisin mais rien " +
    "ne change. C'est normal qu'il soit pas attaché ?"],
  ['faq.neighbour_dispute|none', "l'alarme incendie de l'immeuble sonne tous les jours pour " +
    "rien, le syndic s'en fiche, je peux porter plainte ?"],
  ['faq.neighbour_dispute|none', 'ca fait 3 semaines que l alarme incendie se declenche tous ' +
    'les jours a 6h sans raison et le syndic repond jamais'],
  ['faq.online_scam', 'sms mon fils aurait eu un accident faut virer de l argent vite alors ' +
    'qu il est assis a cote de moi'],
  ['faq.online_scam', 'ma mère vit seule, comment la protéger des arnaques au téléphone ?'],
  ['faq.online_scam', "ma vieille mère est seule chez elle, comment éviter qu'elle se fasse " +
    'avoir au téléphone'],
  ['faq.lost_documents', 'carte d identite de mon fils envolee pendant les vacances, pas volee ' +
    'je pense, il a un voyage scolaire'],
  ['faq.lost_documents', 'plus moyen de retrouver ma carte grise depuis le déménagement'],
  ['faq.lost_documents', 'je retrouve plus ma carte grise depuis le déménagement elle doit ' +
    'être dans un carton'],
  ['faq.proxy_vote', 'j ai fait ma procuration sur internet j ai recu un numero je dois faire ' +
    'quoi maintenant'],
  ['faq.proxy_vote', 'j ai fait la procu sur internet g recu un numero a quoi il sert'],
  ['faq.recruitment', 'gav âge limite'],
  ['faq.recruitment', 'age limite gav'],
  ['faq.burglary_prevention', 'un gars de la mairie a sonné chez ma mère pour vérifier les ' +
    "compteurs, elle a pas ouvert, c'est normal ces visites ?"],
  ['faq.burglary_prevention', 'je suis agee, un homme est venu dire qu il venait de la mairie ' +
    'pour les compteurs, je l ai pas fait entrer'],
  ['faq.missing_person', 'mon fils de 17 ans fugue souvent, il finit toujours chez des ' +
    'copains, je dois le signaler à chaque fois ?'],
], [
  "il y a eu des tirs dans la ville d'a cote la semaine derniere, c'est dangereux chez nous ?",
  'fusillade dans la commune voisine a la tele, est ce qu on est en securite',
  'vu aux infos des coups de feu dans le village voisin on risque quelque chose chez nous',
], false);

/** A threat over a games console: no topic, and no emergency. */
specifyTopics('topics, round 39: a brother took the console', [], [
  'je v tuer mon frere il ma pris ma console encore',
  'je vais le défoncer mon frère il a pris ma console',
  'jvais tuer mon frère il a pris ma console sans demander encore',
], true);
