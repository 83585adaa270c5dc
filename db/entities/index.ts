import { AccountRow } from './account';
import { AuditRow } from './audit';
import { CaseRow } from './case';
import { CaseOfficerRow } from './case-officer';
import { CauseRow } from './cause';
import { ConveyanceRow } from './conveyance';
import { NumberCounterRow, NumberLedgerRow } from './numbering';
import { OfficeRow } from './office';
import { OfficerRow } from './officer';
import { OutboxRow } from './outbox';
import { PartyRow } from './party';

export {
  AccountRow, AuditRow, CaseRow, CaseOfficerRow, CauseRow, ConveyanceRow, NumberCounterRow, NumberLedgerRow, OfficeRow,
  OfficerRow, OutboxRow, PartyRow,
};

export const ENTITIES = [
  AccountRow, AuditRow, CaseRow, CaseOfficerRow, CauseRow, ConveyanceRow, NumberCounterRow, NumberLedgerRow, OfficeRow,
  OfficerRow, OutboxRow, PartyRow,
];
