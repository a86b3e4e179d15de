/** Two word lists whose pairs name up to 1,024 distinct synthetic companies before a number is appended. */
const FIRST = [
  'Amber', 'Birch', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor',
  'Indigo', 'Juniper', 'Kestrel', 'Lumen', 'Maple', 'Nimbus', 'Onyx', 'Pioneer',
  'Quarry', 'Raven', 'Summit', 'Tundra', 'Umber', 'Vantage', 'Willow', 'Xenon',
  'Yarrow', 'Zephyr', 'Atlas', 'Beacon', 'Cedar', 'Dune', 'Echo', 'Fjord',
] as const;
const SECOND = [
  'Networks', 'Holdings', 'Systems', 'Industries', 'Energy', 'Textiles', 'Foods', 'Logistics',
  'Media', 'Software', 'Minerals', 'Pharmaceuticals', 'Capital', 'Instruments', 'Retail', 'Telecom',
  'Airways', 'Chemicals', 'Devices', 'Materials', 'Optics', 'Motors', 'Semiconductor', 'Brands',
  'Realty', 'Shipping', 'Biotech', 'Paper', 'Steel', 'Outfitters', 'Robotics', 'Utilities',
] as const;

/** A distinct two-word company name for every index (a number is added past 1,024). */
export function companyName(index: number): string {
  const first = FIRST[index % FIRST.length]!;
  const second = SECOND[Math.floor(index / FIRST.length) % SECOND.length]!;
  const round = Math.floor(index / (FIRST.length * SECOND.length));
  return round === 0 ? `${first} ${second}` : `${first} ${second} ${round + 1}`;
}

/** A lower-case, hyphenated file-name form of a name ("Amber Networks" -> "amber-networks"). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
