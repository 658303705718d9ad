/**
 * Wraps a click listener so it runs only for the seller's own clicks. Seller Center's page scripts
 * share the DOM (and can reach our open shadow roots): their `element.click()` or `dispatchEvent`
 * arrives with `isTrusted === false`, and must not open tabs or record print-label times.
 * Example: `button.addEventListener('click', trustedClick(() => open()))`.
 */
export function trustedClick<E extends Event>(listener: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) listener(event);
  };
}
