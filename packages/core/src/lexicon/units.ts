/**
 * Units of measurement, each with its dimension and how to reach the dimension's base unit, so that
 * "a 210-metre ship" and "a 690-foot vessel" compare, and "80 miles" never equals "80 kilometres".
 * General vocabulary; money and time have their own tables (nouns.ts).
 */

export type Dimension = 'length' | 'mass' | 'temperature' | 'speed' | 'area' | 'volume';

export interface UnitDef {
  /** Canonical name of the unit as written ("mile", "kilometre"). */
  name: string;
  dimension: Dimension;
  /** base = value * factor + offset. */
  factor: number;
  offset?: number;
}

/** The base unit each dimension is compared in, as printed for an editor. */
export const BASE_UNITS: Readonly<Record<Dimension, string>> = {
  length: 'km', mass: 'kg', temperature: '°C', speed: 'km/h', area: 'km²', volume: 'litres',
};

const KM = 1;
const def = (name: string, dimension: Dimension, factor: number, offset?: number): UnitDef => (offset === undefined ? { name, dimension, factor } : { name, dimension, factor, offset });

const LENGTH: [string[], UnitDef][] = [
  [['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], def('kilometre', 'length', KM)],
  [['m', 'metre', 'metres', 'meter', 'meters'], def('metre', 'length', KM / 1000)],
  [['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'], def('centimetre', 'length', KM / 100_000)],
  [['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], def('millimetre', 'length', KM / 1_000_000)],
  [['mile', 'miles'], def('mile', 'length', 1.609344)],
  [['nautical mile', 'nautical miles', 'nm'], def('nautical mile', 'length', 1.852)],
  [['ft', 'foot', 'feet'], def('foot', 'length', 0.0003048)],
  [['yard', 'yards', 'yd', 'yds'], def('yard', 'length', 0.0009144)],
  [['inch', 'inches'], def('inch', 'length', 0.0000254)],
];
const MASS: [string[], UnitDef][] = [
  [['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos'], def('kilogram', 'mass', 1)],
  [['g', 'gram', 'grams', 'gramme', 'grammes'], def('gram', 'mass', 0.001)],
  [['tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes', 't'], def('tonne', 'mass', 1000)],
  // A bare "ton" is the short ton in US copy and the long ton in British; both sit within 10% of a tonne.
  [['ton', 'tons'], def('ton', 'mass', 1000)],
  [['lb', 'lbs'], def('pound', 'mass', 0.45359237)],
  [['ounce', 'ounces', 'oz'], def('ounce', 'mass', 0.028349523)],
];
const TEMPERATURE: [string[], UnitDef][] = [
  [['°c', '° c', 'degrees celsius', 'degree celsius', 'celsius', 'degrees centigrade', 'c'], def('degree Celsius', 'temperature', 1)],
  [['°f', '° f', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'f'], def('degree Fahrenheit', 'temperature', 5 / 9, -32 * (5 / 9))],
];
const SPEED: [string[], UnitDef][] = [
  [['km/h', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'], def('km/h', 'speed', 1)],
  [['mph', 'miles per hour', 'miles an hour'], def('mph', 'speed', 1.609344)],
  [['knot', 'knots'], def('knot', 'speed', 1.852)],
  [['m/s', 'metres per second', 'meters per second'], def('m/s', 'speed', 3.6)],
];
const AREA: [string[], UnitDef][] = [
  [['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq km', 'km2', 'km²'], def('square kilometre', 'area', 1)],
  [['square miles', 'square mile', 'sq mi', 'sq miles'], def('square mile', 'area', 2.589988)],
  [['hectare', 'hectares', 'ha'], def('hectare', 'area', 0.01)],
  [['acre', 'acres'], def('acre', 'area', 0.0040468564)],
  [['square metres', 'square meters', 'square metre', 'square meter', 'sq m', 'm2', 'm²'], def('square metre', 'area', 0.000001)],
];
const VOLUME: [string[], UnitDef][] = [
  [['litre', 'litres', 'liter', 'liters', 'l'], def('litre', 'volume', 1)],
  [['gallon', 'gallons'], def('gallon', 'volume', 3.785411784)],
  [['barrel', 'barrels'], def('barrel', 'volume', 158.987295)],
  [['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'm3', 'm³'], def('cubic metre', 'volume', 1000)],
];

/** Written forms → unit, lower-case, with spaces between words as tokens come. */
export const UNIT_FORMS: ReadonlyMap<string, UnitDef> = new Map(
  [...LENGTH, ...MASS, ...TEMPERATURE, ...SPEED, ...AREA, ...VOLUME].flatMap(([forms, unit]) => forms.map((f) => [f, unit] as const)),
);

/** Forms too ambiguous to read as a unit on their own, after a bare number: "5 m" may be million, "3 c" anything. */
export const GLUED_ONLY: ReadonlySet<string> = new Set(['m', 'g', 't', 'l', 'c', 'f', 'ha', 'nm']);

/** Words after a distance that say what it is measured along: "80 miles north", "300 metres off the bow". */
export const DIRECTIONS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'northeast', 'offshore', 'inland', 'off', 'away', 'from', 'deep', 'high', 'long', 'wide', 'tall', 'below', 'above', 'beneath', 'underground', 'upstream', 'downstream',
]);

/** A value in the base unit of its dimension. */
export function toBase(value: number, unit: UnitDef): number {
  return value * unit.factor + (unit.offset ?? 0);
}
