import { AccountRow, RememberedSessionRow } from './account';
import { AuditKeyEraRow, AuditRow } from './audit';
import { CardReadRow } from './card-read';
import { CaseRow } from './case';
import { CaseOfficerRow } from './case-officer';
import { CauseRow } from './cause';
import { ConveyanceRow } from './conveyance';
import { DocumentRow, OfficeSettingRow } from './document';
import { NumberCounterRow, NumberLedgerRow } from './numbering';
import { OfficeRow } from './office';
import { OfficerRow, OfficerTrainingRow, officerCategories, type OfficerStatus } from './officer';
import { OutboxRow } from './outbox';
import { PartyRow } from './party';
import { CalendarDayRow, CaseDeadlineRow, CaseEventRow } from './procedure';

export {
  CalendarDayRow, CaseDeadlineRow, CaseEventRow,
  AccountRow, AuditRow, CardReadRow, CaseRow, CaseOfficerRow, CauseRow, ConveyanceRow, DocumentRow, NumberCounterRow, NumberLedgerRow, OfficeRow,
  OfficeSettingRow, OfficerRow, OutboxRow, PartyRow,
  AuditKeyEraRow, OfficerTrainingRow, RememberedSessionRow, officerCategories, type OfficerStatus,
};

export const ENTITIES = [
  CalendarDayRow, CaseDeadlineRow, CaseEventRow,
  AccountRow, AuditRow, CardReadRow, CaseRow, CaseOfficerRow, CauseRow, ConveyanceRow, DocumentRow, NumberCounterRow, NumberLedgerRow, OfficeRow,
  OfficeSettingRow, OfficerRow, OutboxRow, PartyRow,
  AuditKeyEraRow, OfficerTrainingRow, RememberedSessionRow,
];
