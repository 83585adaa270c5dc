import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { actionLabel } from '../../main/services/audit-labels';

const SERVICES = path.resolve(__dirname, '..', '..', 'main', 'services');

function actionCodesWritten(dir: string): Set<string> {
  const codes = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const c of actionCodesWritten(file)) codes.add(c);
    else if (entry.name.endsWith('.ts')) for (const m of fs.readFileSync(file, 'utf8').matchAll(/action: '([a-zA-Z_.]+)'/g)) codes.add(m[1]);
  }
  return codes;
}

describe('执法全过程记录 action names', () => {
  it('give every action a service writes a Chinese name', () => {
    const codes = actionCodesWritten(SERVICES);
    assert.ok(codes.size > 20, `found only ${codes.size} action codes; the scan is broken`);
    const unnamed = [...codes].filter((c) => actionLabel(c) === c || /[A-Za-z]/.test(actionLabel(c)));
    assert.deepEqual(unnamed, []);
  });
});
