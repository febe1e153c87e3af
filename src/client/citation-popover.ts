/**
 * Citation popovers: a progressive layer over citation links that already work (they go to the
 * bibliography). The entry text is on the page already, in the page's reference list.
 *
 * How a popover opens decides how it closes:
 * - hover (mouse): closes when the mouse has left both the citation and the popover;
 * - focus (keyboard): closes when focus leaves both;
 * - pinned (a tap, or any click inside it): stays until a tap or click outside, Esc or its
 *   close button (the browser's light dismiss of `popover="auto"`).
 */
import { plural, type PluralSentence } from './messages.ts';

export type Mode = 'hover' | 'focus' | 'pinned';

export interface UsageMessages {
  /** How often the thesis cites the work: "Cited {count} times in the thesis." */
  total: PluralSentence;
  /** Which use on this page this is: "Citation {position} of {count} on this page." */
  position: PluralSentence;
}

/** The popover's count line, as whole sentences. */
export function usageText(lang: string, messages: UsageMessages, usage: { total: number; position: number; here: number }): string {
  return `${plural(lang, messages.total, usage.total)} ${plural(lang, messages.position, usage.here, { position: usage.position })}`;
}

const hoverDelay = 350;
const leaveDelay = 300;

export function startCitationPopovers(popover: HTMLElement): void {
  const lang = document.documentElement.lang;
  const messages = JSON.parse(popover.dataset.messages!) as UsageMessages;
  const cites = [...document.querySelectorAll<HTMLAnchorElement>('main a.cite[data-cite]')];
  const usesOf = (link: HTMLAnchorElement) => cites.filter((c) => c.dataset.cite === link.dataset.cite);
  const isOpen = () => popover.matches(':popover-open');
  const entryText = popover.querySelector<HTMLElement>('.cite-popover-entry')!;
  const countText = popover.querySelector<HTMLElement>('.cite-popover-count')!;
  const entryLink = popover.querySelector<HTMLAnchorElement>('[data-entry]')!;
  const stepButtons = [...popover.querySelectorAll<HTMLButtonElement>('[data-step]')];

  let current: HTMLAnchorElement | undefined;
  let mode: Mode = 'hover';
  let timer: number | undefined;

  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(fn, ms);
  };
  const close = () => {
    clearTimeout(timer);
    if (isOpen()) popover.hidePopover();
  };

  function place(link: HTMLElement) {
    // Below the line that holds the citation, or above it: never over the line being read.
    const line = [...link.getClientRects()].at(-1) ?? link.getBoundingClientRect();
    const { width, height } = popover.getBoundingClientRect();
    const left = Math.min(Math.max(8, line.left), window.innerWidth - width - 8);
    const below = line.bottom + 6;
    const top = below + height > window.innerHeight - 8 && line.top - height - 6 > 8 ? line.top - height - 6 : below;
    popover.style.left = `${Math.max(8, left)}px`;
    popover.style.top = `${top}px`;
  }

  function open(link: HTMLAnchorElement, how: Mode) {
    clearTimeout(timer);
    const entry = document.getElementById(`cited-${link.dataset.cite}`);
    if (!entry) return;
    const uses = usesOf(link);
    const position = uses.indexOf(link);
    entryText.replaceChildren(...[...entry.querySelector('.csl-entry')!.childNodes].map((n) => n.cloneNode(true)));
    countText.textContent = usageText(lang, messages, { total: Number(entry.dataset.count ?? uses.length), position: position + 1, here: uses.length });
    entryLink.setAttribute('href', link.getAttribute('href')!);
    stepButtons.forEach((button) => (button.disabled = !uses[position + Number(button.dataset.step)]));
    mode = how;
    // Shown again for another citation, so that the popover follows that citation in tab order.
    if (isOpen() && current !== link) popover.hidePopover();
    current = link;
    if (!isOpen()) popover.showPopover({ source: link } as ShowPopoverOptions);
    place(link);
  }

  /** Focus has gone somewhere that neither keeps nor takes over the popover. */
  const focusLeft = (next: EventTarget | null) =>
    !(next instanceof Node && popover.contains(next)) && !(next instanceof HTMLElement && next.matches('main a.cite[data-cite]'));
  const onFocusOut = (event: FocusEvent) => {
    if (mode === 'focus' && focusLeft(event.relatedTarget)) close();
  };

  let pressedWhileOpen = false;
  for (const link of cites) {
    link.setAttribute('aria-describedby', `cited-${link.dataset.cite}`);
    link.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse' && !(isOpen() && mode !== 'hover')) later(() => open(link, 'hover'), hoverDelay);
    });
    link.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && mode === 'hover') later(() => !popover.matches(':hover') && close(), leaveDelay);
    });
    link.addEventListener('pointerdown', () => (pressedWhileOpen = isOpen() && current === link));
    link.addEventListener('focus', () => link.matches(':focus-visible') && open(link, 'focus'));
    link.addEventListener('focusout', onFocusOut);
    link.addEventListener('click', (event) => {
      // A tap shows the reference first; a second tap, or the popover's link, goes on to the bibliography.
      const touch = (event as PointerEvent).pointerType === 'touch' || (event as PointerEvent).pointerType === 'pen';
      if (touch && !pressedWhileOpen) {
        event.preventDefault();
        open(link, 'pinned');
      }
    });
  }

  popover.addEventListener('pointerenter', () => clearTimeout(timer));
  popover.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse' && mode === 'hover') later(close, leaveDelay);
  });
  popover.addEventListener('pointerdown', () => (mode = 'pinned'));
  popover.addEventListener('focusout', onFocusOut);
  popover.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState === 'closed' && popover.contains(document.activeElement)) current?.focus();
  });
  for (const button of stepButtons) {
    button.addEventListener('click', () => {
      if (!current) return;
      const uses = usesOf(current);
      const next = uses[uses.indexOf(current) + Number(button.dataset.step)];
      if (!next) return;
      next.scrollIntoView({ block: 'center' });
      next.focus({ preventScroll: true });
      open(next, mode);
    });
  }
  const follow = () => current && isOpen() && place(current);
  window.addEventListener('resize', follow);
  window.addEventListener('scroll', follow, { passive: true });
}
