import os from 'node:os';
import path from 'node:path';

/**
 * Where the case store lives unless told otherwise: ZHIFA_DATA_DIR, else the platform's
 * per-user application-data folder (what Electron's app.getPath('userData') gives too).
 */
export function defaultDataDir(): string {
  if (process.env.ZHIFA_DATA_DIR) return process.env.ZHIFA_DATA_DIR;
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'zhifa-workstation');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'zhifa-workstation');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'zhifa-workstation');
}
