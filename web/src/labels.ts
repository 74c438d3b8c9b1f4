/**
 * Labels beside points without covering each other: each label tries spots
 * around its point, nearest first (right, left, above, below, the diagonals,
 * then further out), and takes the first clear of the labels placed before
 * it, of the points to keep clear and of the chart's edges.
 */
export interface LabelAnchor {
  key: string;
  text: string;
  /** The point, in pixels. */
  px: number;
  py: number;
  /** Radius of the point's mark. */
  r: number;
  size: number;
  /** When nothing is clear: place it anyway where it covers least (true), or leave it out. */
  required: boolean;
  /** How far out it may go: 1 to 6 rings of spots (all six unless told). */
  reach?: number;
}

export interface PlacedLabel extends LabelAnchor {
  /** The label's centre, in pixels. */
  cx: number;
  cy: number;
  /** Away from its point (worth a leader line). */
  moved: boolean;
}

interface Box { x0: number; y0: number; x1: number; y1: number }

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** A text's width in pixels, roughly, at a size (system-ui, semi-bold). */
export const textWidth = (text: string, size: number) => text.length * size * 0.6 + 2;

export function placeLabels(anchors: LabelAnchor[], bounds: Box, points: { px: number; py: number; r: number }[]): PlacedLabel[] {
  const placed: (PlacedLabel & { box: Box })[] = [];
  const keep = points.map((p) => ({ x0: p.px - p.r, y0: p.py - p.r, x1: p.px + p.r, y1: p.py + p.r }));
  for (const a of anchors) {
    const w = textWidth(a.text, a.size);
    const h = a.size * 1.15;
    let best: { cx: number; cy: number; cost: number; far: number } | undefined;
    for (const [i, d] of [0, 10, 22, 36, 54, 76].slice(0, a.reach ?? 6).entries()) {
      const g = a.r + 3 + d;
      const k = 0.72;
      const spots: [number, number][] = [
        [a.px + g + w / 2, a.py], [a.px - g - w / 2, a.py],
        [a.px, a.py - g - h / 2], [a.px, a.py + g + h / 2],
        [a.px + k * g + w / 2, a.py - k * g - h / 2], [a.px - k * g - w / 2, a.py - k * g - h / 2],
        [a.px + k * g + w / 2, a.py + k * g + h / 2], [a.px - k * g - w / 2, a.py + k * g + h / 2],
      ];
      for (const [cx, cy] of spots) {
        const box = { x0: cx - w / 2 - 1, y0: cy - h / 2 - 1, x1: cx + w / 2 + 1, y1: cy + h / 2 + 1 };
        const outside = Math.max(0, bounds.x0 - box.x0) + Math.max(0, box.x1 - bounds.x1) + Math.max(0, bounds.y0 - box.y0) + Math.max(0, box.y1 - bounds.y1);
        let cost = outside * 1000;
        for (const p of placed) cost += overlap(box, p.box) * 10;
        for (const k2 of keep) cost += overlap(box, k2);
        if (!best || cost < best.cost - 1e-9) best = { cx, cy, cost, far: i };
        if (cost === 0) break;
      }
      if (best?.cost === 0) break;
    }
    if (!best || (best.cost > 0 && !a.required)) continue;
    const box = { x0: best.cx - w / 2 - 1, y0: best.cy - h / 2 - 1, x1: best.cx + w / 2 + 1, y1: best.cy + h / 2 + 1 };
    placed.push({ ...a, cx: best.cx, cy: best.cy, moved: best.far >= 2, box });
  }
  return placed.map(({ box: _box, ...p }) => p);
}
