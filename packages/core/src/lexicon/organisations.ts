/** Legal-form suffixes and their canonical form: "Ltd", "Ltd." and "Limited" are one form; "Corporation" another. */
export const LEGAL_SUFFIXES: Readonly<Record<string, string>> = {
  ltd: 'limited', limited: 'limited', inc: 'incorporated', incorporated: 'incorporated', corp: 'corporation',
  corporation: 'corporation', co: 'company', company: 'company', llc: 'llc', plc: 'plc', llp: 'llp', gmbh: 'gmbh',
  ag: 'ag', sa: 'sa', sas: 'sas', nv: 'nv', bv: 'bv', spa: 'spa', pty: 'pty', kk: 'kk', oy: 'oy', ab: 'ab',
};

/** Head nouns that make a capitalised name an organisation rather than a person. */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `system team teams force forces corps fund funds programme program initiative trust foundation mechanism facility commission committee centre center ministry department office agency service services council parliament
  embassy consulate government bank university college institute institution association union board bureau
  foundation organisation organization force forces army navy police court tribunal party commons senate
  congress assembly authority authorities administration group company corporation ltd limited inc corp plc llc
  holdings partners partnership trust fund society club federation league network alliance coalition front
  secretariat directorate inspectorate regulator cabinet executive judiciary school hospital airline airways
  railway railways press times post news agency's unit squad brigade division command
  exchange market laboratory laboratories labs systems technologies technology solutions industries airport port
  energy power utilities oil gas petroleum motors automotive airlines pharma pharmaceuticals foods telecom
  telecoms communications media capital ventures resources mining metals steel electric electricity chemicals
  logistics shipping insurance financial securities investments properties construction engineering
  semiconductors software networks studios records brewery breweries appliances electronics devices instruments
  aerospace aviation robotics biotech therapeutics brands retail stores supermarkets beverages brewing dairies
  hotels resorts restaurants cinemas entertainment publishing broadcasting radio television tv
  fc afc cf united rovers wanderers athletic albion banco banca banque bancorp`.split(/\s+/),
);

/** Head nouns of named locations that are not countries: "Harbour Street", "Lakeshore Station". */
export const LOCATION_HEADS: ReadonlySet<string> = new Set(
  `street road avenue lane square bridge station terminal airport harbour harbor river lake mount mountain bay
  island islands valley park district county province region state city town village quay pier beach coast
  corridor highway motorway`.split(/\s+/),
);

/** Words that join the parts of one organisation's name ("Ministry of Foreign Affairs", "Science and Technology"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'for', '&', 'the', 'de', 'du', 'von', 'van', 'der', 'la', 'le', 'al', 'bin', 'ibn']);

/**
 * Bodies that speak for themselves, as a newsroom names them in common words ("the embassy", "police",
 * "prosecutors"), each with its class: two words of one class may be the same body ("police", "officers"),
 * two classes never are. Words that could stand for almost anyone ("officials", "the government") are absent.
 */
export const SPEAKER_BODIES: ReadonlyMap<string, string> = new Map(
  `embassy:embassy embassies:embassy consulate:embassy
  ministry:ministry ministries:ministry department:ministry
  police:police officers:police detectives:police constabulary:police sheriff:police
  prosecutors:prosecution prosecutor:prosecution prosecution:prosecution
  court:court judge:court tribunal:court magistrate:court
  army:military military:military navy:military troops:military
  firefighters:fire firefighter:fire
  hospital:hospital doctors:hospital paramedics:hospital
  coroner:coroner union:union regulator:regulator watchdog:regulator
  parliament:parliament lawmakers:parliament legislators:parliament
  airline:company company:company companies:company firm:company firms:company operator:company manufacturer:company
  brigade:fire coastguard:coastguard
  school:school university:school council:council`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Bodies named in two words whose head alone says too little ("the fire service", "the weather service"): the
 * phrase gives the class. "fire department" is the fire service, not a ministry.
 */
export const SPEAKER_BODY_PHRASES: ReadonlyMap<string, string> = new Map(
  `fire service:fire, fire brigade:fire, fire department:fire, fire authority:fire, rescue service:fire,
  ambulance service:ambulance, weather service:weather, meteorological service:weather, met office:weather,
  weather bureau:weather, meteorological office:weather, meteorological agency:weather, meteorological institute:weather,
  coast guard:coastguard, police service:police, police department:police, health department:health,
  health service:health, health authority:health`
    .split(/,\s*/)
    .map((pair) => pair.trim().split(':') as [string, string]),
);

/** Words of a sports report: beside them "Harwell City" is a club, elsewhere a city. */
export const SPORT_WORDS: ReadonlySet<string> = new Set(
  `match matches season league club clubs striker goalkeeper midfielder defender coach manager fans stadium cup
  fixture derby goal goals penalty kick-off kickoff transfer signed draw drew beat relegation promotion`.split(/\s+/),
);
