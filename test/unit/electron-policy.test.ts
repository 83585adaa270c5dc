import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  APP_ORIGIN,
  eventRecipients,
  intranetHosts,
  isTrustedSender,
  mayNavigate,
  mayOpenExternally,
  mayUsePermission,
  windowOpenDecision,
} from '../../electron/policy';
import type { Connection } from '../../main/rpc/dispatcher';

const ROOT = path.resolve(__dirname, '..', '..');

describe('desktop shell policy', () => {
  it('lets a window move within the app only, whatever the address starts with', () => {
    assert.equal(APP_ORIGIN, 'app://workstation');
    assert.equal(mayNavigate('app://workstation/index.html'), true);
    assert.equal(mayNavigate('app://workstation/index.html#/cases/3'), true);
    for (const url of [
      'app://workstation.evil/index.html',
      'app://workstation@evil/index.html',
      'app://workstation',
      'app://workstationx/',
      'https://workstation/',
      'file:///etc/passwd',
      'http://127.0.0.1:8080/',
    ]) {
      assert.equal(mayNavigate(url), false, url);
    }
  });

  it('compares a loopback origin with its trailing slash, so a longer port or host does not pass', () => {
    const origin = 'http://127.0.0.1:8123';
    assert.equal(mayNavigate('http://127.0.0.1:8123/', origin), true);
    assert.equal(mayNavigate('http://127.0.0.1:8123.evil/', origin), false);
    assert.equal(mayNavigate('http://127.0.0.1:81234/', origin), false);
  });

  it('takes backend calls only from the app page in its top frame', () => {
    assert.equal(isTrustedSender({ url: 'app://workstation/index.html', isTopFrame: true }), true);
    assert.equal(isTrustedSender({ url: 'app://workstation/index.html', isTopFrame: false }), false, 'an embedded frame');
    assert.equal(isTrustedSender({ url: 'app://workstation.evil/index.html', isTopFrame: true }), false);
    assert.equal(isTrustedSender({ url: 'blob:app://workstation/1234', isTopFrame: true }), false, 'a PDF preview blob');
    assert.equal(isTrustedSender(null), false);
  });

  it('opens nothing in the system browser unless the office configured the host', () => {
    assert.deepEqual(intranetHosts({}), []);
    assert.equal(mayOpenExternally('https://www.gov.cn/zhengce/', intranetHosts({})), false);
    const hosts = intranetHosts({ ZHIFA_INTRANET_HOSTS: ' OA.jtj.example.gov.cn , fagui.jtj.example.gov.cn:8443,' });
    assert.deepEqual(hosts, ['oa.jtj.example.gov.cn', 'fagui.jtj.example.gov.cn:8443']);
    assert.equal(mayOpenExternally('https://oa.jtj.example.gov.cn/notice/12', hosts), true);
    assert.equal(mayOpenExternally('https://OA.JTJ.example.gov.cn/', hosts), true, 'host names are case-blind');
    assert.equal(mayOpenExternally('https://fagui.jtj.example.gov.cn:8443/law', hosts), true);
    for (const url of [
      'http://oa.jtj.example.gov.cn/',
      'https://oa.jtj.example.gov.cn.evil.com/',
      'https://evil.com/?https://oa.jtj.example.gov.cn/',
      'https://user:pw@oa.jtj.example.gov.cn/',
      'https://oa.jtj.example.gov.cn:444/',
      'https://fagui.jtj.example.gov.cn/law',
      'file:///C:/Windows/System32/calc.exe',
      'smb://oa.jtj.example.gov.cn/share',
      'not a url',
    ]) {
      assert.equal(mayOpenExternally(url, hosts), false, url);
    }
  });

  it('never opens a new app window, and hands an allowed intranet page to the system browser', () => {
    const hosts = ['oa.jtj.example.gov.cn'];
    assert.deepEqual(windowOpenDecision('https://oa.jtj.example.gov.cn/a', hosts), { action: 'deny', openExternally: true });
    assert.deepEqual(windowOpenDecision('https://www.example.com/', hosts), { action: 'deny', openExternally: false });
    assert.deepEqual(windowOpenDecision('app://workstation/index.html', hosts), { action: 'deny', openExternally: false });
  });

  it('denies every permission a page could ask for', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'usb', 'serial', 'openExternal', 'fullscreen', 'unknown']) {
      assert.equal(mayUsePermission(p), false, p);
    }
  });

  it('sends backend events only to windows that are signed in', () => {
    const session = {} as NonNullable<Connection['session']>;
    const connections = new Map<number, Connection>([
      [1, { session: null }],
      [2, { session }],
      [3, { session: null, loginFailures: { count: 2, lastAt: 0 } }],
      [4, { session }],
    ]);
    assert.deepEqual(eventRecipients(connections), [2, 4]);
    assert.deepEqual(eventRecipients(new Map()), []);
  });

  it('packages with the fuses that keep the binary from running as Node or loading code from outside app.asar', () => {
    const yml = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}\w+: \w+\n?)+)/m.exec(yml);
    assert.ok(block, 'an electronFuses section');
    const fuses = Object.fromEntries(block[1].trim().split('\n').map((l) => l.trim().split(/:\s*/)));
    assert.deepEqual(fuses, {
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
    // A misspelt option would be ignored silently by the packager: every name must be one it declares.
    const typings = fs.readFileSync(path.join(ROOT, 'node_modules', 'app-builder-lib', 'out', 'configuration.d.ts'), 'utf8');
    const declared = /export interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(typings)![1];
    for (const name of Object.keys(fuses)) assert.match(declared, new RegExp(`\\b${name}\\?: boolean;`), name);
  });
});
