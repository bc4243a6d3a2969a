import { clustersFeature } from '../clusters/clustersFeature';
import { exportFeature } from '../export/exportFeature';
import { facilitationFeature } from '../facilitation/facilitationFeature';
import type { Feature } from '../feature';
import { importFeature } from '../import/importFeature';
import { linksFeature } from '../links/linksFeature';
import { paperFeature } from '../paper/paperFeature';
import { roomFeature } from '../room/roomFeature';
import { synthesisFeature } from '../synthesis/synthesisFeature';
import { templatesFeature } from '../templates/templatesFeature';
import { votingFeature } from '../voting/votingFeature';

/**
 * Every feature of the workbench, one line each. The order is the palette's, breaks ties
 * between commands bound to one key (the first wins), and is the order boards draw the
 * features' layers in.
 */
export const FEATURES: readonly Feature[] = [
  facilitationFeature,
  clustersFeature,
  votingFeature,
  exportFeature,
  importFeature,
  synthesisFeature,
  roomFeature,
  linksFeature,
  paperFeature,
  templatesFeature,
];

/** The features' parts of every board, in drawing order. */
export const BOARD_FEATURES = FEATURES.flatMap((f) => (f.board ? [f.board] : []));
