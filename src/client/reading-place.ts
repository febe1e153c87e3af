/**
 * The language switch carries the reader's place across: paragraphs and quote cards have the
 * same id in both editions. The place is noted while reading, since reaching the switch at the
 * top scrolls it away.
 */

/** How far down the window a reader's eyes rest, as a share of its height. */
const readingLine = 1 / 3;

/**
 * The id of the place being read: the last marked block that starts above the reading line.
 * A block whose end still shows above the line (a quote card just read past) loses to the
 * paragraph that has started.
 */
export function placeAt(marks: { id: string; top: number }[], line: number): string | undefined {
  return marks.filter((m) => m.top <= line).at(-1)?.id;
}

export function startReadingPlace(switches: Iterable<HTMLAnchorElement>): void {
  let reading: string | undefined;
  let pending = false;
  const note = () => {
    pending = false;
    // Scrolling back up to the switch keeps the place last read.
    if (window.scrollY <= 200) return;
    const marks = [...document.querySelectorAll<HTMLElement>('main [id^="p-"], main [data-quote-id]')];
    reading = placeAt(marks.map((m) => ({ id: m.id, top: m.getBoundingClientRect().top })), window.innerHeight * readingLine) ?? reading;
  };
  window.addEventListener('scroll', () => !pending && (pending = true) && requestAnimationFrame(note), { passive: true });
  for (const link of switches) {
    link.addEventListener('click', () => {
      if (reading) link.hash = reading;
    });
  }
}
