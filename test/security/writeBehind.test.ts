import { expect } from 'chai';
import { MemoryCollection } from '../../directline/memoryCollection';
import { WriteBehindCollection } from '../../security/writeBehind';
import type { Collection, Filter, FindOptions, StoredDocument } from '../../storage/types';
import { DuplicateKeyError } from '../../storage/types';

interface Line extends StoredDocument {
  conversationId: string;
  seq: number;
}

/** An inner store whose writes fail while `down` is true. */
class Flaky implements Collection<Line> {
  down = false;
  readonly stored = new MemoryCollection<Line>({ name: 'lines' });

  insert(doc: Line): Promise<void> { return this.guard(() => this.stored.insert(doc)); }
  get(id: string): Promise<Line | undefined> { return this.stored.get(id); }
  find(filter: Filter, options?: FindOptions): Promise<Line[]> {
    return this.stored.find(filter, options);
  }
  count(filter: Filter): Promise<number> { return this.stored.count(filter); }
  update(id: string, changes: Partial<Line>, when?: Filter): Promise<Line | undefined> {
    return this.guard(() => this.stored.update(id, changes, when));
  }
  put(doc: Line): Promise<void> { return this.guard(() => this.stored.put(doc)); }
  delete(id: string): Promise<boolean> { return this.guard(() => this.stored.delete(id)); }
  deleteMany(filter: Filter): Promise<number> {
    return this.guard(() => this.stored.deleteMany(filter));
  }

  private async guard<R>(write: () => Promise<R>): Promise<R> {
    if (this.down) {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    }
    return write();
  }
}

const line = (id: string, seq: number): Line => ({ id, conversationId: 'c', seq });
const BY_SEQ: FindOptions = { sort: [{ field: 'seq', direction: 1 }] };

describe('write-behind collection (conversations survive a store that refuses writes)', () => {
  let inner: Flaky;
  let kept: WriteBehindCollection<Line>;

  beforeEach(async () => {
    inner = new Flaky();
    kept = new WriteBehindCollection(inner, { name: 'lines' });
    await kept.insert(line('a', 1));
    inner.down = true;
  });

  it('keeps writes in memory and reads them back merged with the store, in order', async () => {
    await kept.insert(line('c', 3));
    await kept.insert(line('b', 2));

    const all = await kept.find({ conversationId: 'c' }, BY_SEQ);

    expect(all.map((doc) => doc.id)).to.deep.equal(['a', 'b', 'c']);
    expect(kept.waiting).to.equal(2);
    expect(await inner.stored.count({})).to.equal(1);
  });

  it('keeps compare-and-set and duplicate keys honest in memory', async () => {
    const moved = await kept.update('a', { seq: 10 }, { seq: 1 });
    const stale = await kept.update('a', { seq: 20 }, { seq: 1 });
    const duplicate = await kept.insert(line('a', 5)).then(() => 'inserted', (error) => error);

    expect(moved?.seq).to.equal(10);
    expect(stale).to.equal(undefined);
    expect(duplicate).to.be.instanceOf(DuplicateKeyError);
  });

  it('remembers deletions until the store takes them', async () => {
    await kept.delete('a');

    const whileDown = await kept.get('a');
    inner.down = false;
    await kept.flush();

    expect(whileDown).to.equal(undefined);
    expect(await inner.stored.get('a')).to.equal(undefined);
    expect(kept.waiting).to.equal(0);
  });

  it('writes everything back once the store answers, then reads from the store again',
    async () => {
      await kept.insert(line('b', 2));
      await kept.update('a', { seq: 7 });

      inner.down = false;
      await kept.flush();

      expect(kept.waiting).to.equal(0);
      expect((await inner.stored.find({}, BY_SEQ)).map((doc) => [doc.id, doc.seq]))
        .to.deep.equal([['b', 2], ['a', 7]]);
    });

  it('stays in memory when the store still refuses, and tries again later', async () => {
    await kept.insert(line('b', 2));

    await kept.flush();

    expect(kept.waiting).to.equal(1);
    expect(await kept.get('b')).to.deep.equal(line('b', 2));
  });

  it('passes on refusals that are the request\'s own fault', async () => {
    inner.down = false;

    const refused = await kept.insert(line('a', 9)).then(() => 'inserted', (error) => error);

    expect(refused).to.be.instanceOf(DuplicateKeyError);
    expect(kept.waiting).to.equal(0);
  });
});
