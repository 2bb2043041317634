// The names issue #9 lists as what people type, each with the node search must list first: shared by the search unit
// test and the end-to-end search journey.
export const TYPED_NAMES: readonly (readonly [term: string, key: string])[] = [
  ['USSR', 'SUN'],
  ['Soviet Union', 'SUN'],
  ['Warsaw Pact', 'warsaw-pact'],
  ['Turkey', 'TUR'],
  ['Britain', 'GBR'],
  ['Great Britain', 'GBR'],
  ['UK', 'GBR'],
  ['Czech Republic', 'CZE'],
  ['DPRK', 'PRK'],
  ['North Korea', 'PRK'],
  ['GDR', 'DDR'],
  ['East Germany', 'DDR'],
  ['West Germany', 'DEU'],
  ['Burma', 'MMR'],
  ['Swaziland', 'SWZ'],
  ['Ivory Coast', 'CIV'],
  ['Macedonia', 'MKD'],
  ['Holland', 'NLD'],
];
