// The board's react-konva: Konva's core and only the shapes the board draws. The package's main
// entry registers every Konva shape and filter, about 90 KB of start-up script the board never runs.
// Import Konva components from here, not from the package's main entry.
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';
import 'konva/lib/shapes/Circle';

export { Circle, Group, Layer, Rect, Shape, Stage, Text } from 'react-konva/lib/ReactKonvaCore';
