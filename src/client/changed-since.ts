/**
 * "Mark paragraphs changed since <tag>" in a chapter: the build lists, per tagged version, the
 * ids of this chapter's paragraphs that changed since it (on each <option>); checking the box
 * marks them in place, with the version named for screen readers. Without JS the controls stay
 * hidden and the link to the changes page remains.
 */
export function enableChangedSince(controls: HTMLElement, doc: Document = document) {
  const toggle = controls.querySelector<HTMLInputElement>('input[type=checkbox]')!;
  const version = controls.querySelector<HTMLSelectElement>('select')!;
  const status = controls.querySelector<HTMLElement>('[role=status]')!;

  const clear = () => {
    for (const marked of doc.querySelectorAll('[data-changed-since]')) {
      marked.removeAttribute('data-changed-since');
      marked.querySelector(':scope > .changed-since-marker')?.remove();
    }
    status.textContent = '';
  };
  const mark = () => {
    clear();
    if (!toggle.checked) return;
    const option = version.selectedOptions[0];
    for (const id of (option.dataset.paragraphs ?? '').split(' ').filter(Boolean)) {
      const paragraph = doc.getElementById(id);
      if (!paragraph) continue;
      paragraph.dataset.changedSince = option.value;
      const marker = doc.createElement('span');
      marker.className = 'visually-hidden changed-since-marker';
      marker.textContent = `${option.dataset.marker} `;
      paragraph.prepend(marker);
    }
    status.textContent = option.dataset.status ?? '';
  };
  toggle.addEventListener('change', mark);
  version.addEventListener('change', mark);
  controls.hidden = false;
}
