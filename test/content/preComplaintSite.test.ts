import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { fromRoot } from '../../core/paths';
import { foldWords } from '../../dialogs/prompts/normalize';

const ROOT = fromRoot('content', 'fr');

function templates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? templates(path) : name.endsWith('.hbs') ? [path] : [];
  });
}

/** Web addresses, as links or typed out: "https://www.x.gouv.fr/a" and "www.x.gouv.fr". */
const ADDRESS = /(?:https?:\/\/|\bwww\.)([a-z0-9.-]+[a-z0-9])/gi;

function hostsIn(line: string): string[] {
  return [...line.matchAll(ADDRESS)].map((match) => match[1].toLowerCase().replace(/^www\./, ''));
}

/** Sentences, and the branches of a template ({{#if}}…{{else}}…), are read one by one. */
const SEGMENT = /[.!?;]\s+|\n|\{\{[^}]*\}\}/;

/**
 * A pré-plainte site is an address in a sentence that speaks of the pré-plainte en ligne,
 * or any address named after a plainte: a tester was sent to two different sites (F21).
 */
function preComplaintSites(): Map<string, string[]> {
  const sites = new Map<string, string[]>();
  for (const file of templates(ROOT)) {
    for (const line of readFileSync(file, 'utf8').split(SEGMENT)) {
      const aboutIt = foldWords(line).includes('pre plainte en ligne');
      const hosts = hostsIn(line).filter((host) => aboutIt || host.includes('plainte'));
      hosts.forEach((host) => sites.set(host, [...(sites.get(host) ?? []),
        relative(ROOT, file)]));
    }
  }
  return sites;
}

describe('the pré-plainte site in the French content', () => {
  it('is one and the same address in every template that gives one', () => {
    const sites = preComplaintSites();

    expect(Object.fromEntries(sites)).to.have.all.keys('masecurite.interieur.gouv.fr');
  });

  const giving = ['faq/procedure.pre_complaint.hbs', 'handoff/canned/pre-plainte.hbs',
    'procedures/common/pre_complaint_online.hbs'];
  giving.forEach((name) => {
    it(`${name} gives it`, () => {
      expect(preComplaintSites().get('masecurite.interieur.gouv.fr')).to.include(name);
    });
  });
});
