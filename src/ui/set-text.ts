/**
 * Writes an element's text only when it changed, editing its text node in place: replacing the node
 * (textContent) costs more, and these writes run many times a second while the clock plays.
 */
export function setText(element: HTMLElement | null | undefined, value: string): void {
  if (!element) return;
  const node = element.firstChild;
  if (node instanceof Text && node === element.lastChild) {
    if (node.data !== value) node.data = value;
  } else if (element.textContent !== value) element.textContent = value;
}
