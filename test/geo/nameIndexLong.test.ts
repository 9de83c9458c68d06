import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { CommuneNameIndex, namedList, type NamedEntries } from '../../geo/nameIndex';
import { loadPostcodeDirectory } from '../../geo/postcodes';
import { normalizeName } from '../../geo/normalize';
import { firstWordsEnd, oneEditApart } from '../../geo/typo';
import type { Commune } from '../../geo/types';

function commune(name: string, at: number): Commune {
  return { name, postcode: String(10000 + at), inseeCode: String(10000 + at),
    latitude: 45, longitude: 3 };
}

/** The same list, counting the keys read after the index is built. */
function counted(entries: NamedEntries): { entries: NamedEntries; reads: () => number } {
  let reads = 0;
  return {
    entries: { ...entries, key: (entry) => {
      reads += 1;
      return entries.key(entry);
    } },
    reads: () => reads,
  };
}

/** Every name of the list, read one by one: what the index must answer. */
function bruteForce(names: readonly string[], typed: string, most: number): string[] {
  const query = normalizeName(typed);
  const words = query.split(' ').length;
  const found: string[] = [];
  for (const name of names.map(normalizeName).sort()) {
    const head = name.slice(0, firstWordsEnd(name, words));
    if (head.charAt(0) === query.charAt(0) && !found.includes(head) &&
      oneEditApart(query, head)) {
      found.push(head);
    }
  }
  return found.length <= most ? found : [];
}

describe('commune names a letter away from a long query', () => {
  const short = Array.from({ length: 2000 }, (_, i) => `jargeau${i}`);
  const long = ['Saint Remy en Bouzemont Saint Genest et Isson', 'Jouy le Moutier sur Oise Est',
    'Jonchery sur Vesle le Haut'];
  const names = [...short, ...long];

  it('reads a sentence typed as a commune against the long names only', () => {
    const list = counted(namedList(names.map(commune)));
    const index = new CommuneNameIndex(list.entries);
    // the first long query finds the long names, once
    index.namesOneEditFrom('je voudrais faire une pre plainte', 3);
    const before = list.reads();

    const found = index.namesOneEditFrom('je veux porter plainte pour le vol de mon velo', 3);

    expect(found).to.deep.equal([]);
    // a binary search or two and the long names: not the 2,000 names under "j"
    expect(list.reads() - before).to.be.below(200);
  });

  it('still finds a long name with a typo, or with a space more or less', () => {
    const index = new CommuneNameIndex(namedList(names.map(commune)));

    expect(index.namesOneEditFrom('saint remy en bouzemont saint genest et ison', 3))
      .to.deep.equal(['saint remy en bouzemont saint genest et isson']);
    expect(index.namesOneEditFrom('jouy le moutier sur oise es', 3))
      .to.deep.equal(['jouy le moutier sur oise est']);
    expect(index.namesOneEditFrom('jonchery sur vesle le ha ut', 3))
      .to.deep.equal(['jonchery sur vesle le haut']);
  });

  it('answers as a read of every name would, on the shipped table', () => {
    const directory = loadPostcodeDirectory();
    const all = readFileSync(fromRoot('geo', 'data', 'postcodes.tsv'), 'utf8').split('\n')
      .map((line) => line.split('\t')[2] ?? '').filter((name) => name !== '');
    const queries = ['saint germain en laye sur', 'je voudrais faire une pre plainte',
      'bourg en bresse ain france', 'saint martin de belleville savoie 73',
      'sainte marie aux mine', 'la chapelle saint laurent en', 'comment contacter la brigade'];

    for (const query of queries) {
      expect(directory.namesOneEditFrom(query, 3), query)
        .to.deep.equal(bruteForce(all, query, 3));
    }
  });

  it('reads the names of the typed first letter only, never the whole shipped table', () => {
    const names = readFileSync(fromRoot('geo', 'data', 'postcodes.tsv'), 'utf8').split('\n')
      .map((line) => line.split('\t')[2] ?? '').filter((name) => name !== '');
    const list = counted(namedList(names.map(commune)));
    const index = new CommuneNameIndex(list.entries);
    const underS = names.filter((name) => normalizeName(name).startsWith('s')).length;
    const built = list.reads();

    const found = index.namesOneEditFrom('saint etiene', 3);

    expect(found).to.deep.equal(['saint etienne']);
    // the names under "s" and a binary search's few reads, of a table ~8 times larger
    expect(list.reads() - built).to.be.below(underS + 100);
    expect(names.length).to.be.above(5 * underS);
  });
});
