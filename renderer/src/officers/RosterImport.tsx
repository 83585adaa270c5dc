/** Importing a 执法人员名册 CSV, as the 案由目录 import works: checked first, imported only as a whole. */
import { FileImport, type ImportOutcome } from '../components/FileImport';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';

const counts = (r: ImportOutcome) => [
  t('roster.import.added', { n: r.added }),
  t('roster.import.updated', { n: r.updated }),
  t('roster.import.unchanged', { n: r.unchanged }),
];

export function RosterImport({ onImported }: { onImported: () => void }) {
  const { backend } = useWorkstation();
  return (
    <FileImport
      testId="roster"
      accept=".csv"
      formatOf={(name) => (name.toLowerCase().endsWith('.csv') ? 'csv' : null)}
      run={({ content, dryRun }) => backend.call('officers.import', { content, dryRun })}
      onImported={onImported}
      texts={{
        title: t('roster.import.title'),
        hint: t('roster.import.hint'),
        button: t('roster.import.button'),
        wrongType: (name) => t('roster.import.wrongType', { name }),
        counts,
        confirm: t('roster.import.confirm'),
        done: (r) => t('roster.import.done', { added: r.added, updated: r.updated, unchanged: r.unchanged }),
      }}
    />
  );
}
