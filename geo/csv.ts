/**
 * A small reader for ';'-separated open data files: quoted fields may hold the separator,
 * line breaks and doubled quotes. Returns each record with the line it starts on.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function readDelimited(text: string, separator = ';'): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const source = text.replace(/^\uFEFF/, '');

  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') {
      records.push({ line: startLine, fields });
    }
    fields = [];
    field = '';
    startLine = line;
  };

  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        line += char === '\n' ? 1 : 0;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\n') {
      line += 1;
      endRecord();
    } else if (char !== '\r') {
      field += char;
    }
  }

  if (quoted) {
    throw new Error(`line ${startLine}: a quoted field is never closed`);
  }
  endRecord();
  return records;
}
