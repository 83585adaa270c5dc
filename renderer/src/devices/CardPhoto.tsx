/**
 * The photo of a stored card read: decoded by the backend through the reader vendor's library,
 * or, where none is installed, the backend's sentence saying why it cannot be shown.
 */
import { Box, Image, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CardPhoto as Photo } from '../../../main/contract/idcard';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';

type Loaded = { readId: number; photo: Photo } | { readId: number; failed: string };

/** `testId` prefixes `-photo` (the image) and `-photo-reason` (why there is none). */
export function CardPhoto({ readId, testId }: { readId: number; testId: string }) {
  const { backend } = useWorkstation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    void backend.call('idcard.photo', { readId }).then((r) => {
      if (!live) return;
      setLoaded(r.ok ? { readId, photo: r.value } : { readId, failed: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [backend, readId]);

  if (!loaded || loaded.readId !== readId) {
    return (
      <Text size="xs" c="dimmed" component="div">
        <Loader size={10} mr={6} />
        {t('card.photoLoading')}
      </Text>
    );
  }
  if ('failed' in loaded) {
    return (
      <Text size="xs" c="red.7" data-testid={`${testId}-photo-reason`}>
        {t('card.photoFailed', { message: loaded.failed })}
      </Text>
    );
  }
  const { photo } = loaded;
  if (!photo.available) {
    return (
      <Text size="xs" c="dimmed" data-testid={`${testId}-photo-reason`}>
        {photo.reason}
      </Text>
    );
  }
  return (
    <Box w={photo.width} maw={120} style={{ flexShrink: 0 }}>
      <Image
        src={`data:${photo.mime};base64,${photo.base64}`}
        alt={t('card.photoAlt')}
        w="100%"
        fit="contain"
        radius="xs"
        style={{ border: '1px solid var(--mantine-color-gray-4)', aspectRatio: `${photo.width} / ${photo.height}` }}
        data-testid={`${testId}-photo`}
      />
    </Box>
  );
}
