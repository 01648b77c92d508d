/**
 * The plain data that flows through the pipeline: parse → segment → extract → align → compare → report.
 * Every stage takes the previous stage's output and returns new plain objects; nothing here holds behaviour.
 * Offsets are UTF-16 code-unit offsets into the source's original text, as in unist positions.
 */

/** One place in a source: 1-based line and column, 0-based offset (the unist convention). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** What a caller hands to `checkSources`: one article. */
export interface SourceInput {
  /** Stable identifier; the CLI uses the file name without its extension. */
  id: string;
  /** The article as it was read, Markdown or plain text. */
  text: string;
  /** Where it came from, for `file:line:column` in reports. */
  path?: string;
  /**
   * How to read the text. Markdown goes through remark-parse; plain text is split into paragraphs as it is,
   * so that "#", "*" or "1." in an article stay words. Default: from the path's extension (`.txt` is text),
   * Markdown otherwise; a text that opens like a web page (doctype, html, head or body tag) is read as HTML,
   * visible text only.
   */
  format?: 'markdown' | 'text' | 'html';
  /** Publication date, ISO date or date-time. Given here, it wins over the front matter and the dateline. */
  date?: string;
  /** When it was last updated, ISO date or date-time, if later than `date`. */
  updated?: string;
  /** Who published it ("Reuters"). */
  outlet?: string;
  title?: string;
  url?: string;
}

/** What is known of a source besides its words: never a claim. */
export interface SourceMeta {
  /** When it was published: ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]). */
  date?: string;
  /** When it was last updated ("Updated … | Published …", a live blog's latest entry), when later than `date`. */
  updated?: string;
  outlet?: string;
  title?: string;
  url?: string;
}

/**
 * A run of the block's plain text and where it stands in the original. A run of `length` > 0 maps one-to-one
 * onto the original. A run of length 0 is text with no characters of its own there, up to the next run: a line
 * break or space put in for markup (at `sourceOffset`), or, with `sourceLength`, the decoded character of a
 * reference (`&amp;`, `&#233;`) that stands for the original's [sourceOffset, sourceOffset + sourceLength).
 */
export interface TextRun {
  /** Offset of the run in the block's plain text. */
  textOffset: number;
  /** Offset of the run in the original source text. */
  sourceOffset: number;
  length: number;
  /** For a run of length 0: how many characters of the original its text stands for (a character reference). */
  sourceLength?: number;
}

export type BlockKind = 'heading' | 'paragraph';

/** A heading or paragraph of the article, as plain text, with a map back to the original. */
export interface Block {
  kind: BlockKind;
  text: string;
  runs: TextRun[];
  start: number;
  end: number;
}

/** Why a block was kept out of the claims. */
export interface ClutterBlock extends Block {
  rule: string;
}

/** Output of the parse stage. */
export interface ParsedSource {
  id: string;
  path?: string;
  /** The original text, unchanged. */
  text: string;
  /** The report date (YYYY-MM-DD) that relative dates ("on Tuesday") are read against, when the source has one. */
  date?: string;
  /** Where the first dateline or date line sits. */
  dateline?: { start: number; end: number; text: string };
  /** Every dateline, date line ("Updated … | Published …") and live-blog time stamp: metadata, never a claim. */
  metadataLines?: { start: number; end: number; text: string }[];
  /**
   * A dateline's month and day when nothing in the source gives the year ("LYON, France, March 3 -"): the
   * cross-source step (`years/`) gives it the year nearest the other sources' dates.
   */
  yearless?: { month: number; day: number };
  /** Date, outlet, title and url from the input, the front matter and the dateline (in that order of trust). */
  meta?: SourceMeta;
  /** Where YAML front matter sits, so that it is never read as a claim. */
  frontMatter?: { start: number; end: number };
  blocks: Block[];
  clutter: ClutterBlock[];
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** A word, number or punctuation mark with its offsets in the original text. */
export interface Token {
  text: string;
  /** The text in lower case, computed once: the extractors compare it many times. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Whitespace (or a block boundary) precedes the token. */
  spaceBefore: boolean;
}

/** One sentence, in order, with its tokens. */
export interface Sentence {
  id: string;
  sourceId: string;
  index: number;
  blockKind: BlockKind;
  /** Sentence text as the block's plain text gives it. */
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/** Output of the segment stage. */
export interface SegmentedSource {
  id: string;
  path?: string;
  text: string;
  date?: string;
  meta?: SourceMeta;
  sentences: Sentence[];
  clutter: ClutterBlock[];
}

export type EntityKind = 'person' | 'organization' | 'place' | 'group';

interface MentionBase {
  /** The exact words in the source. */
  text: string;
  start: number;
  end: number;
}

/** A named person, organisation, place or group. */
export interface EntityMention extends MentionBase {
  type: 'entity';
  kind: EntityKind;
  /** The name without title, role or legal-suffix noise, as written. */
  name: string;
  /** Normalised name words (case-folded, punctuation removed), used to match names across sources. */
  words: string[];
  /** Canonical key: for places, the country the name stands for; for others the normalised name. */
  key: string;
  /** A title or role written before the name ("UK Foreign Secretary") or in apposition after it ("…, chair of the board,"). */
  role?: string;
  /** Where the role's words are, for evidence: before the name or after it. */
  roleSpan?: { start: number; end: number };
  /** A second role, in apposition after a name that has one before it ("Senator X (D-Wash.), Chair of …,"). */
  apposedRole?: { text: string; start: number; end: number };
  /** Where a person is from or was born, as the source says beside the name ("Dana Whitfield, 29, of Calgary"). */
  origins?: Origin[];
  /** An abbreviation the text defines for this name ("NPA"). */
  abbreviation?: string;
  /** An organisation's legal form, canonical ("limited", "corporation"), when its name carries one. */
  legalForm?: string;
}

/** A person's hometown or birthplace: the place's words as written, and its key for comparing. */
export interface Origin {
  relation: 'hometown' | 'birthplace';
  text: string;
  start: number;
  end: number;
  /** A country's canonical key ("france"), else the place's normalised name. */
  key: string;
}

/**
 * `age`: a person's age in years ("Maria Lopez, 35,", "the 31-year-old"); its class names the person.
 * `split`: how a vote divided ("voted 7-2", "unanimously"): min and max are the votes on the losing side,
 * `majority` the winning side's.
 */
export type QuantityKind = 'count' | 'money' | 'duration' | 'percent' | 'measure' | 'age' | 'split';

/** A number as an interval, with the thing it counts. `max: null` means unbounded. */
export interface Quantity {
  kind: QuantityKind;
  min: number;
  max: number | null;
  /** The counted noun, singular and lower-case ("company"), or the unit ("year", "usd"). */
  unit: string;
  /** Nouns that count the same kind of thing share a class ("company", "entity", "firm" → "organization"). */
  unitClass: string;
  /** How the number was stated; vague statements are compared more leniently. */
  basis: 'numeral' | 'word' | 'article' | 'vague' | 'enumeration';
  /** A measure converted to its dimension's base unit: the unit the source wrote ("mile"). */
  statedUnit?: string;
  /**
   * Half the rounding step of the stated figure, in the base unit ("80 miles" is 75 to 85 miles): values
   * converted from different units agree when they meet within it.
   */
  precision?: number;
  /**
   * The stretch of time a count is scoped to ("last season", "2023", "three seasons", "career"): counts of
   * different periods answer different questions.
   */
  period?: string;
  /** A vote split: the votes on the winning side; absent where the words give none ("unanimously"). */
  majority?: number;
}

/** What a figure or a date is attached to: its own verb and actor, which may differ from its clause's. */
interface Attached {
  predicate?: Predicate;
  agent?: EntityMention;
}

export interface QuantityMention extends MentionBase, Attached {
  type: 'quantity';
  quantity: Quantity;
  /**
   * An age: the named person it is the age of, wherever the source names them. Without it, an age is keyed by
   * the noun that stands for the person ("a 35-year-old man" → `age:man`), which compares less surely.
   */
  holder?: EntityMention;
}

/** A date as an interval of ISO days, inclusive. */
export interface DateValue {
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year' | 'range' | 'relative';
  /** False when a relative expression ("last summer") could not be pinned to a date. */
  resolved: boolean;
}

export interface DateMention extends MentionBase, Attached {
  type: 'date';
  date: DateValue;
  /** A weekday named without a report date to pin it ("on Monday"), 0 for Sunday: compared by name alone. */
  weekday?: number;
}

/** One reading of a clock: minutes after midnight, inclusive; an end past 1440 runs into the next day. */
export interface ClockReading {
  start: number;
  end: number;
  /** The zone the source names, as an editor reads it ("GMT", "UK time"); absent for local time. */
  zone?: string;
}

/** A time of day. Times are compared only between readings in the same zone. */
export interface TimeValue extends ClockReading {
  /** A clock time ("1:30 a.m."), an approximate one ("around 3 pm"), or a part of the day ("Monday morning"). */
  precision: 'minute' | 'approximate' | 'part';
  /** "4:17" with no a.m. or p.m.: the same reading twelve hours later is as likely. */
  twelveHour?: boolean;
  /** The same moment in another zone, given beside it ("9:15 a.m. local time (0615 GMT)"). */
  also?: ClockReading;
}

export interface TimeMention extends MentionBase, Attached {
  type: 'time';
  time: TimeValue;
  /** The day the same words put the time on ("1:30 a.m. on Monday"), when they give one. */
  day?: DateValue;
}

export type Mention = EntityMention | QuantityMention | DateMention | TimeMention;

/** A located piece of a claim. */
export interface Cue {
  text: string;
  start: number;
  end: number;
}

/** Who a claim is credited to. */
export interface Attribution extends Cue {
  /** The speaker as written ("Labour Minister Daniel Okafor", "the commission"). */
  speaker: string;
  /** Normalised key of the speaker, for comparing across sources. */
  key: string;
}

export interface Hedge extends Cue {
  /** How sure the claim is, from the hedging word: certain facts carry no hedge. */
  level: 'alleged' | 'likely' | 'possible' | 'expected';
}

/**
 * A claim that denies a proposition: "denied that anyone had been detained", "called reports that … false",
 * "there was no redundancy plan", "the alarm did not sound". Read only where the scope of the denial is plain.
 */
export interface Stance {
  kind: 'denied' | 'false' | 'no-plan' | 'negated';
  /** The words that deny ("denied that", "did not", "there was no"). */
  cue: Cue;
  /** The words denied, as written. */
  scope: Cue;
  /** What is denied, as concept words (`extract/claims/stance.ts`): compared with what other claims assert. */
  core: string[];
}

/** The verb or verbal phrase of a claim, reduced to a lemma so that "indicted" and "charged" compare. */
export interface Predicate extends Cue {
  /** The key the predicate aligns by: a newsroom synonym group ("indicted" → "charge") or the verb's own lemma. */
  lemma: string;
  /** The verb's own lemma from the language layer ("suspended" → "suspend", "struck" → "strike"), for wording. */
  base?: string;
  /** The particle of a phrasal verb: "off" in "were laid off". */
  particle?: string;
  /** The figure the predicate governs does what it says ("Five climbers died"), rather than having it done to it. */
  agentive?: boolean;
}

/** One checkable statement of one source. */
export interface Claim {
  id: string;
  sourceId: string;
  sentenceId: string;
  /** The span the claim rests on (its sentence or clause), as written. */
  text: string;
  start: number;
  end: number;
  mentions: Mention[];
  predicate?: Predicate;
  /** The actor doing the predicate, when the clause names one ("the UK" in "the UK sanctioned ..."). */
  agent?: EntityMention;
  attribution?: Attribution;
  hedge?: Hedge;
  negated: boolean;
  /** What the claim denies, when it is a plain denial. */
  stance?: Stance;
  /** What the claim asserts, as concept words; absent when it denies, negates, asks or only reports something. */
  core?: string[];
  /**
   * Extraction only: origins the claim's sentence gives a person it does not name ("the Cochrane woman"),
   * pinned to a person of the source once it is read; never present on an extracted source.
   */
  references?: Origin[];
  /** Words of a direct quotation inside the claim. */
  quotes: Cue[];
  /** Content words (lower-case, stop words removed), for similarity and blocking. */
  words: string[];
}

/** Output of the extract stage for one source. */
export interface ExtractedSource {
  id: string;
  path?: string;
  text: string;
  date?: string;
  meta?: SourceMeta;
  claims: Claim[];
  clutter: ClutterBlock[];
}

export type FindingCategory = 'name' | 'quantity' | 'date' | 'attribution' | 'statement';
/**
 * `agreement` and `divergence` compare sources; `update` is a value that moves one way across dated reports
 * (a later report updates an earlier one); `single-source` is a checkable claim no other source states or contradicts.
 */
export type FindingKind = 'agreement' | 'divergence' | 'single-source' | 'update';
export type Severity = 'error' | 'warning' | 'info';

/** One source's side of a fact: the claim and the mention (or cue) that carries the compared value. */
export interface FactItem {
  sourceId: string;
  claimId: string;
  text: string;
  start: number;
  end: number;
  /** Normalised value, as shown to the editor and compared. */
  value: string;
  mention?: Mention;
  claim: Claim;
}

/** Claims of different sources (or of one source) that speak about the same thing, with the compared slot. */
export interface Fact {
  id: string;
  category: FindingCategory;
  /** What the fact is about, in the editor's words ("sanctioned · organisations"). */
  label: string;
  /** Blocking key the fact was aligned on. */
  key: string;
  items: FactItem[];
}

/** Output of the align stage. */
export interface Alignment {
  facts: Fact[];
  /** How many candidate pairs were scored: the cost of alignment, reported by the benchmark. */
  pairsScored: number;
}

/** Where a source says what it says: the exact words of the compared value. */
export interface Evidence {
  sourceId: string;
  claimId: string;
  text: string;
  start: number;
  end: number;
  value?: string;
}

/** One step of an update: what a dated source gives, in date order. */
export interface TimelineStep {
  sourceId: string;
  /** The source's date (ISO date or date-time). */
  date: string;
  /** The source's words for the value. */
  text: string;
  value: string;
  claimId: string;
  start: number;
  end: number;
}

/** How many sources, and how many independent texts among them, stand behind an agreement. */
export interface Support {
  sources: number;
  independent: number;
  /** The families of copies among the supporting sources, each sorted, two or more sources each. */
  copies: string[][];
}

/** One finding an editor should see: an agreement, a divergence, an update or a single-source claim. */
export interface Finding {
  kind: FindingKind;
  category: FindingCategory;
  severity: Severity;
  /** Which rule produced it, e.g. `name/partial` or `quantity/disjoint`. */
  rule: string;
  /** The fact it is about, the same for findings that an editor reads together. */
  fact: string;
  message: string;
  evidence: Evidence[];
  /** Updates: the values in date order, with the source of each step. */
  timeline?: TimelineStep[];
  /** Agreements: how many independent texts support it (copies of one text count once). */
  support?: Support;
  /** Divergences: sources on different sides are copies of one text, so the difference is an editing change. */
  editing?: string[];
  /** Single-source claims: lower is more urgent to verify (0 numbers, 1 quotations, 2 named accusations, 3 dates). */
  priority?: number;
}
