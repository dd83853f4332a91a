/**
 * Elements from plain values. Text goes in through text nodes only (never innerHTML): the
 * edition's text and the glossary are untrusted, and this keeps every string inert.
 */

/** Attribute values; `false`, null and undefined leave the attribute out, `true` sets it empty. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** A child: an element, a string (as text), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Create `<tag>` with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Append children (strings as text nodes). */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replace all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
