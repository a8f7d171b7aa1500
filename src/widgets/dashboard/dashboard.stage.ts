/**
 * How a big-screen stage fits the box it is given, as a pure function. The stage is laid out in
 * its design pixels and scaled with CSS `zoom` (uniform, so text is never stretched): `zoom`
 * re-lays out and re-rasterises text at the displayed size (crisp, unlike a `transform: scale()`
 * of a finished picture), and the chart controller draws canvases at `devicePixelRatio × zoom`
 * with pointer positions divided by the zoom (see `src/core/chart.ts`), so charts stay sharp and
 * the mark under the pointer is the one that answers.
 *
 * - `contain`: the whole stage visible, centred, letterboxed;
 * - `width` / `height`: the stage's width (height) fills the box; the other axis scrolls if longer;
 * - `cover`: the box is filled, the stage centred and cropped;
 * - `stretch`: the box is filled exactly; text scales by the smaller factor and the grid takes the
 *   rest (areas grow along the longer axis, text does not stretch);
 * - `none`: design pixels, scrolling if larger.
 */
/** How a stage fits the space it is given (here, not in dashboard.options.ts, so that the workbench's composer reads the list without the dashboard's validation). */
export const STAGE_FITS = ['contain', 'width', 'height', 'cover', 'stretch', 'none'] as const;
export type StageFit = (typeof STAGE_FITS)[number];

/** The layout size of the stage in design pixels and the zoom that maps it onto the box. */
export interface StageFitResult {
  readonly zoom: number;
  /** Layout width and height in design pixels (the design size, except under `stretch`). */
  readonly width: number;
  readonly height: number;
  /** True when the stage may be larger than the box along an axis (the box scrolls). */
  readonly scroll: boolean;
}

export function fitStage(stage: { readonly width: number; readonly height: number; readonly fit: StageFit }, box: { readonly width: number; readonly height: number }): StageFitResult {
  const { width: W, height: H } = stage;
  const sx = box.width > 0 ? box.width / W : 1;
  const sy = box.height > 0 ? box.height / H : 1;
  switch (stage.fit) {
    case 'width':
      return { zoom: sx, width: W, height: H, scroll: true };
    case 'height':
      return { zoom: sy, width: W, height: H, scroll: true };
    case 'cover':
      return { zoom: Math.max(sx, sy), width: W, height: H, scroll: false };
    case 'stretch': {
      const zoom = Math.min(sx, sy);
      return { zoom, width: box.width > 0 ? box.width / zoom : W, height: box.height > 0 ? box.height / zoom : H, scroll: false };
    }
    case 'none':
      return { zoom: 1, width: W, height: H, scroll: true };
    default:
      return { zoom: Math.min(sx, sy), width: W, height: H, scroll: false };
  }
}
