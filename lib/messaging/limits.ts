/**
 * Limits of the message protocol that the page side needs too, in a module without zod (the content
 * script imports it; lib/messaging/page.ts).
 */

/**
 * Orders one print-label click may apply to: a bulk print of the selected rows of one list page
 * (Seller Center lists show at most 100 rows a page, UNCONFIRMED), with room to spare.
 */
export const MAX_LABEL_CLICK_IDS = 200;
