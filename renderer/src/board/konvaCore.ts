// Konva's core as the board uses it: konva/lib/_CoreInternals.js without Animation, Tween and
// Easings (Konva's own animations; the board animates with requestAnimationFrame,
// noteGlide.ts) nor the deprecated FastLayer, about 8 KB the first paint no longer loads.
// electron.vite.config.ts resolves react-konva's `konva/lib/Core.js` here; the shapes the
// board draws are added by reactKonva.ts, as before.
import { Konva as Global } from 'konva/lib/Global.js';
import { Util, Transform } from 'konva/lib/Util.js';
import { Node } from 'konva/lib/Node.js';
import { Container } from 'konva/lib/Container.js';
import { Stage, stages } from 'konva/lib/Stage.js';
import { Layer } from 'konva/lib/Layer.js';
import { Group } from 'konva/lib/Group.js';
import { DD } from 'konva/lib/DragAndDrop.js';
import { Shape, shapes } from 'konva/lib/Shape.js';
import { Context } from 'konva/lib/Context.js';
import { Canvas } from 'konva/lib/Canvas.js';

export const Konva = Util._assign(Global, {
  beginUpdateBatch: Node._beginUpdateBatch,
  Util,
  Transform,
  Node,
  Container,
  Stage,
  stages,
  Layer,
  Group,
  DD,
  Shape,
  shapes,
  Context,
  Canvas,
});
export default Konva;
