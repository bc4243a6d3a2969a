// Wrapping is pure and shared with the presentation layout (shared/layout/presentation.ts).
export { wrapText, type MeasureText } from '../../../shared/layout/wrapText';
