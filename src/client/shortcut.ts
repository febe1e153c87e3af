/**
 * "/" opens search from any page (WCAG 2.1.4): never while the reader is typing, and the reader
 * can turn it off on the search page; the choice is kept in this browser.
 */
const storageKey = 'search-shortcut';

export const shortcutOn = (): boolean => localStorage.getItem(storageKey) !== 'off';

export function setShortcut(on: boolean): void {
  if (on) localStorage.removeItem(storageKey);
  else localStorage.setItem(storageKey, 'off');
}

/** Is the reader typing into this element (a field, a list box, editable text)? */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as Partial<HTMLElement> | null;
  if (typeof element?.matches !== 'function') return false;
  return Boolean(element.isContentEditable) || element.matches('input, textarea, select');
}

/** Is this key press the shortcut itself, not "/" typed with a modifier or into a field? */
export const isShortcut = (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): boolean =>
  event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);

export function startShortcut(link: HTMLAnchorElement): void {
  document.addEventListener('keydown', (event) => {
    if (!isShortcut(event) || !shortcutOn() || location.pathname === new URL(link.href).pathname) return;
    event.preventDefault();
    // Straight into the field: the search page puts the cursor where the address points.
    location.href = `${link.href}#search-input`;
  });
}

/** The search page's switch for the shortcut: usable only where a script can honour it. */
export function startShortcutToggle(box: HTMLInputElement): void {
  box.checked = shortcutOn();
  box.addEventListener('change', () => setShortcut(box.checked));
  box.closest('.shortcut-toggle')?.classList.add('ready');
}
