/**
 * Web clutter: share buttons, comment prompts, sales calls to action and navigation labels that scrapers
 * carry into article text. General patterns of web pages, never the words of one story.
 * Each rule has an id so a report can say why a block was left out.
 */
interface ClutterRule {
  id: string;
  test: (text: string, words: number) => boolean;
}

const SHORT = 12;

const RULES: readonly ClutterRule[] = [
  {
    id: 'clutter/share',
    test: (t, w) =>
      w <= 6 &&
      /^(share|tweet|pin|email|print|send)(\s+(this|it))?(\s+(post|article|story|page|link))?(\s+(on|via|to|with)\s+[\w ]+)?\s*[:!]?$/i.test(t) &&
      !/[.?]$/.test(t),
  },
  {
    id: 'clutter/comment-prompt',
    test: (t, w) =>
      w <= SHORT &&
      /^(please\s+)?(enter|leave|post|add|write)\s+(your|a)\s+(comment|name|email|reply|message)|^(leave a reply|comments?|no comments|\d+\s+comments?|join the discussion|cancel reply|save my name)\b/i.test(t),
  },
  {
    id: 'clutter/call-to-action',
    test: (t, w) =>
      w <= SHORT &&
      /^[×✕xX]?\s*(request a (quote|demo|call)|chat (to|with) us|chat now|contact us|get in touch|book (a|now)|buy now|subscribe|sign up|sign in|log in|register now|download (now|the app)|follow us|click here|read more|learn more|see more|view (all|more)|load more|accept (all )?cookies|advertisement|sponsored)\b/i.test(t),
  },
  {
    id: 'clutter/navigation',
    test: (t, w) =>
      w <= 4 &&
      /^(latest|related|recommended|trending|popular|more|top|most read|recent)\s*(news|posts?|stories|articles|reads|from)?\s*$|^(home|menu|search|next|previous|back to top|tags?:?.*|categories?:?.*|posted in.*|filed under.*)$/i.test(t),
  },
  {
    id: 'clutter/copyright',
    test: (t, w) => w <= 20 && /^(©|\(c\)|copyright\b|all rights reserved)/i.test(t),
  },
  {
    id: 'clutter/close-button',
    test: (t) => /^[×✕]\s*\S*/.test(t) && t.length < 40,
  },
];

/** The id of the first clutter rule a block matches, or undefined for article text. */
export function clutterRule(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const words = trimmed.split(/\s+/).length;
  for (const rule of RULES) if (rule.test(trimmed, words)) return rule.id;
  return undefined;
}
