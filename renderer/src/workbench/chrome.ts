// The workbench's chrome around the editor, loaded as one chunk once it may mount (see
// useChromeReady): launched for a session, none of it is in the scripts before the board's
// first paint.
export { ActivityBar } from './ActivityBar';
export { DialogHost } from './DialogHost';
export { MenuBar } from './MenuBar';
export { SideBar } from './SideBar';
export { StatusBar } from './StatusBar';
