/**
 * Round t92's cases (private messages from social networks: emojis, forwarded text, voice
 * dictation, someone writing for a relative). Each alarm is [message, first number]; the calm
 * look-alikes keep the alarm's words with the danger taken away.
 */
export type Alarm = readonly [string, string];

/** A relative's car or scooter towed: "enlevée" names the vehicle, no child. */
export const VEHICLE_TOWED_CALM: readonly string[] = [
  'la voiture de mon fils a été enlevée hier par la fourrière',
  'ma moto enlevée par la fourriere ce matin je la récupère où',
  'la voiture de mon fils a ete enlevee par la depanneuse',
  'la voiture de mon fils a été enlevée par les flics',
  'la voiture de mon fils a été enlevée en stationnement gênant',
  'mon fils sa voiture a ete enlevee',
  'la voiture de mon fils enlevée',
  'la voiture de mon fils a été enlevée il était mal garé',
  'la voiture de ma fille a été enlevée virgule elle fait comment pour la récupérer point',
  'Ma fille s\'est fait enlever sa voiture par la police municipale 🚗😤',
  'slt le scooter de mon fils a ete enleve devant le lycee on fait comment',
];
export const CHILD_TAKEN: readonly Alarm[] = [
  ['mon fils a été enlevé', '17'],
  ["on a enlevé ma fille devant l'école", '17'],
  ['ils ont kidnappé mon petit frère', '17'],
  ['mon fils a été enlevé devant sa voiture', '17'],
  ['ils ont enlevé ma fille et pris sa voiture', '17'],
  ['la voiture de ma fille a été enlevée avec le bébé dedans', '17'],
  ['la voiture de mon fils a été enlevée et on me demande une rançon', '17'],
];

/** Bullies telling a child to kill herself: the harassment, the parent asks what to do. */
export const DIE_COMMAND_CALM: readonly string[] = [
  "ma fille de 12 ans reçoit des messages 'va te suicider' sur snap de la part de sa classe, " +
    'on fait quoi',
  'des gens lui écrivent de se tuer sur insta',
  'ma fille recoit des msg va te suicidé sur snap jsp quoi faire',
  'mon fils reçoit des messages "suicide toi" sur insta',
  'on dit à ma fille de se suicider sur tiktok, je fais quoi ?',
  "ma fille se fait harceler sur snap, ils lui disent d'aller se tuer 😢",
  "mon fils de 13 ans harcelé sur les réseaux, on lui écrit qu'il devrait se tuer, comment " +
    'porter plainte',
  'des élèves de sa classe lui envoient "va te pendre" sur whatsapp',
  'ils écrivent à mon fils de se jeter sous un train sur snap',
  'Transféré : "va te tuer personne veut de toi" c\'est ce que reçoit ma fille sur tiktok',
  'ma fille reçoit des messages va te suicider point d\'interrogation on fait quoi point',
  'bonjour alors voilà ça fait un moment que ça dure, ma fille est en 5e, au début c\'était ' +
    'des moqueries, puis des photos, et maintenant des messages qui lui disent de se ' +
    'suicider, on fait quoi',
];
export const CHILD_DESPAIR: readonly Alarm[] = [
  ["ma fille dit qu'elle va se tuer ce soir après ces messages", '3114'],
  ["ma fille reçoit des messages va te suicider sur snap elle dit qu'elle va le faire", '3114'],
  ['mon fils reçoit des messages de harcèlement et il veut mourir', '3114'],
  ["après les messages sur snap ma fille a dit qu'elle voulait en finir", '3114'],
  ["ma fille m'a dit qu'elle voulait mourir à cause des messages", '3114'],
  ['ma soeur m a dit quelle voulait en finir', '3114'],
  ["mon fils m'a écrit sur snap qu'il voulait se suicider", '3114'],
  ['ma fille reçoit des messages va te suicider et elle s\'est scarifiée ce soir', '3114'],
  ['ma fille reçoit des messages va te suicider sur snap, elle a fait un malaise et respire ' +
    'plus', '3114'],
  ['ma moto enlevée par la fourriere et mon fils veut se tuer', '3114'],
];
export const SAID_DESPAIR_CALM: readonly string[] = [
  "ma fille a dit qu'elle voulait mourir de rire",
  "il y a deux ans ma fille m'a dit qu'elle voulait mourir, aujourd'hui elle va bien",
  "mon fils a dit qu'il voulait mourir dans le jeu pour recommencer la partie",
];

/** Bruises a relative blames on a fall, blows suspected, nothing under way. */
export const BLOWS_SUSPECTED_CALM: readonly string[] = [
  "ma soeur a des bleus partout et dit qu'elle est tombée, je suis sûre que c'est son mec",
  'ma copine cache des marques, je pense que son mari la bat',
  'ma soeur a des bleus partout elle dit quelle est tombee je suis sur que cest son mec',
  "mon amie me dit qu'elle est tombée dans l'escalier mais elle a des bleus partout je pense " +
    "qu'il la frappe",
  "ma meilleure amie a un oeil au beurre noir, elle dit que c'est la porte, je crois que son " +
    'mari la tape',
  "ma mère a des marques au cou, je crois que mon beau-père la bat 😢 comment l'aider",
  'ma soeur a des bleus partout virgule elle dit qu\'elle est tombée virgule je suis sûre ' +
    "que c'est son mec",
  "ma soeur a des bleus partout mais elle dit qu'elle est tombée jsuis sure que c son mec",
];
export const BLOWS_NOW: readonly Alarm[] = [
  ['il est en train de la frapper', '17'],
  ["elle m'appelle en pleurant il la frappe là", '17'],
  ['ma soeur a des bleus partout et là il est en train de la frapper', '17'],
  ["ma soeur a des bleus, je pense que son mec la frappe, elle m'appelle en pleurant", '17'],
  ["ma soeur a des bleus partout je pense que son mec la frappe et là il a un couteau", '17'],
];

/** A child locked up as his usual punishment, told by a grandparent: the 119's answer. */
export const LOCKED_HABIT_CALM: readonly string[] = [
  "mon petit-fils me dit que son père l'enferme dans le noir des heures quand il est puni",
  'mon petit fils ma dit que son pere lenferme ds le noir quand il est puni',
  "ma petite fille m'a raconté que sa mère l'enferme dans le placard quand elle est punie",
  "mon petit-fils de 6 ans m'a dit que son père l'enferme dans la cave des heures, je fais " +
    'quoi',
  "mon petit fils m'a dit que son pere l'enferme dans la cave quand il fait des bêtises 😢 " +
    'je fais quoi',
];
export const LOCKED_NOW: readonly Alarm[] = [
  ['mon petit-fils est enfermé dans le noir en ce moment il pleure', '17'],
  ["j'entends le petit voisin qui pleure il est enfermé dans le noir depuis des heures", '17'],
  ["son père vient de l'enfermer dans le noir il hurle", '17'],
  ["mon petit fils m'appelle en pleurant son père l'a enfermé dans le noir", '17'],
  ["mon petit-fils me dit que son père l'enferme dans le noir quand il est puni, là il est " +
    'enfermé et il pleure', '17'],
];

/** Laughing with "mourir", "morte", "tuée": calm; a strangling is not a laugh. */
export const LAUGHING_CALM: readonly string[] = [
  "j'ai failli mourir de rire avec votre post",
  'mdr je suis morte',
  "tu m'as tuée 😂",
  'jsuis morte 😂😂',
  'ptdr je suis décédée',
  "vous m'avez tuée avec cette vidéo 🤣",
];
export const DYING_NOW: readonly Alarm[] = [
  ["je vais mourir il m'étrangle", '17'],
  ["je suis en train de mourir il m'a poignardée", '17'],
];
