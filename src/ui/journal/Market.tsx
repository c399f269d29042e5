/** Your market: the skills your ads ask for most, the ML/SWE split, role families, companies and months. */
import { byCompany, leanSplit, overTime, roleFamilies, skillDemand } from '../../journal/market';
import type { JournalEntry } from '../../journal/types';
import { Bars, Columns } from './Bars';

const LEAN_NAMES: Record<string, string> = { ml: 'ML', swe: 'SWE', hybrid: 'Hybrid', none: 'Neither' };

export function Market({ entries }: { entries: JournalEntry[] }) {
  if (!entries.length) return <p class="empty">No ads in your journal yet.</p>;
  const demand = skillDemand(entries, 15);
  const companies = byCompany(entries, 15);
  return (
    <div data-testid="market">
      <div class="charts">
        <section>
          <h2>Skills your ads ask for</h2>
          <p class="muted">Dark: required; light: nice to have or part of the role.</p>
          <Bars label="Skills by demand" bars={demand.map((d) => ({ label: d.name, value: d.required, rest: d.ads - d.required, title: `${d.name}: required in ${d.required}, nice to have in ${d.preferred}, in ${d.ads} ads` }))} />
        </section>
        <section>
          <h2>ML or software engineering</h2>
          <Bars label="Lean split" bars={leanSplit(entries).map((c) => ({ label: LEAN_NAMES[c.label] ?? c.label, value: c.count, tone: c.label === 'ml' ? 'bar-ml' : c.label === 'swe' ? 'bar-swe' : 'bar-opt' }))} />
          {roleFamilies(entries).length > 0 && (
            <>
              <h2>Role families</h2>
              <Bars label="Role families" bars={roleFamilies(entries).map((c) => ({ label: c.label, value: c.count }))} />
            </>
          )}
        </section>
        <section>
          <h2>Over time</h2>
          <p class="muted">Ads first read per month: ML, SWE, other.</p>
          <Columns label="Ads per month" columns={overTime(entries).map((p) => ({ label: p.period, ml: p.ml, swe: p.swe, other: p.ads - p.ml - p.swe }))} />
        </section>
      </div>
      {companies.length > 0 && (
        <section>
          <h2>By company</h2>
          <table>
            <thead>
              <tr>
                <th>Company</th>
                <th>Ads</th>
                <th>Lean (0 SWE – 1 ML)</th>
                <th>Asks most for</th>
              </tr>
            </thead>
            <tbody>
              {companies.map((c) => (
                <tr key={c.company}>
                  <td>{c.company}</td>
                  <td>{c.ads}</td>
                  <td>{c.ml.toFixed(2)}</td>
                  <td>{c.skills.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
