/**
 * Countries with the other names a newsroom uses for them or their governments: short forms,
 * abbreviations, the capital (as metonym for the government) and the demonym.
 * One row: canonical key | names (incl. abbreviations) | capitals | demonyms.
 */
const ROWS = `
united kingdom|United Kingdom,UK,U.K.,Britain,Great Britain,England,Scotland,Wales|London,Westminster,Whitehall,Downing Street|British,English,Scottish,Welsh,Briton,Britons
united states|United States,United States of America,US,U.S.,USA,U.S.A.,America|Washington,White House|American,Americans
china|China,People's Republic of China,PRC,Mainland China|Beijing|Chinese
russia|Russia,Russian Federation|Moscow,Kremlin|Russian,Russians
france|France,French Republic|Paris,Elysee,Élysée|French
germany|Germany|Berlin|German,Germans
italy|Italy|Rome|Italian,Italians
spain|Spain|Madrid|Spanish,Spaniard,Spaniards
portugal|Portugal|Lisbon|Portuguese
netherlands|Netherlands,Holland|Amsterdam,The Hague|Dutch
belgium|Belgium|Brussels|Belgian,Belgians
switzerland|Switzerland|Bern,Berne|Swiss
austria|Austria|Vienna|Austrian,Austrians
ireland|Ireland,Republic of Ireland|Dublin|Irish
sweden|Sweden|Stockholm|Swedish,Swede,Swedes
norway|Norway|Oslo|Norwegian,Norwegians
denmark|Denmark|Copenhagen|Danish,Dane,Danes
finland|Finland|Helsinki|Finnish,Finn,Finns
iceland|Iceland|Reykjavik|Icelandic
poland|Poland|Warsaw|Polish,Pole,Poles
czechia|Czech Republic,Czechia|Prague|Czech,Czechs
slovakia|Slovakia|Bratislava|Slovak,Slovaks
hungary|Hungary|Budapest|Hungarian,Hungarians
romania|Romania|Bucharest|Romanian,Romanians
bulgaria|Bulgaria|Sofia|Bulgarian,Bulgarians
greece|Greece|Athens|Greek,Greeks
turkey|Turkey,Türkiye|Ankara|Turkish,Turk,Turks
ukraine|Ukraine|Kyiv,Kiev|Ukrainian,Ukrainians
belarus|Belarus|Minsk|Belarusian,Belarusians
serbia|Serbia|Belgrade|Serbian,Serb,Serbs
croatia|Croatia|Zagreb|Croatian,Croat,Croats
estonia|Estonia|Tallinn|Estonian,Estonians
latvia|Latvia|Riga|Latvian,Latvians
lithuania|Lithuania|Vilnius|Lithuanian,Lithuanians
moldova|Moldova|Chisinau|Moldovan,Moldovans
georgia|Georgia|Tbilisi|Georgian,Georgians
armenia|Armenia|Yerevan|Armenian,Armenians
azerbaijan|Azerbaijan|Baku|Azerbaijani,Azerbaijanis
kazakhstan|Kazakhstan|Astana|Kazakh,Kazakhs
canada|Canada|Ottawa|Canadian,Canadians
mexico|Mexico|Mexico City|Mexican,Mexicans
brazil|Brazil|Brasilia,Brasília|Brazilian,Brazilians
argentina|Argentina|Buenos Aires|Argentine,Argentinian,Argentinians
chile|Chile|Santiago|Chilean,Chileans
colombia|Colombia|Bogota,Bogotá|Colombian,Colombians
peru|Peru|Lima|Peruvian,Peruvians
venezuela|Venezuela|Caracas|Venezuelan,Venezuelans
cuba|Cuba|Havana|Cuban,Cubans
japan|Japan|Tokyo|Japanese
south korea|South Korea,Republic of Korea,ROK|Seoul|South Korean,South Koreans
north korea|North Korea,DPRK|Pyongyang|North Korean,North Koreans
taiwan|Taiwan|Taipei|Taiwanese
hong kong|Hong Kong||Hongkonger,Hongkongers
india|India|New Delhi,Delhi|Indian,Indians
pakistan|Pakistan|Islamabad|Pakistani,Pakistanis
bangladesh|Bangladesh|Dhaka|Bangladeshi,Bangladeshis
afghanistan|Afghanistan|Kabul|Afghan,Afghans
iran|Iran|Tehran|Iranian,Iranians
iraq|Iraq|Baghdad|Iraqi,Iraqis
syria|Syria|Damascus|Syrian,Syrians
israel|Israel|Jerusalem,Tel Aviv|Israeli,Israelis
palestine|Palestine,Palestinian Territories,Gaza,West Bank|Ramallah|Palestinian,Palestinians
lebanon|Lebanon|Beirut|Lebanese
jordan|Jordan|Amman|Jordanian,Jordanians
saudi arabia|Saudi Arabia|Riyadh|Saudi,Saudis
united arab emirates|United Arab Emirates,UAE|Abu Dhabi|Emirati,Emiratis
qatar|Qatar|Doha|Qatari,Qataris
yemen|Yemen|Sanaa|Yemeni,Yemenis
egypt|Egypt|Cairo|Egyptian,Egyptians
libya|Libya|Tripoli|Libyan,Libyans
tunisia|Tunisia|Tunis|Tunisian,Tunisians
algeria|Algeria|Algiers|Algerian,Algerians
morocco|Morocco|Rabat|Moroccan,Moroccans
nigeria|Nigeria|Abuja|Nigerian,Nigerians
ghana|Ghana|Accra|Ghanaian,Ghanaians
kenya|Kenya|Nairobi|Kenyan,Kenyans
ethiopia|Ethiopia|Addis Ababa|Ethiopian,Ethiopians
sudan|Sudan|Khartoum|Sudanese
somalia|Somalia|Mogadishu|Somali,Somalis
south africa|South Africa|Pretoria,Cape Town|South African,South Africans
zimbabwe|Zimbabwe|Harare|Zimbabwean,Zimbabweans
australia|Australia|Canberra|Australian,Australians
new zealand|New Zealand|Wellington|New Zealander,New Zealanders
indonesia|Indonesia|Jakarta|Indonesian,Indonesians
malaysia|Malaysia|Kuala Lumpur|Malaysian,Malaysians
singapore|Singapore||Singaporean,Singaporeans
thailand|Thailand|Bangkok|Thai
vietnam|Vietnam,Viet Nam|Hanoi|Vietnamese
philippines|Philippines|Manila|Filipino,Filipinos,Philippine
myanmar|Myanmar,Burma|Naypyidaw|Burmese
european union|European Union,EU,E.U.||
`;

/**
 * First-level regions of federal countries that wire copy names without their country ("Florida",
 * "Ontario"): places, never people or organisations. Keyed country/region, so that two regions never meet.
 * "Georgia" stays the country above; the state shares its spelling and reads as a place either way.
 */
const REGIONS: Readonly<Record<string, string>> = {
  'united states': `Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,Idaho,Illinois,
    Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,
    Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York State,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,
    Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington State,
    West Virginia,Wisconsin,Wyoming,Puerto Rico,District of Columbia`,
  canada: 'Alberta,British Columbia,Manitoba,New Brunswick,Newfoundland and Labrador,Nova Scotia,Ontario,Prince Edward Island,Quebec,Québec,Saskatchewan,Yukon,Nunavut,Northwest Territories',
  australia: 'New South Wales,Queensland,South Australia,Tasmania,Victoria,Western Australia,Northern Territory',
};

/**
 * Abbreviations of those regions as wire style writes them after a city ("Santa Rosa, Calif.", "Columbia,
 * S.C.", "London, Ont."), with the dots that make them abbreviations. Without the dots most are words ("Miss",
 * "Mass", "Wash", "Ill"), so they are looked up only as written here (`regionAbbreviation`).
 */
const REGION_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'united states': `Ala.:Alabama Ariz.:Arizona Ark.:Arkansas Calif.:California Colo.:Colorado Conn.:Connecticut Del.:Delaware
    Fla.:Florida Ga.:Georgia Ida.:Idaho Ill.:Illinois Ind.:Indiana Kan.:Kansas Kans.:Kansas Ky.:Kentucky La.:Louisiana
    Md.:Maryland Mass.:Massachusetts Mich.:Michigan Minn.:Minnesota Miss.:Mississippi Mo.:Missouri Mont.:Montana
    Neb.:Nebraska Nebr.:Nebraska Nev.:Nevada N.H.:New Hampshire N.J.:New Jersey N.M.:New Mexico N.Y.:New York State
    N.C.:North Carolina N.D.:North Dakota Okla.:Oklahoma Ore.:Oregon Pa.:Pennsylvania Penn.:Pennsylvania R.I.:Rhode Island
    S.C.:South Carolina S.D.:South Dakota Tenn.:Tennessee Tex.:Texas Vt.:Vermont Va.:Virginia Wash.:Washington State
    W.Va.:West Virginia Wis.:Wisconsin Wisc.:Wisconsin Wyo.:Wyoming D.C.:District of Columbia P.R.:Puerto Rico`,
  canada: 'Alta.:Alberta B.C.:British Columbia Man.:Manitoba N.B.:New Brunswick Nfld.:Newfoundland and Labrador N.S.:Nova Scotia Ont.:Ontario P.E.I.:Prince Edward Island Que.:Quebec Sask.:Saskatchewan',
  australia: 'N.S.W.:New South Wales Qld.:Queensland Tas.:Tasmania Vic.:Victoria',
};

const ABBREVIATED = new Map<string, string>();
for (const [country, list] of Object.entries(REGION_ABBREVIATIONS)) {
  for (const pair of list.trim().split(/\s+(?=[A-Z][A-Za-z.]*\.:)/)) {
    const [abbreviation = '', region = ''] = pair.split(':');
    ABBREVIATED.set(abbreviation, `${country}/${normalisePlace(region)}`);
  }
}

/** The key of a region written as its abbreviation, dots and all ("S.C.", "Calif."), or undefined. */
export function regionAbbreviation(written: string): string | undefined {
  return ABBREVIATED.get(written);
}

/**
 * Countries and cities whose name changed, with the older form newsrooms still use: two sources writing
 * the two forms name one place, in two styles an editor may want to align.
 */
export const RENAMED: ReadonlyMap<string, string> = new Map(
  [
    ['türkiye', 'turkey'], ['myanmar', 'burma'], ['kyiv', 'kiev'], ['czechia', 'czech republic'], ['eswatini', 'swaziland'],
    ['north macedonia', 'macedonia'], ["côte d'ivoire", 'ivory coast'], ['cabo verde', 'cape verde'], ['timor-leste', 'east timor'],
    ['mumbai', 'bombay'], ['beijing', 'peking'], ['chennai', 'madras'], ['kolkata', 'calcutta'], ['astana', 'nur-sultan'],
  ].flatMap(([a, b]) => [[a as string, b as string], [b as string, a as string]]),
);

export interface PlaceEntry {
  key: string;
  form: 'name' | 'capital' | 'demonym';
}

const PLACES = new Map<string, PlaceEntry>();
for (const row of ROWS.trim().split('\n')) {
  const [key = '', names = '', capitals = '', demonyms = ''] = row.split('|');
  const add = (list: string, form: PlaceEntry['form']) => {
    for (const n of list.split(',')) if (n) PLACES.set(normalisePlace(n), { key, form });
  };
  add(names, 'name');
  add(capitals, 'capital');
  add(demonyms, 'demonym');
}
for (const [country, list] of Object.entries(REGIONS)) {
  for (const region of list.split(',')) {
    const name = region.trim();
    if (name && !PLACES.has(normalisePlace(name))) PLACES.set(normalisePlace(name), { key: `${country}/${normalisePlace(name)}`, form: 'name' });
  }
}

/** Case and dots do not change which country is meant: "U.S." is "US". */
export function normalisePlace(name: string): string {
  return name.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
}

const LOOKED_UP = new Map<string, PlaceEntry | null>();

export function lookupPlace(name: string): PlaceEntry | undefined {
  let entry = LOOKED_UP.get(name);
  if (entry === undefined) {
    entry = PLACES.get(normalisePlace(name)) ?? null;
    // Bounded: names are few per story, but a feed is long.
    if (LOOKED_UP.size > 50_000) LOOKED_UP.clear();
    LOOKED_UP.set(name, entry);
  }
  return entry ?? undefined;
}

