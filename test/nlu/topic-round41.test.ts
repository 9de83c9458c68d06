import { specifyTopics } from './topicTable';

/**
 * Round 41: a stolen bike seen for sale online, unknown card payments on a website, a young
 * relative or neighbour's child thought to be beaten, a first vote while away, short
 * anti-police insults, a complaint's receipt asked for by the insurer long after, a camera
 * that films one's yard and the lane, goods stolen from inside a van or car, an old parent
 * alone for the winter. Every line failed before wide-round41.json, but the fake seller that
 * must stay an online scam beside the card payments; other phrasings than that file.
 */
specifyTopics('topics, round 41: thefts, card payments, a child, a vote, a receipt', [
  ['faq.vehicle_theft|procedure.pre_complaint', 'mon vtt volé la semaine dernière est sur le ' +
    'bon coin, je peux aller le récupérer ?'],
  ['faq.vehicle_theft|procedure.pre_complaint', 'g retrouve mon velo sur le bon coin, il m a ' +
    'ete vole le mois dernier, je peux le racheter ?'],
  ['faq.vehicle_theft|procedure.pre_complaint',
    'mon bmx volé est en vente sur lbc, j ai le numero du vendeur'],
  ['faq.bank_fraud', 'kelkun a payé avec ma cb sur un site'],
  ['faq.bank_fraud', "quelqu'un s'est servi de ma cb pour commander sur un site"],
  ['faq.online_scam', "j'ai commandé un canapé sur un site, payé par carte, jamais livré " +
    'et le vendeur ne répond plus'],
  ['faq.child_in_danger', 'je pense que ma petite cousine se fait battre chez elle'],
  ['faq.child_in_danger', "ma cousine de 11 ans m'a dit que sa mère la frappe, je fais quoi"],
  ['faq.child_in_danger',
    'mon petit cousin a des bleus partout et il veut plus rentrer chez lui'],
  ['faq.proxy_vote', "c'est mon premier vote mais je pars en vacances ce jour-là"],
  ['faq.proxy_vote', 'jvais pas etre la le dimanche du vote jfais comment'],
  ['faq.proxy_vote',
    "c'est mes premières élections et je suis à l'étranger ce week-end là"],
  ['faq.complaint_followup|faq.complaint_info', 'notre garage a brulé l an passé, l assureur ' +
    'reclame le recepisse de plainte'],
  ['faq.complaint_followup|faq.complaint_info', "j'ai porté plainte en mars pour l'incendie " +
    "de ma voiture, l'assurance veut le récépissé"],
  ['faq.complaint_followup|faq.complaint_info', "voiture incendiée il y a 6 mois, l'assurance " +
    'me demande maintenant le récépissé'],
  ['faq.burglary_prevention', 'je peux mettre une caméra qui filme ma cour et le chemin ?'],
  ['faq.burglary_prevention', "j'ai le droit de filmer mon entrée si la caméra voit aussi le " +
    'trottoir'],
  ['faq.burglary_prevention',
    'installer une camera qui filme mon jardin et un peu la ruelle, c est permis'],
  ['faq.burglary_prevention',
    "j'aimerais une caméra sur mon portail qui filme l'allée et la rue, c'est ok ?"],
  ['procedure.pre_complaint', 'mon camion a été ouvert et mes outils ont disparu'],
  ['procedure.pre_complaint', 'on m a vole mon autoradio et mes lunettes dans la voiture'],
  ['procedure.pre_complaint', 'mes outils ont été volés dans la camionnette pendant la nuit'],
  ['procedure.pre_complaint', 'volé dans mon camion de chantier : outils et matériel'],
  ['faq.contact_unit|none', 'ma mere de 88 ans est toute seule dans sa maison à la campagne, ' +
    'une patrouille peut passer la voir'],
  ['faq.contact_unit|none',
    'ma tante âgée vit seule dans la montagne, vous pouvez passer chez elle parfois ?'],
  ['faq.contact_unit|none', 'est ce que la gendarmerie peut rendre visite a ma mere agee qui ' +
    'vit seule a la campagne'],
  ['faq.contact_unit|none',
    'ma grand mere vit isolée dans un hameau, est ce qu une patrouille peut passer chez elle'],
], [], false);

/** Short insults and anti-police slogans, emojis or not. */
specifyTopics('topics, round 41: short insults', [
  ['smalltalk.insult', 'acab 🖕'],
  ['smalltalk.insult', 'ACAB 🖕🖕🖕'],
  ['smalltalk.insult', 'fuck la police 🖕'],
  ['smalltalk.insult', 'nik la police'],
  ['smalltalk.insult', 'flics = porcs'],
], [], false);

/**
 * A teenager out late who always comes back, and a relative's dark thoughts now past: no
 * topic (a teenager's lateness may also read as a disappearance question, never as a child in
 * danger).
 */
specifyTopics('topics, round 41: a teenager out late, dark thoughts now past', [
  ['none|faq.missing_person', "mon fils de 16 ans rentre toujours tard le samedi soir, ça " +
    "m'inquiète"],
  ['none|faq.missing_person',
    'ma fille fait le mur pour sortir en boite, elle revient au petit matin'],
  ['none|faq.missing_person', 'mon fils rentre a 4h du mat tous les samedis ca m inquiete'],
  ['none|faq.missing_person',
    'mon grand de 17 ans sort en cachette la nuit et revient avant qu on se lève'],
  ['none|faq.missing_person', 'ma fille rentre de plus en plus tard le week end, que faire'],
], [
  'mon frere a eu des pensees suicidaires il y a un an, maintenant ca va, ou s adresser si ca ' +
    'revient',
  "mon copain allait pas bien il y a quelques mois, des idées noires, ça va mieux, mais s'il " +
    'rechute j appelle qui',
  'ma fille a eu des idees noires au college, elle va bien maintenant mais je veux savoir qui ' +
    'appeler si ca revient',
  'mon pere avait des pensees sombres l hiver dernier, il est suivi et va bien, qui appeler ' +
    'si ca revient',
], false);
