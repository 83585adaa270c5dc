import { Initial0000000000001 } from './0001-initial';
import { Documents0000000000002 } from './0002-documents';
import { Procedure0000000000003 } from './0003-procedure';
import { CardReads0000000000004 } from './0004-card-reads';
import { LawfulProcedure0000000000005 } from './0005-lawful-procedure';
import { DocumentsBeyond240000000000006 } from './0006-documents-beyond-24';
import { PeopleAndAccess0000000000007 } from './0007-people-and-access';

/** Every migration this build knows, in order. A database that has run one not listed here is newer than the app. */
export const MIGRATIONS = [Initial0000000000001, Documents0000000000002, Procedure0000000000003, CardReads0000000000004, LawfulProcedure0000000000005, DocumentsBeyond240000000000006, PeopleAndAccess0000000000007];
export const SCHEMA_VERSION = MIGRATIONS.length;
