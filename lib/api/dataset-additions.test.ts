// The API answers for a sample of the dataset's additions at their dates: an AU suspension, UN Security Council terms,
// OPEC withdrawals, an accession to a newly added organization, a Pacific Islands Forum member dated by when it joined,
// GATT contracting parties and their passage to the WTO.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET } from '@/app/api/graph/route';

type Edge = { key: string; attributes: { status: string; start: string; end: string | null } };

const graphs = new Map<string, Promise<Edge[]>>();
function edgesAsOf(date: string): Promise<Edge[]> {
  let pending = graphs.get(date);
  if (!pending) {
    pending = GET(new NextRequest(`http://localhost/api/graph?asOf=${date}`)).then(async (response) => {
      expect(response.status).toBe(200);
      return ((await response.json()) as { edges: Edge[] }).edges;
    });
    graphs.set(date, pending);
  }
  return pending;
}

async function statusOf(key: string, date: string): Promise<string | undefined> {
  return (await edgesAsOf(date)).find((edge) => edge.key === key)?.attributes.status;
}

describe('GET /api/graph at the dates of dataset additions', () => {
  it('shows Madagascar suspended from the African Union in 2010 and back by 2015', async () => {
    expect(await statusOf('membership:MDG>au', '2010-06-01')).toBe('suspended');
    expect(await statusOf('membership:MDG>au', '2015-01-01')).not.toBe('suspended');
  });

  it("shows elected Security Council terms only while they run, Yemen's seat passing on unification", async () => {
    expect(await statusOf('membership:JPN>unsc', '1958-06-01')).toBe('member');
    expect(await statusOf('membership:JPN>unsc', '1961-06-01')).toBeUndefined();
    expect(await statusOf('membership:YAR>unsc', '1990-03-01')).toBe('member');
    expect(await statusOf('membership:YEM>unsc', '1990-03-01')).toBeUndefined();
    expect(await statusOf('membership:YEM>unsc', '1991-06-01')).toBe('member');
    expect(await statusOf('membership:GBR>unsc', '1961-06-01')).toBe('founder');
  });

  it('shows Qatar leaving OPEC in 2019 and Angola in 2024, and each leaving OPEC+ with it', async () => {
    expect(await statusOf('membership:QAT>opec', '2018-06-01')).toBe('member');
    expect(await statusOf('membership:QAT>opec', '2019-06-01')).toBe('withdrawn');
    expect(await statusOf('membership:QAT>opec-plus', '2019-06-01')).toBe('withdrawn');
    expect(await statusOf('membership:AGO>opec', '2023-06-01')).toBe('member');
    expect(await statusOf('membership:AGO>opec-plus', '2024-06-01')).toBe('withdrawn');
    expect(await statusOf('membership:RUS>opec-plus', '2016-06-01')).toBeUndefined();
    expect(await statusOf('membership:RUS>opec-plus', '2017-06-01')).toBe('founder');
  });

  it('shows GATT contracting parties from their dates and handing over to the WTO on 1 January 1995', async () => {
    // The United States, an original contracting party, from 1948 to the WTO's first day, then an original WTO member.
    expect(await statusOf('membership:USA>gatt', '1948-06-01')).toBe('founder');
    expect(await statusOf('membership:USA>gatt', '1994-12-31')).toBe('founder');
    expect(await statusOf('membership:USA>gatt', '1995-01-01')).toBeUndefined();
    expect(await statusOf('membership:USA>wto', '1995-01-01')).toBe('founder');
    // Later accessions: Japan (10 September 1955) and Mexico (24 August 1986).
    expect(await statusOf('membership:JPN>gatt', '1955-09-09')).toBeUndefined();
    expect(await statusOf('membership:JPN>gatt', '1955-09-10')).toBe('member');
    expect(await statusOf('membership:MEX>gatt', '1986-06-01')).toBeUndefined();
    expect(await statusOf('membership:MEX>gatt', '1986-09-01')).toBe('member');
    // The Republic of the Congo: a contracting party in 1994, a WTO member only once its ratification took effect in 1997.
    expect(await statusOf('membership:COG>gatt', '1994-06-01')).toBe('member');
    expect(await statusOf('membership:COG>wto', '1996-06-01')).toBeUndefined();
    expect(await statusOf('membership:COG>wto', '1997-06-01')).toBe('member');
  });

  it('shows Somalia in the East African Community from March 2024 and Papua New Guinea in the Pacific Islands Forum in 1980', async () => {
    expect(await statusOf('membership:SOM>eac', '2023-06-01')).toBeUndefined();
    expect(await statusOf('membership:SOM>eac', '2024-06-01')).toBe('member');
    expect(await statusOf('membership:PNG>pif', '1980-01-01')).toBe('member');
  });
});
