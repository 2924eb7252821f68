ALTER TABLE `users` ADD `disabled_at` datetime(3);
--> statement-breakpoint
-- Accounts disabled before this column existed carried a '!' before their password hash.
UPDATE `users` SET `disabled_at` = UTC_TIMESTAMP(3), `password_hash` = SUBSTRING(`password_hash`, 2) WHERE `password_hash` LIKE '!%';
