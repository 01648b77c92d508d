/** Month and weekday names, lower case, in calendar order (weekdays from Sunday, as Date.getUTCDay counts). */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A name as written in a message: "Monday", "March". */
const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS.map(capitalised);
