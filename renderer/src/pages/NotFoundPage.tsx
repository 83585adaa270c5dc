import { Button, Paper, Stack, Title } from '@mantine/core';
import { hrefOf } from '../app/router';
import { t } from '../i18n';

export function NotFoundPage() {
  return (
    <Paper withBorder p="xl" maw={560}>
      <Stack align="flex-start">
        <Title order={3}>{t('notFound.title')}</Title>
        <Button component="a" href={hrefOf({ name: 'cases' })} variant="light">
          {t('notFound.back')}
        </Button>
      </Stack>
    </Paper>
  );
}
