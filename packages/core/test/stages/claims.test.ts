import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model.js';
import { claimsOf, extract } from './helpers.js';

const quantityTexts = (c: Claim) => c.mentions.flatMap((m) => (m.type === 'quantity' ? [m.text] : []));

/** Claims, their mentions and cues are located in the original. */
function expectLocated(text: string, claims: readonly Claim[]): void {
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    for (const m of c.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const cue of [c.predicate, c.attribution, c.hedge, ...c.quotes]) if (cue) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  }
}

describe('extract: clauses', () => {
  it('splits "the US charged seven people, while the UK sanctioned two firms" into two claims', () => {
    const text = 'The US charged seven people, while the UK sanctioned two firms.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(2);
    const [us, uk] = claims;
    expect(us?.predicate?.lemma).toBe('charge');
    expect(us?.agent?.key).toBe('united states');
    expect(quantityTexts(us as Claim)).toEqual(['seven people']);
    expect(uk?.predicate?.lemma).toBe('sanction');
    expect(uk?.agent?.key).toBe('united kingdom');
    expect(quantityTexts(uk as Claim)).toEqual(['two firms']);
    expect(us?.sentenceId).toBe(uk?.sentenceId);
    expectLocated(text, claims);
  });

  it('reads "indicted" as the predicate "charge"', () => {
    const [claim] = claimsOf('Prosecutors indicted seven people over the fraud.');
    expect(claim?.predicate).toMatchObject({ text: 'indicted', lemma: 'charge' });
  });

  it('gives one claim per count of a coordinated object: "a front company and two individuals"', () => {
    const text = 'The UK sanctioned a front company and two individuals.';
    const claims = claimsOf(text);
    expect(claims.map(quantityTexts)).toEqual([['a front company'], ['two individuals']]);
    for (const c of claims) {
      expect(c.predicate?.lemma).toBe('sanction');
      expect(c.agent?.key).toBe('united kingdom');
      expect(c.text).toBe(text);
    }
    expect(new Set(claims.map((c) => c.id)).size).toBe(2);
  });

  it('takes the "by ..." phrase of a passive as the actor', () => {
    expect(claimsOf('Two firms were sanctioned by the UK.')[0]?.agent?.key).toBe('united kingdom');
    expect(claimsOf('Two firms have been sanctioned by the London government.')[0]?.agent?.key).toBe('united kingdom');
    expect(claimsOf('The Electoral Commission was fined by the Harbour Safety Authority.')[0]?.agent?.key).toBe('harbour safety authority');
  });

  it('gives a passive with no "by ..." phrase no actor', () => {
    expect(claimsOf('The Electoral Commission was hacked.')[0]?.agent).toBeUndefined();
  });

  it('numbers claims "<source>:c<n>" in order and records content words', () => {
    const source = extract('Police arrested three people. Firefighters rescued twelve residents.', 'news');
    expect(source.claims.map((c) => c.id)).toEqual(['news:c1', 'news:c2']);
    expect(source.claims[1]?.words).toEqual(['firefighters', 'rescued', 'twelve', 'residents']);
  });
});

describe('extract: attribution', () => {
  it('reads "according to police"', () => {
    const text = 'According to police, three people were arrested.';
    const [claim] = claimsOf(text);
    expect(claim?.attribution).toMatchObject({ speaker: 'police', key: 'police' });
    expectLocated(text, claimsOf(text));
  });

  it('reads "..., the mayor said" and "The mayor said ..."', () => {
    expect(claimsOf('Police arrested three people, the mayor said.')[0]?.attribution?.speaker).toBe('mayor');
    expect(claimsOf('The mayor said police arrested three people.')[0]?.attribution?.speaker).toBe('mayor');
  });

  it('reads "“…,” said the spokesperson"', () => {
    const text = '“We arrested three people,” said the spokesperson.';
    const [claim] = claimsOf(text);
    expect(claim?.attribution?.speaker).toBe('spokesperson');
    expect(claim?.quotes.map((q) => q.text)).toEqual(['We arrested three people,']);
    expectLocated(text, [claim as Claim]);
  });

  it('keys a named speaker by the person: "Police chief Anna Berg said ..."', () => {
    const [claim] = claimsOf('Police chief Anna Berg said three people were arrested.');
    expect(claim?.attribution).toMatchObject({ speaker: 'Police chief Anna Berg', key: 'anna berg' });
  });

  it('does not read the adjective in "seven alleged hackers" as someone speaking', () => {
    const [claim] = claimsOf('The US charged seven alleged hackers.');
    expect(claim?.attribution).toBeUndefined();
  });
});

describe('extract: hedges', () => {
  it.each([
    ['The group allegedly stole data from the registry.', 'allegedly', 'alleged'],
    ['The attack was most likely carried out by the group.', 'most likely', 'likely'],
    ['The group is believed to be linked to the state.', 'believed to', 'alleged'],
  ])('%s → hedge "%s" (%s)', (text, hedge, level) => {
    const [claim] = claimsOf(text);
    expect(claim?.hedge).toMatchObject({ text: hedge, level });
    expect(text.slice(claim?.hedge?.start, claim?.hedge?.end)).toBe(hedge);
  });

  it('leaves a plain statement unhedged', () => {
    expect(claimsOf('Police arrested three people.')[0]?.hedge).toBeUndefined();
  });

  it('reads the modal "may" as a possibility', () => {
    expect(claimsOf('The regulator may fine two firms.')[0]?.hedge).toMatchObject({ text: 'may', level: 'possible' });
  });

  it('does not read the month "May" as a hedge', () => {
    expect(claimsOf('In May 2023 the regulator fined two firms.')[0]?.hedge).toBeUndefined();
    expect(claimsOf('The regulator fined two firms on 5 May 2023.')[0]?.hedge).toBeUndefined();
  });
});

describe('extract: denials and what a claim asserts', () => {
  const stanceOf = (text: string) => {
    const [claim] = claimsOf(text);
    return claim?.stance ? { kind: claim.stance.kind, cue: claim.stance.cue.text, scope: claim.stance.scope.text, core: claim.stance.core } : undefined;
  };

  it('reads the scope of "denied that", "called reports that … false", "no plans to" and a negated verb', () => {
    expect(stanceOf('The ferry company denied that anyone had been detained.')).toEqual({ kind: 'denied', cue: 'denied that', scope: 'anyone had been detained', core: ['arrest'] });
    expect(stanceOf('The club called reports that the coach had quit false.')).toEqual({ kind: 'false', cue: 'false', scope: 'the coach had quit', core: ['coach', 'resign'] });
    expect(stanceOf('The school board has no plans to close Eastfield Primary.')).toMatchObject({ kind: 'no-plan', scope: 'close Eastfield Primary', core: ['close', 'eastfield', 'primary', '~future'] });
    expect(stanceOf('The alarm did not sound.')).toEqual({ kind: 'negated', cue: 'did not', scope: 'The alarm did not sound', core: ['alarm', 'go-off'] });
    expect(stanceOf('Nobody was hurt in the crash.')).toMatchObject({ kind: 'negated', core: ['injure', 'crash'] });
  });

  it('leaves the speaker out of what is denied, and reads no denial where a report says less', () => {
    expect(stanceOf('The alarm did not sound, the headteacher said.')?.core).toEqual(['alarm', 'go-off']);
    for (const less of ['Police did not say how many people were detained.', 'The hospital could not confirm that the patient had died.', 'No one has been arrested yet.', 'There was no immediate comment from the club.', 'The club denied the allegations.', 'The ferry may not have sailed.']) {
      expect(stanceOf(less)).toBeUndefined();
    }
  });

  it('reads what a claim asserts as concepts, and nothing for a question or a report of a rumour', () => {
    const [jobs] = claimsOf('About 350 jobs would go at the plant.');
    expect(jobs?.core).toEqual(['dismiss', 'plant', '~future']);
    const [alarm] = claimsOf('The alarm went off at noon.');
    expect(alarm?.core).toEqual(['alarm', 'go-off', 'noon']);
    expect(claimsOf('Rumours that the coach had quit spread quickly.')[0]?.core).toBeUndefined();
    expect(claimsOf('Had the coach quit?')[0]?.core).toBeUndefined();
  });
});

describe('extract: where a person is from', () => {
  const originsOf = (text: string) =>
    claimsOf(text).flatMap((c) => c.mentions.flatMap((m) => (m.type === 'entity' ? (m.origins ?? []).map((o) => `${m.name}: ${o.relation} ${o.text} (${o.key})`) : [])));

  it('reads hometowns and birthplaces beside a name, and keys a country by its canonical name', () => {
    expect(originsOf('Dana Whitfield, 29, of Calgary, was rescued.')).toEqual(['Dana Whitfield: hometown Calgary (calgary)']);
    expect(originsOf('The Cochrane woman, Dana Whitfield, was rescued.')).toEqual(['Dana Whitfield: hometown Cochrane (cochrane)']);
    expect(originsOf('Calgary resident Dana Whitfield was rescued.')).toEqual(['Dana Whitfield: hometown Calgary (calgary)']);
    expect(originsOf('Marc Dubois, who was born in Britain, retired.')).toEqual(['Marc Dubois: birthplace Britain (united kingdom)']);
    expect(originsOf('Lyon-born Marc Dubois retired.')).toEqual(['Marc Dubois: birthplace Lyon (lyon)']);
  });

  it('never reads an organisation as a hometown, and pins a reference only to a person named before it', () => {
    expect(originsOf('Jo Reed, of Acme Holdings, opened the depot.')).toEqual([]);
    expect(originsOf('Jo Reed of Brixton Foods opened the depot.')).toEqual([]);
    expect(originsOf('The Cochrane woman was rescued.')).toEqual([]);
    expect(originsOf('Jo Reed was rescued on Sunday. The Cochrane woman was unhurt.')).toEqual(['Jo Reed: hometown Cochrane (cochrane)']);
  });
});

describe('extract: negation', () => {
  it('marks "did not" and "never" as negated', () => {
    expect(claimsOf('The ministry did not sanction the firm.')[0]?.negated).toBe(true);
    expect(claimsOf('Three people were never found.')[0]?.negated).toBe(true);
  });

  it('does not read "not only ... but also" as a negation', () => {
    const claims = claimsOf('The ban not only hurt the firm but also its staff.');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.negated)).toEqual(claims.map(() => false));
  });

  it('keeps a negation inside its own clause', () => {
    const claims = claimsOf('The US did not charge anyone, while the UK sanctioned two firms.');
    expect(claims.map((c) => c.negated)).toEqual([true, false]);
  });

  it('leaves an affirmative statement unnegated', () => {
    expect(claimsOf('The ministry sanctioned the firm.')[0]?.negated).toBe(false);
  });
});

describe('extract: what never becomes a claim', () => {
  it('makes no claims of plain-text or Markdown headings', () => {
    const plain = claimsOf('Storm Hits Coastal Town\n\nThe storm damaged 40 homes.');
    expect(plain.map((c) => c.text)).toEqual(['The storm damaged 40 homes.']);
    const markdown = claimsOf('# Storm hits 40 homes\n\nThe storm damaged 40 homes.\n\n## Two rescued\n\nCrews rescued two people.');
    expect(markdown.map((c) => c.text)).toEqual(['The storm damaged 40 homes.', 'Crews rescued two people.']);
  });

  it('makes no claims of clutter, and keeps it on the extracted source with its rule', () => {
    const text = 'The storm damaged 40 homes.\n\nShare this post\n\nPlease enter your comment!\n\nRequest a Quote - Web Design\n\nLatest news\n\n× Chat Now';
    const source = extract(text);
    expect(source.claims.map((c) => c.text)).toEqual(['The storm damaged 40 homes.']);
    expect(source.clutter.map((c) => c.text)).toEqual(['Share this post', 'Please enter your comment!', 'Request a Quote - Web Design', 'Latest news', '× Chat Now']);
    for (const claim of source.claims) for (const c of source.clutter) expect(claim.end <= c.start || claim.start >= c.end).toBe(true);
  });

  it('makes no claim of the dateline', () => {
    const text = ' date 2024-03-26 Police arrested three people on Monday.';
    const source = extract(text);
    expect(source.date).toBe('2024-03-26');
    expect(source.claims.map((c) => c.text)).toEqual(['Police arrested three people on Monday.']);
    const date = source.claims[0]?.mentions.find((m) => m.type === 'date');
    expect(date?.type === 'date' && date.date.start).toBe('2024-03-25');
  });
});
