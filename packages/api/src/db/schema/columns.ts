import { customType, datetime, varchar } from 'drizzle-orm/mysql-core';

/**
 * JSON kept in a MEDIUMTEXT column. MariaDB's JSON type is LONGTEXT that mysql2 returns as a
 * string while MySQL returns parsed objects; text behaves the same on both.
 */
export const jsonText = <T>() =>
  customType<{ data: T; driverData: string }>({
    dataType: () => 'mediumtext',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => JSON.parse(value) as T,
  });

/** A timestamp with milliseconds, read and written as a Date in UTC. */
export const timestampMs = () => datetime({ mode: 'date', fsp: 3 });

/** A UUID primary or foreign key. */
export const uuid = () => varchar({ length: 36 });
