/**
 * Safe DOM building for the sidebar. Every string from the server is user data that may contain HTML, so
 * text only ever goes in through `textContent` (never `innerHTML`), and links only accept https URLs.
 */

type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes.
 *
 * @param tag - the element name
 * @param attributes - attributes to set (`true` sets an empty attribute; false/undefined are skipped)
 * @param children - nodes or text
 * @returns the element
 * @example
 * el('li', { class: 'issue' }, 'Programs!F7: expected a score');
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * Replaces an element's children.
 *
 * @param parent - the element to fill
 * @param children - the new children
 * @returns nothing
 * @example
 * replaceChildren(list, el('li', {}, 'one'));
 */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Finds an element by id, failing loudly when the page template lacks it.
 *
 * @param id - the element id
 * @returns the element
 * @example
 * byId('generate-list');
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The sidebar page has no #${id}.`);
  return node as T;
}

/**
 * Accepts a URL for a link only when it is a plain https address.
 *
 * @param url - the URL the server returned
 * @returns the URL, or null when it is not https (e.g. `javascript:`) or contains spaces or quotes
 * @example
 * safeHttpsUrl('https://docs.google.com/spreadsheets/d/abc'); // → the same URL
 */
export function safeHttpsUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  return /^https:\/\/[^\s"'<>\\`\u0000-\u001f]+$/i.test(trimmed) ? trimmed : null;
}
