// The API answers for a sample of the dataset's additions at their dates: an AU suspension, UN Security Council terms,
// OPEC withdrawals, an accession to a newly added organization, a Pacific Islands Forum member dated by when it joined.
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

  it('shows Somalia in the East African Community from March 2024 and Papua New Guinea in the Pacific Islands Forum in 1980', async () => {
    expect(await statusOf('membership:SOM>eac', '2023-06-01')).toBeUndefined();
    expect(await statusOf('membership:SOM>eac', '2024-06-01')).toBe('member');
    expect(await statusOf('membership:PNG>pif', '1980-01-01')).toBe('member');
  });
});
