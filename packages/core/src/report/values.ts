export { dateValue, mentionValue, quantityValue } from '../values/format.js';
