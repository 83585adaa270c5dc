/** Child process of the determinism test: renders form argv[2] for case argv[3], prints the SHA-256. */
import { renderDocument } from '../../../main/documents/render';
import { formDefinition } from '../../../templates/index';
import { CREATED_AT, INDIVIDUAL_CASE, OFFICE, ORGANISATION_CASE, completed } from './fixtures';
import { sha256 } from './pdf-tools';

async function main(): Promise<void> {
  const def = formDefinition(Number(process.argv[2]));
  if (!def) throw new Error(`no form ${process.argv[2]}`);
  const c = Number(process.argv[3]) === ORGANISATION_CASE.id ? ORGANISATION_CASE : INDIVIDUAL_CASE;
  const pdf = await renderDocument(def, completed(def, c), { office: OFFICE, createdAt: CREATED_AT });
  process.stdout.write(`${sha256(pdf)}\n`);
}

void main();
