'use strict';
// What a case file says, as the gendarme reads it: sections of [label, value] lines built
// from the full record the API returns. Empty answers are left out; every value is text.
(function recordFields(exports) {
  const { day, factSpan, instant, span, text } = window.consoleRecordLabels;

  function place(commune) {
    return commune ? `${commune.name} (${commune.postcode}, INSEE ${commune.inseeCode})` : '';
  }

  function person(who) {
    return who ? `${who.lastName} ${who.firstName}, né(e) le ${day(who.birthDate)}` : '';
  }

  function items(list) {
    return (list || []).map((item) => (item.valueEuros === null ? item.description
      : `${item.description} (${item.valueEuros} €)`)).join('\n');
  }

  function vehicle(details) {
    if (!details) return '';
    const plate = details.plateFormat === 'unknown' ? 'plaque inconnue ou absente'
      : `${details.plate} (${details.plateFormat.toUpperCase()})`;
    return `${plate} — ${details.description}`;
  }

  function attachments(list) {
    return (list || []).map((file) => `${file.name} (${file.contentType})`).join('\n');
  }

  function contact(who) {
    return who ? `${who.name} — ${who.phone}` : '';
  }

  function yesNo(value) {
    return value ? 'oui' : 'non';
  }

  function preComplaint(record) {
    const { facts, filer, person: filerPerson, contact: reach } = record;
    return [
      ['Les faits', [
        ['Infraction', text('offence', record.offence)],
        ['Date', `${factSpan(facts.from, facts.to, facts.timeZone)} `
          + `(${text('precision', facts.precision)})`],
        ['Date telle que dite', facts.dateAsSaid],
        ['Commune', place(facts.commune)],
        ['Lieu précis', facts.placeDetails],
        ['Récit', facts.account],
        ['Objets', items(facts.items)],
        ['Véhicule', vehicle(facts.vehicle)],
        ['Preuves', facts.evidence],
        ['Pièces jointes', attachments(facts.attachments)],
      ]],
      ['Le déclarant', [
        ['Déposant', text('role', filer.role)],
        ['Société', filer.companyName || ''],
        ['Victime mineure', person(filer.minor)],
        ['Identité', person(filerPerson)],
        ['Lieu de naissance', filerPerson.birthPlace],
        ['Adresse', `${filerPerson.address.street}, ${place(filerPerson.address.commune)}`],
        ['Téléphone', reach.phone],
        ['Courriel', reach.email || ''],
        ['Rappel souhaité', text('callback', reach.callback)],
      ]],
    ];
  }

  function otv(request) {
    return [
      ['L\'absence', [
        ['Dates', span(request.absence.from, request.absence.to, day)],
        ['Adresse', `${request.address.street}, ${place(request.address.commune)}`],
        ['Logement', text('home', request.home)],
        ['Accès', request.access],
        ['Alarme', yesNo(request.alarm)],
        ['Clés laissées à quelqu\'un', yesNo(request.keysLeft)],
        ['Véhicules laissés', request.vehicles],
      ]],
      ['Les personnes', [
        ['Demandeur', contact(request.applicant)],
        ['À joindre pendant l\'absence', contact(request.contact)],
      ]],
    ];
  }

  /** The sections of a record of this kind, empty lines left out. */
  function sections(kind, record) {
    const all = kind === 'otv' ? otv(record) : preComplaint(record);
    return all.map(([title, lines]) => [title, lines.filter(([, value]) => value !== '')]);
  }

  /** The file's own data: when it came, by which channel, until when it is kept. */
  function fileLines(record) {
    return [
      ['Reçu le', instant(record.submittedAt)],
      ['Mis à jour le', instant(record.updatedAt)],
      ['Canal', text('channel', record.channel)],
      ['Conservé jusqu\'au',
        record.expiresAt ? instant(record.expiresAt) : 'à fixer au prochain démarrage'],
    ];
  }

  Object.assign(exports, { fileLines, sections });
}(window.consoleRecordFields = {}));
