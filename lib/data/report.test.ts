import { describe, expect, it } from 'vitest';
import { smallDataset } from './dataset.fixtures';
import { coverageReport, isPrimarySource } from './report';

describe('coverageReport', () => {
  it('counts nodes, ties, memberships and decades on the fixture', () => {
    const report = coverageReport(smallDataset(), '2026-01-01');
    expect(report.nodes).toEqual({ 'state (today)': 3, 'state (historical)': 0, organization: 1 });
    expect(report.ties).toEqual({ membership: 2, conflict: 1 });
    expect(report.subtypes).toEqual({ 'conflict/border-clash': 1 });
    expect(report.memberships).toEqual({ pact: { rows: 2, current: 2, members: 1, strained: 1, associates: 0, former: 0 } }); // the suspended member still counts
    expect(report.tiesByDecade).toEqual({ '1990s': 2, '2020s': 1 });
    expect(report.periods).toBe(7);
  });
  it('lists suspensions per organization and the primary-source share of hand-curated ties per kind', () => {
    const dataset = smallDataset();
    const origins = dataset.ties.map((tie, index) => ({ file: tie.kind === 'conflict' ? 'ties/ucdp-conflicts.json' : 'ties/memberships.json', index }));
    const report = coverageReport(dataset, '2026-01-01', origins);
    expect(report.suspensions).toEqual({ pact: [{ state: 'BBB', start: '2012-06-28', end: null }] });
    // The fixture's source is not primary; the generated conflict is left out of the hand-curated count.
    expect(report.primaryByKind).toEqual({ membership: { ties: 2, withPrimary: 0, share: 0 } });
    expect(report.lackingPrimary).toEqual(['membership:AAA>pact (ties/memberships.json)', 'membership:BBB>pact (ties/memberships.json)']);
  });
  it('recognises primary publishers and hosts', () => {
    expect(isPrimarySource({ title: 't', publisher: 'North Atlantic Treaty Organization', url: 'https://www.nato.int/x', date: '2024' })).toBe(true);
    expect(isPrimarySource({ title: 't', publisher: 'Some Blog', url: 'https://blog.example.com', date: '2024' })).toBe(false);
    expect(isPrimarySource({ title: 't', publisher: 'GOV.UK', url: 'https://gov.uk/government/news/x', date: '2024' })).toBe(true);
    expect(isPrimarySource({ title: 't', publisher: 'Ministère des Armées', url: 'https://www.defense.gouv.fr/x', date: '2024' })).toBe(true);
    // A mirror or a news report of an official document is not primary, whoever wrote the document.
    expect(isPrimarySource({ title: 't', publisher: 'U.S. Department of State (via vdocument.in)', url: 'https://vdocument.in/x', date: '1960' })).toBe(false);
    expect(isPrimarySource({ title: 't', publisher: 'Public Radio of Armenia (citing the CSTO Secretariat)', url: 'https://en.armradio.am/x', date: '2024' })).toBe(false);
    // An archived snapshot of an official page counts as that page; a snapshot of anything else does not.
    expect(isPrimarySource({ title: 't', publisher: 'Ministry of Foreign Affairs of Cyprus (Internet Archive copy)', url: 'https://web.archive.org/web/20160303222630/http:/www.mfa.gov.cy/x', date: '2016' })).toBe(true);
    expect(isPrimarySource({ title: 't', publisher: 'United Nations (Internet Archive copy)', url: 'https://web.archive.org/web/2016/https://blog.example.com/x', date: '2016' })).toBe(false);
    // The BRICS has no secretariat: the chair's site (Brazil, 2025) is its own; the IAEA circulates states' communications.
    expect(isPrimarySource({ title: 't', publisher: 'BRICS Brasil 2025 (Brazilian BRICS presidency)', url: 'https://brics.br/en/about-the-brics', date: '2025' })).toBe(true);
    expect(isPrimarySource({ title: 't', publisher: 'International Atomic Energy Agency', url: 'https://iaea.org/publications/documents/infcircs/x', date: '2021' })).toBe(true);
    expect(isPrimarySource({ title: 't', publisher: 'Some Blog', url: 'https://brics.brasil-blog.example.com/x', date: '2025' })).toBe(false);
    // The International Energy Agency is an intergovernmental organization: its own site counts.
    expect(isPrimarySource({ title: 't', publisher: 'International Energy Agency (IEA)', url: 'https://origin.iea.org/reports/x', date: '2022' })).toBe(true);
    // Regulators, statistics offices and parliaments (a senate too) publish primary records; a news agency quoting them does not.
    expect(isPrimarySource({ title: 't', publisher: 'Energie-Control Austria (E-Control), the Austrian energy regulator', url: 'https://e-control.at/presse/x', date: '2024' })).toBe(true);
    expect(isPrimarySource({ title: 't', publisher: 'Sénat (French Senate, Parliament of the French Republic)', url: 'https://senat.fr/questions/x', date: '2024' })).toBe(true);
    expect(isPrimarySource({ title: 't', publisher: 'HDL Financial Services (citing the regulator E-Control)', url: 'https://hdl.example.com/x', date: '2022' })).toBe(false);
    // A host merely containing "gov" or "mil" in a word is not a government host.
    expect(isPrimarySource({ title: 't', publisher: 'Some Blog', url: 'https://governance-blog.example.com/x', date: '2024' })).toBe(false);
  });
});
