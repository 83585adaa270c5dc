import { AppShell, Badge, Button, Divider, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { labelOf, ROLES } from '../../../main/contract/domain';
import { StatusLine } from '../components/StatusLine';
import { ReaderStatusIndicator } from '../devices/ReaderStatusIndicator';
import { t } from '../i18n';
import { DocumentEditorPage } from '../documents/DocumentEditorPage';
import { CaseListPage } from '../pages/CaseListPage';
import { CaseWorkspacePage } from '../pages/CaseWorkspacePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RegistrationPage } from '../registration/RegistrationPage';
import { DocumentSettingsPage } from '../settings/DocumentSettingsPage';
import { CalendarPage } from '../settings/CalendarPage';
import { DeviceSettingsPage } from '../settings/DeviceSettingsPage';
import { ProcedureSettingsPage } from '../settings/ProcedureSettingsPage';
import { CatalogPage } from '../catalog/CatalogPage';
import { AuditPage } from '../audit/AuditPage';
import { DashboardPage } from '../procedure/DashboardPage';
import { AccountsPage } from '../accounts/AccountsPage';
import { OfficersPage } from '../officers/OfficersPage';
import { AccessSettingsPage } from '../settings/AccessSettingsPage';
import { DiagnosticsPage } from '../admin/DiagnosticsPage';
import { ChangePasswordButton } from '../session/ChangePasswordDialog';
import { NextSteps } from '../setup/NextSteps';
import { mayCall, useWorkstation } from './context';
import { hrefOf, navigate, requestLeave, useRoute, type Route } from './router';

export function Shell() {
  const { backend, session, appInfo, flash, setFlash } = useWorkstation();
  const route = useRoute();
  const canRegister = mayCall(session.account.role, 'cases.create');
  const role = session.account.role;
  const canSeeSettings = mayCall(role, 'settings.documents.get');
  const canSeeCatalog = mayCall(role, 'catalog.records');
  const canSeeDevices = mayCall(role, 'settings.devices.get');
  const canVerifyAudit = mayCall(role, 'audit.verify');
  const isAdmin = mayCall(role, 'settings.procedure.update');
  const canEditSettings = mayCall(session.account.role, 'settings.documents.update');
  // The IT admin configures and never works cases: no case list, 立案 or deadlines in its menu.
  const worksCases = mayCall(role, 'cases.search');
  const canManageAccounts = mayCall(role, 'accounts.list');
  const canSeeOfficers = mayCall(role, 'officers.records');
  const canSeeAccess = mayCall(role, 'settings.access.get');

  useEffect(() => {
    if (!worksCases && (route.name === 'cases' || route.name === 'register' || route.name === 'dashboard')) {
      navigate(canManageAccounts ? { name: 'accounts' } : { name: 'documentSettings' });
    }
  }, [worksCases, canManageAccounts, route]);

  // A confirmation belongs to one case's page: moving to another page drops the message.
  const flashRef = useRef(flash);
  flashRef.current = flash;
  useEffect(() => {
    const f = flashRef.current;
    if (f && !(route.name === 'case' && route.id === f.caseId)) setFlash(null);
  }, [route, setFlash]);

  const navItem = (label: string, target: Route, active: boolean) => (
    <NavLink component="a" href={hrefOf(target)} label={label} active={active} variant="light" />
  );

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 188, breakpoint: 0 }} footer={{ height: 28 }} padding="md">
      <AppShell.Header style={{ background: 'var(--mantine-color-blue-9)', color: 'var(--mantine-color-white)', borderBottom: 0 }}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Title order={4} c="white" style={{ letterSpacing: '0.08em' }}>
              {t('app.name')}
            </Title>
            <Divider orientation="vertical" color="blue.6" />
            <Text size="sm" c="blue.0" data-testid="office-name">
              {session.office.name}
            </Text>
            {session.office.demo && (
              <Badge color="yellow" variant="filled" size="sm" radius="sm">
                {t('shell.demoOffice')}
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="white" data-testid="current-user">
              {t('shell.currentUser', { name: session.account.displayName, role: labelOf(ROLES, session.account.role) })}
            </Text>
            <ChangePasswordButton />
            <Button size="xs" variant="white" color="blue.9" onClick={() => requestLeave(() => void backend.logout())}>
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs">
        <Stack gap={2}>
          {worksCases && (
            <>
              <Text size="xs" c="dimmed" px="sm" py={6} fw={600}>
                {t('nav.section')}
              </Text>
              {navItem(t('nav.dashboard'), { name: 'dashboard' }, route.name === 'dashboard')}
              {navItem(t('nav.cases'), { name: 'cases' }, route.name === 'cases' || route.name === 'case' || route.name === 'document')}
              {canRegister && navItem(t('nav.register'), { name: 'register' }, route.name === 'register')}
            </>
          )}
          {canVerifyAudit && navItem(t('nav.audit'), { name: 'audit' }, route.name === 'audit')}
          {(canManageAccounts || canSeeOfficers) && (
            <>
              <Text size="xs" c="dimmed" px="sm" pt="md" pb={6} fw={600}>
                {t('nav.peopleSection')}
              </Text>
              {canManageAccounts && navItem(t('nav.accounts'), { name: 'accounts' }, route.name === 'accounts')}
              {canSeeOfficers && navItem(t('nav.officers'), { name: 'officers' }, route.name === 'officers')}
              {canSeeAccess && navItem(t('nav.accessSettings'), { name: 'accessSettings' }, route.name === 'accessSettings')}
            </>
          )}
          {(canSeeSettings || canSeeCatalog || canSeeDevices || isAdmin) && (
            <>
              <Text size="xs" c="dimmed" px="sm" pt="md" pb={6} fw={600}>
                {t('nav.adminSection')}
              </Text>
              {canSeeSettings && navItem(t('nav.documentSettings'), { name: 'documentSettings' }, route.name === 'documentSettings')}
              {canSeeCatalog && navItem(t('nav.causeCatalog'), { name: 'causeCatalog' }, route.name === 'causeCatalog')}
              {isAdmin && navItem(t('nav.procedureSettings'), { name: 'procedureSettings' }, route.name === 'procedureSettings')}
              {isAdmin && navItem(t('nav.calendar'), { name: 'calendar' }, route.name === 'calendar')}
              {canSeeDevices && navItem(t('nav.deviceSettings'), { name: 'deviceSettings' }, route.name === 'deviceSettings')}
              {isAdmin && navItem(t('nav.diagnostics'), { name: 'diagnostics' }, route.name === 'diagnostics')}
            </>
          )}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main>
        {route.name === 'cases' && <CaseListPage />}
        {route.name === 'register' && <RegistrationPage />}
        {route.name === 'case' && <CaseWorkspacePage key={route.id} id={route.id} />}
        {route.name === 'document' && <DocumentEditorPage key={route.docId} caseId={route.caseId} docId={route.docId} />}
        {route.name === 'documentSettings' && <DocumentSettingsPage />}
        {route.name === 'procedureSettings' && <ProcedureSettingsPage />}
        {route.name === 'calendar' && <CalendarPage />}
        {route.name === 'causeCatalog' && <CatalogPage />}
        {route.name === 'deviceSettings' && <DeviceSettingsPage />}
        {route.name === 'dashboard' && <DashboardPage />}
        {route.name === 'audit' && <AuditPage />}
        {route.name === 'welcome' && <NextSteps />}
        {route.name === 'accounts' && <AccountsPage />}
        {route.name === 'officers' && <OfficersPage />}
        {route.name === 'accessSettings' && <AccessSettingsPage />}
        {route.name === 'diagnostics' && isAdmin && <DiagnosticsPage />}
        {route.name === 'not-found' && <NotFoundPage />}
      </AppShell.Main>

      <AppShell.Footer>
        <StatusLine
          appInfo={appInfo}
          devices={<ReaderStatusIndicator />}
          extra={t(
            route.name === 'document'
              ? 'status.shortcutsDocument'
              : (route.name === 'documentSettings' && canEditSettings) ||
                  (route.name === 'deviceSettings' && mayCall(role, 'settings.devices.update')) ||
                  route.name === 'accessSettings'
                ? 'status.shortcutsSettings'
                : 'status.shortcuts',
          )}
        />
      </AppShell.Footer>
    </AppShell>
  );
}
