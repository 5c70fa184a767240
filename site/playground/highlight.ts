/** A stretch of the input to mark, and why. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: 'evidence' | 'promise' | 'request';
  readonly title: string;
}

/** Overlapping marks of one kind become one mark over their union. */
function mergeSameKind(marks: readonly Mark[]): Mark[] {
  const merged: Mark[] = [];
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last !== undefined && last.kind === mark.kind && mark.start < last.end) {
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, mark.end), title: `${last.title}\n${mark.title}` };
    } else {
      merged.push(mark);
    }
  }
  return merged;
}

/**
 * Renders `text` into `target` as text nodes and `<mark>` elements. Marks of one kind that overlap
 * are merged; between kinds, the kind listed first in `order` wins and the other mark is left out.
 */
export function renderMarked(target: HTMLElement, text: string, marks: readonly Mark[], order: readonly Mark['kind'][]): void {
  const kept: Mark[] = [];
  for (const kind of order) {
    const ofKind = marks.filter((m) => m.kind === kind && m.start >= 0 && m.end <= text.length && m.start < m.end);
    for (const mark of mergeSameKind(ofKind)) {
      if (!kept.some((k) => mark.start < k.end && k.start < mark.end)) kept.push(mark);
    }
  }
  kept.sort((a, b) => a.start - b.start);
  const parts: Node[] = [];
  let at = 0;
  for (const mark of kept) {
    if (mark.start > at) parts.push(document.createTextNode(text.slice(at, mark.start)));
    const el = document.createElement('mark');
    el.className = mark.kind;
    el.title = mark.title;
    el.textContent = text.slice(mark.start, mark.end);
    parts.push(el);
    at = mark.end;
  }
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  target.replaceChildren(...parts);
}
