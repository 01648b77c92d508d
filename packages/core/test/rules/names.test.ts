import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../stages/helpers.js';
import { byRule, check, divergences, evidenceOf } from './check.js';

/** Names, titles and roles: invented councils, clubs and agencies. */
describe('titles and roles are not part of a name', () => {
  it('reads "Coach Maria Lenz" as Maria Lenz with the role coach, and military ranks as a role', () => {
    const [a = [], b = []] = entitiesOf('Coach Maria Lenz spoke after the match. Press Secretary Air Force Maj. Gen. Oren Vale said it went well.');
    expect(a.map((m) => [m.name, m.role])).toEqual([['Maria Lenz', 'Coach']]);
    expect(b.map((m) => [m.name, m.role])).toEqual([['Oren Vale', 'Press Secretary Air Force Maj. Gen.']]);
  });

  it('reads heads of government, office-holders elect, rulers, troopers and playing positions as roles', () => {
    const read = entitiesOf('Premier Dana Holt spoke. President-elect Ivo Marr spoke. Emir Tamar Saad spoke. Trooper Lee Cole spoke. Striker Noa Venn scored. Speaker Rhian Dale ruled.');
    expect(read.map((ms) => ms.map((m) => [m.name, m.role]))).toEqual([
      [['Dana Holt', 'Premier']],
      [['Ivo Marr', 'President-elect']],
      [['Tamar Saad', 'Emir']],
      [['Lee Cole', 'Trooper']],
      [['Noa Venn', 'Striker']],
      [['Rhian Dale', 'Speaker']],
    ]);
    // A title word inside an organisation's name is no role: "Premier League" stays one organisation.
    expect(entitiesOf('Premier League clubs voted on Monday.')[0]?.map((m) => [m.kind, m.name])).toEqual([['organization', 'Premier League']]);
  });

  it('reads a role in apposition, past a party and state in brackets, but not a list of other people', () => {
    const [a = [], b = []] = entitiesOf('Senator Ana Kell (D-Ore.), Chair of the Transport Committee, spoke. Ana Kell, Governor Tom Reeve and resident Lia Moss met.');
    expect(a[0]).toMatchObject({ name: 'Ana Kell', role: 'Senator', apposedRole: { text: 'Chair of the Transport Committee' } });
    expect(b.find((m) => m.name === 'Ana Kell')?.role).toBeUndefined();
  });

  it('reads initials as part of a name: "J.D. Lowe", "Richard B. Hale"', () => {
    const [a = []] = entitiesOf('Senator J.D. Lowe and Richard B. Hale met on Monday.');
    expect(a.map((m) => m.name)).toEqual(['J.D. Lowe', 'Richard B. Hale']);
  });
});

describe('roles that differ between sources', () => {
  it('reports a deputy mayor in one source and the mayor in another', () => {
    const report = check({ a: 'Deputy Mayor Tom Hale opened the Brinley bridge on Friday.', b: 'Mayor Tom Hale opened the Brinley bridge on Friday.' });
    const [role] = byRule(report, 'name/role');
    expect(role?.severity).toBe('warning');
    expect(evidenceOf(role)).toEqual(['a:Deputy Mayor', 'b:Mayor']);
    expect(role?.message).toContain('Tom Hale');
  });

  it('reads "Premier" and "Prime Minister" as one office, but a deputy premier as another', () => {
    const same = check({ a: 'Prime Minister Ana Ruiz said the road would reopen.', b: 'Premier Ana Ruiz said the road would reopen.' });
    expect(byRule(same, 'name/role')).toEqual([]);
    const other = check({ a: 'Deputy Premier Ana Ruiz said the road would reopen.', b: 'Premier Ana Ruiz said the road would reopen.' });
    expect(byRule(other, 'name/role')).toHaveLength(1);
  });

  it('reports two seats in one body, and two offices, but never an office beside a seat', () => {
    const seats = check({
      a: 'Senator Ana Kell, Chair of the Transport Committee, backed the rail bill.',
      b: 'Senator Ana Kell, Ranking Member of the Transport Committee, backed the rail bill.',
    });
    expect(evidenceOf(byRule(seats, 'name/role')[0])).toEqual(['a:Chair of the Transport Committee', 'b:Ranking Member of the Transport Committee']);
    const offices = check({ a: 'Senator Ana Kell backed the rail bill.', b: 'Vice President Ana Kell backed the rail bill.' });
    expect(byRule(offices, 'name/role')).toHaveLength(1);
    const both = check({ a: 'Ranking Member Ana Kell backed the rail bill.', b: 'Sen. Ana Kell backed the rail bill.', c: 'U.S. Senator Ana Kell backed the rail bill.' });
    expect(byRule(both, 'name/role')).toEqual([]);
  });

  it('reads abbreviated titles as the full title: "Sen." is "Senator"', () => {
    const report = check({ a: 'Sen. Ana Kell backed the rail bill.', b: 'Senator Ana Kell backed the rail bill.' });
    expect(divergences(report).filter((f) => f.rule.startsWith('name/'))).toEqual([]);
  });
});

describe('name forms', () => {
  it('reports initials written with and without full stops as style, and a dropped middle initial', () => {
    const report = check({
      a: 'Senator J.D. Lowe and envoy Richard B. Hale visited the Orrin dam.',
      b: 'Senator JD Lowe and envoy Richard Hale visited the Orrin dam.',
    });
    expect(evidenceOf(byRule(report, 'name/style')[0])).toEqual(['a:J.D. Lowe', 'b:JD Lowe']);
    expect(evidenceOf(byRule(report, 'name/initial')[0])).toEqual(['a:Richard B. Hale', 'b:Richard Hale']);
  });

  it('never reports capitals of a dateline or heading as another spelling', () => {
    const report = check({ a: 'PORT ELLIS, Maine — Crews from Port Ellis reached the ferry.', b: 'Crews from Port Ellis reached the ferry on Monday.', c: 'PORT ELLIS — The ferry was reached.' });
    expect(byRule(report, 'name/style')).toEqual([]);
  });

  it('takes two names that one source writes side by side for two entities, not a misspelling', () => {
    const report = check({
      a: 'The National Flood Coordination Centre and the Regional Flood Coordination Centre met.',
      b: 'The National Flood Coordination Centre issued a warning.',
    });
    expect(byRule(report, 'name/variant')).toEqual([]);
  });

  it('reports an official name with a word added or dropped', () => {
    const report = check({
      a: 'The money comes from the Coastal Recovery and Housing Fund, officials said.',
      b: 'The money comes from the Coastal Recovery and Housing Support Fund, officials said.',
    });
    expect(evidenceOf(byRule(report, 'name/variant')[0]).sort()).toEqual(['a:Coastal Recovery and Housing Fund', 'b:Coastal Recovery and Housing Support Fund']);
  });

  it('reads a US state as a place, never as people counted in a list', () => {
    const [a = []] = entitiesOf('Storms hit Florida, South Carolina and Tennessee.');
    expect(a.map((m) => m.kind)).toEqual(['place', 'place', 'place']);
  });
});

describe('quotations', () => {
  it('reports the same quotation worded differently as a misquote, naming the words that differ', () => {
    const report = check({
      a: 'The mayor said: “We are working with the county and with our partners in the fire service to reopen the Brinley road.”',
      b: 'The mayor said: “We are working with the county and our partners in the fire service to reopen the Brinley road.”',
    });
    const [misquote] = byRule(report, 'statement/misquote');
    expect(misquote?.severity).toBe('warning');
    expect(misquote?.message).toMatch(/(has|lacks) "with"/);
    expect(misquote?.evidence.map((e) => e.sourceId).sort()).toEqual(['a', 'b']);
  });

  it('finds a misquote in the second sentence of a quotation that spans two sentences', () => {
    const report = check({
      a: '“We will rebuild the Orrin bridge. Our crews will start work on the north bank in the spring,” the mayor said.',
      b: '“We will rebuild the Orrin bridge. Our crews will begin work on the north bank in the spring,” the mayor said.',
    });
    const [misquote] = byRule(report, 'statement/misquote');
    expect(evidenceOf(misquote)).toEqual(['a:Our crews will start work on the north bank in the spring', 'b:Our crews will begin work on the north bank in the spring']);
  });

  it('never reports an excerpt of a quotation, or a paraphrase outside quotation marks, as a misquote', () => {
    const excerpt = check({
      a: 'The mayor said: “We are working with the county and our partners in the fire service to reopen the Brinley road.”',
      b: 'The mayor said they were “working with the county and our partners in the fire service”.',
    });
    expect(byRule(excerpt, 'statement/misquote')).toEqual([]);
    const paraphrase = check({
      a: 'The mayor said: “We are working with the county and our partners in the fire service to reopen the Brinley road.”',
      b: 'The mayor said the council was working with the county and with partners in the fire service to reopen the road.',
    });
    expect(byRule(paraphrase, 'statement/misquote')).toEqual([]);
  });
});

describe('places', () => {
  it('reports a place under its current and its former name, never "UK" beside "Britain"', () => {
    const renamed = check({ a: 'Aid reached Türkiye on Monday, officials said.', b: 'Aid reached Turkey on Monday, officials said.' });
    const [finding] = byRule(renamed, 'name/renamed');
    expect(evidenceOf(finding).sort()).toEqual(['a:Türkiye', 'b:Turkey']);
    const variety = check({ a: 'Aid from the UK reached the port on Monday.', b: 'Aid from Britain reached the port on Monday.' });
    expect(divergences(variety).filter((f) => f.category === 'name')).toEqual([]);
  });

  it('reads "the city of X" and "in central X" as places, and one name spaced two ways as one place', () => {
    const [a = [], b = []] = entitiesOf('Crews reached the city of Vel Harran at dawn. Rescuers in central Velharran found survivors.');
    expect(a.map((m) => [m.name, m.kind])).toEqual([['Vel Harran', 'place']]);
    expect(b.map((m) => [m.name, m.kind])).toEqual([['Velharran', 'place']]);
    const report = check({ a: 'Crews reached the city of Vel Harran at dawn on Monday.', b: 'Rescuers in central Velharran found survivors on Monday.' });
    expect(evidenceOf(byRule(report, 'name/style')[0]).sort()).toEqual(['a:Vel Harran', 'b:Velharran']);
  });

  it('takes a hyphenated pair of capitalised words for a firm, and its unhyphenated spelling for the same firm', () => {
    const report = check({ a: 'A Brandt-Keller freight train derailed near the river.', b: 'Investigators said the Brandt Keller train derailed near the river.' });
    expect(evidenceOf(byRule(report, 'name/style')[0]).sort()).toEqual(['a:Brandt-Keller', 'b:Brandt Keller']);
  });
});

describe('roles set off by commas, and titles in quotation marks', () => {
  it('reads a title set off by a comma before the name, "a.i." and all', () => {
    const [a = [], b = []] = entitiesOf("U.S. Chargé d'Affaires, a.i., Ana Kell signed it. Defence Secretary, Tom Reeve, said so.");
    expect(a.find((m) => m.kind === 'person')).toMatchObject({ name: 'Ana Kell', role: "U.S. Chargé d'Affaires" });
    expect(b[0]).toMatchObject({ name: 'Tom Reeve', role: 'Defence Secretary' });
  });

  it('reports a chargé d’affaires in one source and an ambassador in another', () => {
    const report = check({ a: "U.S. Chargé d'Affaires, a.i., Ana Kell signed the aid declaration.", b: 'U.S. Ambassador Ana Kell signed the aid declaration.' });
    expect(byRule(report, 'name/role')).toHaveLength(1);
  });

  it('finds no person inside a quoted title in title case, and strips a title that closes a name', () => {
    const [a = []] = entitiesOf('The committee held a hearing titled “Rebuilding After the Brandt Keller Bridge Collapse and Flood.”');
    expect(a.filter((m) => m.kind === 'person')).toEqual([]);
    const [b = []] = entitiesOf('Lawmakers questioned Brandt Keller CEO Ana Kell on Monday.');
    expect(b.map((m) => m.name)).not.toContain('Brandt Keller CEO');
  });
});

describe('a title with a body named inside it', () => {
  it('notes a service named inside one source\'s title, never a qualifier before it', () => {
    const inside = check({ a: 'Press Secretary Maj. Gen. Oren Vale briefed reporters on Monday.', b: 'Press Secretary Army Maj. Gen. Oren Vale briefed reporters on Monday.' });
    const [detail] = byRule(inside, 'name/role-detail');
    expect(detail?.severity).toBe('warning');
    expect(detail?.message).toContain('"Army"');
    const before = check({ a: 'Board Chair Oren Vale briefed reporters on Monday.', b: 'Harbour Board Chair Oren Vale briefed reporters on Monday.' });
    expect(byRule(before, 'name/role-detail')).toEqual([]);
  });
});

describe('organisations, products and people', () => {
  it('reads a name ending in an industry word as an organisation, and says so', () => {
    const [a = []] = entitiesOf('Northgate Kitchen Appliances recalled 40,000 ovens. Radio Kestrel and Brenmoor United FC agreed.');
    expect(a.map((m) => [m.name, m.kind])).toEqual([['Northgate Kitchen Appliances', 'organization']]);
    const report = check({ a: 'Northgate Kitchen Appliances sent 40,000 ovens back to the Harwell depot.', b: 'Northgate Kitchen Appliances sent 45,000 ovens back to the Harwell depot.' });
    const [same] = byRule(report, 'name/same');
    expect(same?.message).toContain('organisation "Northgate Kitchen Appliances"');
  });

  it('reads "Harwell City" as a club in a sports report and as a place elsewhere', () => {
    const [club = [], town = []] = entitiesOf('Harwell City beat Brenmoor Rovers 2-1 in the league on Saturday. Floods hit Harwell City on Sunday.');
    expect(club.map((m) => [m.name, m.kind])).toEqual([['Harwell City', 'organization'], ['Brenmoor Rovers', 'organization']]);
    expect(town.map((m) => [m.name, m.kind])).toEqual([['Harwell City', 'place']]);
  });

  it('never reads a product after "the" as a person, and keeps people as people', () => {
    const [a = [], b = []] = entitiesOf('Owners of the Model X were told to return the cars. Jo Reed said the Model X was safe.');
    expect(a.filter((m) => m.kind === 'person')).toEqual([]);
    expect(b.filter((m) => m.kind === 'person').map((m) => m.name)).toEqual(['Jo Reed']);
    const [c = []] = entitiesOf('The Galaxy S24 overheated, said Maria Lenz.');
    expect(c.filter((m) => m.kind === 'person').map((m) => m.name)).toEqual(['Maria Lenz']);
  });
});

describe('two entities whose names are alike', () => {
  it('keeps "Ministry of Health" whole and never takes the Ministry of Finance for a spelling of it', () => {
    const [a = []] = entitiesOf('The Ministry of Health and the Ministry of Finance met on Monday.');
    expect(a.map((m) => m.name)).toEqual(['Ministry of Health', 'Ministry of Finance']);
    const report = check({
      a: 'The Ministry of Health and the Ministry of Finance met on Monday to discuss hospital funding.',
      b: 'The Ministry of Health said hospital funding would rise.',
      c: 'The Ministry of Finance said the budget was tight.',
    });
    expect(divergences(report).filter((f) => f.category === 'name')).toEqual([]);
    expect(byRule(report, 'attribution/actor')).toEqual([]);
  });

  it('keeps two broadcasters one letter apart apart when each is named by several sources', () => {
    const report = check({
      a: 'Radio Kestel and Radio Kestrel both reported the fire on Monday.',
      b: 'Radio Kestel said the fire began at noon. Radio Kestrel said crews arrived late.',
      c: 'Radio Kestrel reported the fire first, ahead of Radio Kestel.',
    });
    expect(divergences(report).filter((f) => f.category === 'name')).toEqual([]);
    expect(byRule(report, 'name/same').map((f) => f.evidence.map((e) => e.text).join('|')).sort()).toEqual(['Radio Kestel|Radio Kestel|Radio Kestel', 'Radio Kestrel|Radio Kestrel|Radio Kestrel']);
    expect(byRule(report, 'attribution/same').filter((f) => new Set(f.evidence.map((e) => e.text)).size > 1)).toEqual([]);
    // Once each, in different sources, the same letters but one are a misspelling of one name.
    const once = check({ a: 'Radio Kestel reported the fire on Monday.', b: 'Radio Kestrel reported the fire on Monday.' });
    expect(evidenceOf(byRule(once, 'name/variant')[0])).toEqual(['a:Radio Kestel', 'b:Radio Kestrel']);
  });
});

describe('posts in clubs and firms', () => {
  it('reports a coach in one source and the assistant coach in another, and never a head coach against a coach', () => {
    const report = check({ a: 'Coach Maria Lenz said the team would appeal.', b: 'Maria Lenz, the assistant coach, said the team would appeal.' });
    const [role] = byRule(report, 'name/role');
    expect(role?.severity).toBe('warning');
    expect(evidenceOf(role)).toEqual(['a:Coach', 'b:the assistant coach']);
    const head = check({ a: 'Coach Maria Lenz said the team would appeal.', b: 'Maria Lenz, the head coach, said the team would appeal.' });
    expect(byRule(head, 'name/role')).toEqual([]);
  });

  it('reads a chief executive and a CEO as one post', () => {
    const report = check({ a: 'Chief Executive Jo Reed said the Harwell factory would close.', b: 'CEO Jo Reed said the Harwell factory would close.' });
    expect(byRule(report, 'name/role')).toEqual([]);
    const other = check({ a: 'Chief Executive Jo Reed said the Harwell factory would close.', b: 'Coach Jo Reed said the Harwell factory would close.' });
    expect(byRule(other, 'name/role')).toHaveLength(1);
  });
});

describe('where a person is from', () => {
  it('reports a hometown given two ways: "of Calgary" and "the Cochrane woman"', () => {
    const report = check({
      a: 'Dana Whitfield, 29, of Calgary, was pulled from the Bow river on Sunday.',
      b: 'The Cochrane woman, Dana Whitfield, was pulled from the Bow river on Sunday.',
    });
    const [found] = byRule(report, 'name/hometown');
    expect(found?.category).toBe('name');
    expect(found?.severity).toBe('warning');
    expect(found?.fact).toBe('hometown of Dana Whitfield');
    expect(evidenceOf(found)).toEqual(['a:Calgary', 'b:Cochrane']);
  });

  it('pins "the Cochrane woman" and "she is from Calgary" to the person named before', () => {
    const report = check({
      a: 'Dana Whitfield was pulled from the Bow river on Sunday. She is from Calgary.',
      b: 'Dana Whitfield was pulled from the Bow river on Sunday. Rescuers said the Cochrane woman was cold but unhurt.',
    });
    expect(evidenceOf(byRule(report, 'name/hometown')[0])).toEqual(['a:Calgary', 'b:Cochrane']);
  });

  it('reports a birthplace given two ways, however the sentence puts it', () => {
    const report = check({ a: 'Marc Dubois was born in Lyon and joined the rugby club as a boy.', b: 'Marc Dubois, who was born in Marseille, joined the rugby club in 1990.' });
    const [found] = byRule(report, 'name/birthplace');
    expect(found?.fact).toBe('birthplace of Marc Dubois');
    expect(found?.message).toBe('Sources give Marc Dubois different birthplaces: "Lyon" (a) vs "Marseille" (b).');
    const born = check({ a: 'Lyon-born Marc Dubois joined the rugby club as a boy.', b: 'Marc Dubois, a native of Marseille, joined the rugby club as a boy.' });
    expect(evidenceOf(byRule(born, 'name/birthplace')[0])).toEqual(['a:Lyon', 'b:Marseille']);
  });

  it('never sets a place against the country or region that holds it, nor a hometown against a birthplace', () => {
    const country = check({ a: 'Marc Dubois was born in Lyon.', b: 'Marc Dubois was born in France.' });
    expect(divergences(country)).toEqual([]);
    // A capital is known to lie in its country; a town the lexicon does not know may lie anywhere.
    const abroad = check({ a: 'Marc Dubois was born in Paris.', b: 'Marc Dubois was born in Belgium.' });
    expect(byRule(abroad, 'name/birthplace')).toHaveLength(1);
    const region = check({ a: 'Dana Whitfield, of Calgary, was rescued.', b: 'Dana Whitfield, of Alberta, was rescued.' });
    expect(divergences(region)).toEqual([]);
    const relation = check({ a: 'Marc Dubois, of Lyon, joined the club.', b: 'Marc Dubois, who was born in Marseille, joined the club.' });
    expect(divergences(relation)).toEqual([]);
    const firm = check({ a: 'Jo Reed of Acme Foods opened the depot.', b: 'Jo Reed, of Brix Holdings, opened the depot.' });
    expect(byRule(firm, 'name/hometown')).toEqual([]);
  });
});

describe('posts of a person', () => {
  it('reports "the company\'s chairman" against "chief executive"', () => {
    const report = check({ a: "Helen Marsh, the company's chairman, said the Orla ferry would be sold.", b: 'Chief executive Helen Marsh said the Orla ferry would be sold.' });
    const [found] = byRule(report, 'name/role');
    expect(evidenceOf(found)).toEqual(["a:the company's chairman", 'b:Chief executive']);
  });

  it('reads a post in lower case before the name, and never takes a verb or a department for one', () => {
    const report = check({ a: 'The board said club chairman Tom Ridley would stay on.', b: 'The board said chief executive Tom Ridley would stay on.' });
    expect(evidenceOf(byRule(report, 'name/role')[0])).toEqual(['a:club chairman', 'b:chief executive']);
    const none = check({ a: 'Reporters asked Alan Pearce about the stand.', b: 'At home Alan Pearce spoke about the stand.' });
    expect(none.claims.flatMap((c) => c.mentions.filter((m) => m.role !== undefined))).toEqual([]);
  });

  it('points at each source\'s own words for a role in a sentence another source repeats elsewhere', () => {
    // `check` fails when an evidence span is not its source's words: a memoised role must move with its sentence.
    const report = check({ a: 'Deputy Mayor Ana Kell spoke on Monday.', b: 'The hall was full. Deputy Mayor Ana Kell spoke on Monday.', c: 'Mayor Ana Kell spoke on Monday.' });
    expect(byRule(report, 'name/role').flatMap(evidenceOf)).toEqual(['a:Deputy Mayor', 'b:Deputy Mayor', 'c:Mayor']);
  });
});
