import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/webPreferences';

describe('every app window’s renderer settings (the workbench and the presenter window)', () => {
  it('are sandboxed and isolated, with no Node, no webview and only our preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toEqual({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });
});
