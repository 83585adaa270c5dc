/** Importing a 案由目录 file (CSV or JSON), checked first and imported only as a whole. */
import { FileImport, type ImportOutcome } from '../components/FileImport';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';
import { formatOfFile } from './model';

const counts = (r: ImportOutcome) => [
  t('catalog.import.added', { n: r.added }),
  t('catalog.import.updated', { n: r.updated }),
  t('catalog.import.unchanged', { n: r.unchanged }),
];

export function CatalogImport({ onImported }: { onImported: () => void }) {
  const { backend } = useWorkstation();
  return (
    <FileImport
      testId="catalog"
      accept=".csv,.json"
      formatOf={formatOfFile}
      run={(input) => backend.call('catalog.import', input)}
      onImported={onImported}
      texts={{
        title: t('catalog.import.title'),
        hint: t('catalog.import.hint'),
        formatHint: t('catalog.import.formatHint'),
        button: t('catalog.import.button'),
        wrongType: (name) => t('catalog.import.wrongType', { name }),
        counts,
        confirm: t('catalog.import.confirm'),
        done: (r) => t('catalog.import.done', { added: r.added, updated: r.updated, unchanged: r.unchanged }),
      }}
    />
  );
}
