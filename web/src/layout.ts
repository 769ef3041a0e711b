/**
 * A small deterministic force layout (Fruchterman–Reingold with gravity; no randomness, so the same
 * network draws the same way every time), scaled at the end to fill the drawing area.
 */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
}

export interface Box {
  width: number;
  height: number;
  /** Room kept free on each side (labels sit right of the nodes). */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function forceLayout(ids: readonly string[], links: readonly { source: string; target: string; weight: number }[], box: Box, iterations = 400): Map<string, LayoutNode> {
  const n = ids.length;
  const nodes = ids.map((id, i) => {
    // Start on a sunflower spiral, in the order given: the busiest nodes near the middle.
    const r = Math.sqrt((i + 0.5) / Math.max(n, 1));
    const a = i * 2.399963;
    return { id, x: r * Math.cos(a), y: r * Math.sin(a), dx: 0, dy: 0 };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const k = 1 / Math.sqrt(Math.max(n, 1));
  const gravity = 1.2;
  for (let it = 0; it < iterations; it++) {
    const temperature = 0.1 * (1 - it / iterations) + 0.002;
    for (const a of nodes) {
      a.dx = 0;
      a.dy = 0;
    }
    for (let i = 0; i < n; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j]!;
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let d = Math.sqrt(dx * dx + dy * dy);
        if (d < 1e-6) {
          dx = 1e-3 * (i - j);
          dy = 1e-3;
          d = Math.sqrt(dx * dx + dy * dy);
        }
        const f = (k * k) / d / d;
        a.dx += dx * f;
        a.dy += dy * f;
        b.dx -= dx * f;
        b.dy -= dy * f;
      }
    }
    for (const l of links) {
      const a = nodes[index.get(l.source)!];
      const b = nodes[index.get(l.target)!];
      if (!a || !b || a === b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1e-6;
      const f = (d / k) * Math.min(1 + Math.log(l.weight), 3);
      a.dx -= dx * f;
      a.dy -= dy * f;
      b.dx += dx * f;
      b.dy += dy * f;
    }
    for (const a of nodes) {
      a.dx -= a.x * gravity * k * 10;
      a.dy -= a.y * gravity * k * 10;
      const d = Math.sqrt(a.dx * a.dx + a.dy * a.dy) || 1;
      const step = Math.min(d, temperature);
      a.x += (a.dx / d) * step;
      a.y += (a.dy / d) * step;
    }
  }
  // Fit the drawing into the box, keeping its aspect ratio.
  const xs = nodes.map((p) => p.x);
  const ys = nodes.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = box.width - box.left - box.right;
  const h = box.height - box.top - box.bottom;
  const scale = Math.min(w / Math.max(x1 - x0, 1e-6), h / Math.max(y1 - y0, 1e-6));
  const ox = box.left + (w - (x1 - x0) * scale) / 2;
  const oy = box.top + (h - (y1 - y0) * scale) / 2;
  return new Map(nodes.map((p) => [p.id, { id: p.id, x: ox + (p.x - x0) * scale, y: oy + (p.y - y0) * scale }]));
}
