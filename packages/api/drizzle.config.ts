import { defineConfig } from 'drizzle-kit';

// Generation only: migrations are applied by the server or the CLI with the mysql2 migrator.
export default defineConfig({
  dialect: 'mysql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});
