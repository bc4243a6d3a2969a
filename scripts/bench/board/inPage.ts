// Functions run inside the page (page.evaluate serialises them): each must be self-contained.

/**
 * The intervals between frames while the view pans (or zooms) every frame for `ms`
 * milliseconds: the app's board through wheel events on `target`, or the floor page (set
 * up by setUpFloor) when `target` is "floor". Mode "still" moves nothing (the page changes
 * from elsewhere); then `watch` names an element whose data-notes-shown is noted, with the
 * wall-clock time, each frame it changes.
 */
export async function framesWhileMoving({
  ms,
  mode,
  target,
  watch,
}: {
  ms: number;
  mode: 'pan' | 'zoom' | 'still';
  target: string;
  watch?: string;
}): Promise<{ intervals: number[]; work: number[]; shown: { at: number; count: number }[] }> {
  const floor = (window as unknown as { __floorMove?: (direction: number, mode: string) => void }).__floorMove;
  const element = target === 'floor' ? null : document.querySelector(target)!;
  const box = element?.getBoundingClientRect();
  const intervals: number[] = [];
  const shown: { at: number; count: number }[] = [];
  let count = -1;
  // The main thread's work for each frame: from the frame's start to the end of its rendering
  // (a message posted from a frame callback runs once the frame is drawn). Frames are paced
  // by the display, so intervals sit at 16.7 ms while the work shows the headroom left.
  const work: number[] = [];
  const channel = new MessageChannel();
  let frameStart = 0;
  channel.port1.onmessage = () => work.push(performance.now() - frameStart);
  return new Promise((resolve) => {
    let last = 0;
    let start = 0;
    let step = 0;
    function frame(t: number) {
      if (start === 0) start = t;
      else intervals.push(t - last);
      last = t;
      if (watch) {
        const now = Number(document.querySelector(watch)?.getAttribute('data-notes-shown') ?? -1);
        if (now !== count) shown.push({ at: Date.now(), count: (count = now) });
      }
      if (t - start > ms) return resolve({ intervals: intervals.slice(2), work: work.slice(2), shown });
      // t is the frame's start, shared by every callback of the frame (Konva draws in its own).
      frameStart = t;
      channel.port2.postMessage(null);
      // Back and forth, so the view stays over the notes.
      const direction = Math.floor(step++ / 45) % 2 === 0 ? 1 : -1;
      if (mode === 'still') {
        // Nothing moves: the frames show what the page's own work leaves of them.
      } else if (!element || !box) floor!(direction, mode);
      else {
        element.dispatchEvent(
          new WheelEvent('wheel', {
            deltaX: mode === 'pan' ? 24 * direction : 0,
            deltaY: mode === 'pan' ? 12 * direction : 18 * direction,
            ctrlKey: mode === 'zoom',
            clientX: box.x + box.width / 2,
            clientY: box.y + box.height / 2,
            bubbles: true,
            cancelable: true,
          }),
        );
      }
      requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
  });
}

/** Zooms the app's board to `scale` around the view's centre with one Ctrl+wheel, as a user's wheel would. */
export function zoomBoardTo({ scale, target }: { scale: number; target: string }): number {
  const konva = (window as unknown as { Konva: { stages: { scaleX(): number }[] } }).Konva;
  const now = konva.stages[0].scaleX();
  const element = document.querySelector(target)!;
  const box = element.getBoundingClientRect();
  element.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY: -500 * Math.log(scale / now),
      ctrlKey: true,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2,
      bubbles: true,
      cancelable: true,
    }),
  );
  return konva.stages[0].scaleX();
}

/** Where a board point is on screen, from the app's Konva stage. */
export function screenPointOf({ x, y, target }: { x: number; y: number; target: string }): { x: number; y: number } {
  const stage = (window as unknown as { Konva: { stages: { x(): number; y(): number; scaleX(): number }[] } }).Konva
    .stages[0];
  const box = document.querySelector(target)!.getBoundingClientRect();
  return { x: box.x + stage.x() + x * stage.scaleX(), y: box.y + stage.y() + y * stage.scaleX() };
}

/**
 * Starts recording, for each pointer move, the time from the event to the end of the frame
 * that shows it: a rAF queued by the event runs in the frame that draws it, and a message
 * posted from there runs once that frame's rendering work is done.
 */
export function recordPointerLatency(): void {
  const w = window as unknown as { __latencies: number[] };
  w.__latencies = [];
  const channel = new MessageChannel();
  const pending: number[] = [];
  channel.port1.onmessage = () => {
    const t0 = pending.shift();
    if (t0 !== undefined) w.__latencies.push(performance.now() - t0);
  };
  window.addEventListener(
    'pointermove',
    (event) => {
      pending.push(event.timeStamp);
      requestAnimationFrame(() => channel.port2.postMessage(null));
    },
    { capture: true },
  );
}

export function takePointerLatencies(): number[] {
  return (window as unknown as { __latencies: number[] }).__latencies.splice(0);
}

interface FloorNote {
  x: number;
  y: number;
  text: string;
}

/**
 * The floor: a bare Konva page drawing the same notes (Rect + Text) with culling and
 * nothing else. It installs `__floorMove`, which moves the view as the app's wheel handler
 * would, for framesWhileMoving. Konva must already be loaded.
 */
export function setUpFloor({
  notes,
  scale,
  centre,
}: {
  notes: FloorNote[];
  scale: number;
  centre: { x: number; y: number };
}): void {
  type KonvaNode = { visible(v: boolean): void; add(...n: unknown[]): void };
  const K = (
    window as unknown as {
      Konva: Record<string, new (attrs: object) => KonvaNode & Record<string, (...a: unknown[]) => unknown>>;
    }
  ).Konva;
  const host = document.createElement('div');
  document.body.style.margin = '0';
  document.body.appendChild(host);
  const width = 1280;
  const height = 800;
  const stage = new K.Stage({ container: host, width, height });
  const layer = new K.Layer({ listening: false });
  stage.add(layer);
  const groups = notes.map((n) => {
    const group = new K.Group({ x: n.x, y: n.y, listening: false, visible: false });
    group.add(
      new K.Rect({
        width: 180,
        height: 110,
        fill: '#fff9c4',
        stroke: '#e3d67a',
        strokeWidth: 1,
        perfectDrawEnabled: false,
        listening: false,
      }),
    );
    group.add(
      new K.Text({
        x: 10,
        y: 10,
        width: 160,
        height: 90,
        text: n.text,
        fontSize: 13,
        fill: '#212b32',
        perfectDrawEnabled: false,
        listening: false,
      }),
    );
    layer.add(group);
    return group;
  });
  let view = { x: width / 2 - centre.x * scale, y: height / 2 - centre.y * scale, scale };
  const shown = new Set<number>();
  function draw() {
    stage.setAttrs({ x: view.x, y: view.y, scaleX: view.scale, scaleY: view.scale });
    const left = -view.x / view.scale;
    const top = -view.y / view.scale;
    const right = left + width / view.scale;
    const bottom = top + height / view.scale;
    notes.forEach((n, i) => {
      const visible = n.x + 180 >= left && n.x <= right && n.y + 110 >= top && n.y <= bottom;
      if (visible !== shown.has(i)) {
        groups[i].visible(visible);
        if (visible) shown.add(i);
        else shown.delete(i);
      }
    });
    (layer as unknown as { batchDraw(): void }).batchDraw();
  }
  draw();
  (window as unknown as { __floorMove: (direction: number, mode: string) => void }).__floorMove = (direction, mode) => {
    if (mode === 'pan') view = { ...view, x: view.x - 24 * direction, y: view.y - 12 * direction };
    else {
      const next = view.scale * Math.exp((-18 * direction) / 500);
      view = {
        x: width / 2 - (width / 2 - view.x) * (next / view.scale),
        y: height / 2 - (height / 2 - view.y) * (next / view.scale),
        scale: next,
      };
    }
    draw();
  };
}
