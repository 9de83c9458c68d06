import { expect } from 'chai';
import { sampleContent } from '../records/fixtures';
import { item, openFile, RecordsConsole } from './recordsConsole';

const POINTE_A_PITRE = { inseeCode: '97120', name: 'Pointe-à-Pitre', postcode: '97110' };

describe('agent console: the facts\' times in the record\'s zone, in a UTC browser',
  function () {
    this.timeout(60_000);
    const fx = RecordsConsole.use();

    beforeEach(async () => {
      // the gendarme's browser runs on UTC: what it shows must not depend on it
      await fx.context.close();
      fx.context = await fx.browser.newContext({ timezoneId: 'UTC' });
    });

    it('shows 23:00 said in Guadeloupe as 23:00, "heure de Guadeloupe"', async () => {
      const sample = sampleContent({ commune: POINTE_A_PITRE });
      const record = await fx.preComplaints.submit({ ...sample, facts: { ...sample.facts,
        from: '2026-12-04T03:00:00.000Z', to: '2026-12-04T03:00:00.000Z',
        dateAsSaid: 'hier vers 23h', timeZone: 'America/Guadeloupe' } }, 'webchat');
      const { page, errors } = await fx.openRecords();

      const row = item(page, record.id);
      await row.waitFor();
      expect(await row.textContent())
        .to.include('faits 03/12/2026 23:00 (heure de Guadeloupe)');

      await openFile(page, record.id);
      expect(await page.locator('#record-body').textContent())
        .to.include('03/12/2026 23:00 (heure de Guadeloupe) (à l\'heure près)')
        .and.to.include('hier vers 23h');
      expect(errors).to.deep.equal([]);
    });

    it('shows 23:00 said in Paris as 23:00, and a record without a zone as Paris', async () => {
      const sample = sampleContent();
      const paris = await fx.preComplaints.submit({ ...sample, facts: { ...sample.facts,
        from: '2026-12-04T22:00:00.000Z', to: '2026-12-04T22:00:00.000Z',
        timeZone: 'Europe/Paris' } }, 'webchat');
      const older = await fx.preComplaints.submit(sample, 'webchat');
      const { page, errors } = await fx.openRecords();

      await item(page, paris.id).waitFor();
      expect(await item(page, paris.id).textContent()).to.include('faits 04/12/2026 23:00')
        .and.not.to.include('heure de');
      // 2026-03-10T21:00Z is 22:00 in Paris (winter), 21:00 in this browser
      expect(await item(page, older.id).textContent()).to.include('faits 10/03/2026 22:00');

      await openFile(page, older.id);
      expect(await page.locator('#record-body').textContent())
        .to.include('10/03/2026 22:00 (à l\'heure près)');
      expect(errors).to.deep.equal([]);
    });
  });
