import { Alert, Center, Paper, Stack, Title } from '@mantine/core';
import { t } from '../i18n';

export function FatalScreen({ message }: { message: string }) {
  return (
    <Center h="100%" p="xl">
      <Paper withBorder shadow="sm" p="xl" w={520}>
        <Stack>
          <Title order={3}>{t('app.name')}</Title>
          <Alert color="red" title={t('app.fatalTitle')}>
            {message}
          </Alert>
        </Stack>
      </Paper>
    </Center>
  );
}
