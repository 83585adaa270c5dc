import { Alert, List, Text } from '@mantine/core';
import { t } from '../i18n';

export interface ProblemBannerProps {
  title: string;
  /** The main message; left out when it only repeats the title. */
  message?: string;
  /** Further problems that belong to no field on the page. */
  items?: readonly string[];
  testId: string;
  onClose(): void;
}

/** A refused save or action: the reason, then any further problems as a list. Closable. */
export function ProblemBanner({ title, message, items = [], testId, onClose }: ProblemBannerProps) {
  return (
    <Alert color="red" title={title} role="alert" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={onClose} data-testid={testId}>
      {message && message !== title && <Text size="sm">{message}</Text>}
      {items.length > 0 && (
        <>
          <Text size="sm">{t('common.otherIssues')}</Text>
          <List size="sm">
            {items.map((m, i) => (
              <List.Item key={i}>{m}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
