import { expect } from 'chai';
import { decode, encode } from '../../storage/embedded/codec';

describe('embedded store journal codec', () => {
  it('reads back Dates at any depth, in objects and arrays', () => {
    const doc = { id: 'a', at: new Date(5), list: [new Date(6), { when: new Date(7) }] };

    const read = decode(encode(doc));

    expect(read).to.deep.equal(doc);
    expect(Reflect.get(Object(read), 'at')).to.be.instanceOf(Date);
  });

  it('reads a document without dates as plain JSON', () => {
    expect(decode('{"id":"b","n":[1,2],"s":"x"}')).to.deep.equal({ id: 'b', n: [1, 2], s: 'x' });
  });

  it('takes only an object with the lone numeric tag for a Date', () => {
    const read = decode('{"a":{"$date":1,"b":2},"c":{"$date":"x"},"d":"{\\"$date\\":3}"}');

    expect(read).to.deep.equal({ a: { $date: 1, b: 2 }, c: { $date: 'x' }, d: '{"$date":3}' });
  });

  it('reads a tag whose key is written with an escape', () => {
    expect(decode('{"at":{"\\u0024date":8}}')).to.deep.equal({ at: new Date(8) });
  });

  it('keeps a "__proto__" key a plain property, as JSON.parse does', () => {
    const read = decode('{"__proto__":{"$date":9}}');

    expect(Object.getPrototypeOf(read)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(read, '__proto__')?.value).to.deep.equal(new Date(9));
  });

  it('writes every shape as the replacer would: Dates tagged, toJSON, undefined and __proto__',
    () => {
      const withJson = { toJSON: () => ({ at: new Date(3) }) };
      const proto = JSON.parse('{"__proto__":{"x":1}}');
      Object.assign(proto, { at: new Date(4) });
      const docs: unknown[] = [
        { id: 'a', n: 1, s: 'x', nested: { list: [1, 'deux', null] } },
        { id: 'b', at: new Date(5), gone: undefined, list: [undefined, new Date(6)] },
        { id: 'c', deep: { deeper: [{ when: new Date(7) }], after: 'y' }, before: 1 },
        { id: 'd', custom: withJson, bad: new Date(Number.NaN) },
        proto, new Date(8), [new Date(9)], 'texte', 12, null,
      ];
      const replaced = (value: unknown): string => JSON.stringify(value,
        function tag(this: Record<string, unknown>, key: string, raw: unknown) {
          const own = this[key];
          return own instanceof Date ? { $date: own.getTime() } : raw;
        });

      for (const doc of docs) {
        expect(encode(doc)).to.equal(replaced(doc));
      }
    });

  it('leaves the document it writes as it was', () => {
    const doc = { id: 'a', at: new Date(5), list: [new Date(6)] };

    encode(doc);

    expect(doc.at).to.be.instanceOf(Date);
    expect(doc.list[0]).to.be.instanceOf(Date);
  });

  it('refuses a document that holds itself, as JSON does', () => {
    const doc: Record<string, unknown> = { id: 'a' };
    doc.self = doc;

    expect(() => encode(doc)).to.throw(TypeError);
  });

  it('throws on a line that is not JSON', () => {
    expect(() => decode('{"id":')).to.throw(SyntaxError);
  });
});
