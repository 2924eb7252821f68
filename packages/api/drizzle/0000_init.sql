CREATE TABLE `users` (
	`id` varchar(36) NOT NULL,
	`email` varchar(254) NOT NULL,
	`username` varchar(50) NOT NULL,
	`password_hash` varchar(255) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `users_id` PRIMARY KEY(`id`),
	CONSTRAINT `users_email_unique` UNIQUE(`email`),
	CONSTRAINT `users_username_unique` UNIQUE(`username`)
);
--> statement-breakpoint
CREATE TABLE `password_reset_tokens` (
	`id` char(64) NOT NULL,
	`user_id` varchar(36) NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `password_reset_tokens_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` char(64) NOT NULL,
	`user_id` varchar(36) NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `sessions_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `diagnoses` (
	`id` varchar(36) NOT NULL,
	`user_id` varchar(36) NOT NULL,
	`client_id` varchar(36) NOT NULL,
	`total_score` int NOT NULL,
	`location` varchar(10) NOT NULL,
	`backend` mediumtext NOT NULL,
	`models` mediumtext NOT NULL,
	`meta` mediumtext NOT NULL,
	`photo_path` varchar(255),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `diagnoses_id` PRIMARY KEY(`id`),
	CONSTRAINT `diagnoses_user_client_unique` UNIQUE(`user_id`,`client_id`)
);
--> statement-breakpoint
CREATE TABLE `findings` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`diagnosis_id` varchar(36) NOT NULL,
	`condition` varchar(16) NOT NULL,
	`model_id` varchar(100) NOT NULL,
	`score` int NOT NULL,
	`area_ratio` double NOT NULL,
	`max_area_ratio` double NOT NULL,
	`lesion_count` int NOT NULL,
	`mask_counts` mediumtext NOT NULL,
	`detections` mediumtext NOT NULL,
	CONSTRAINT `findings_id` PRIMARY KEY(`id`),
	CONSTRAINT `findings_diagnosis_condition_unique` UNIQUE(`diagnosis_id`,`condition`)
);
--> statement-breakpoint
CREATE TABLE `advice` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`diagnosis_id` varchar(36) NOT NULL,
	`language` varchar(2) NOT NULL,
	`status` varchar(10) NOT NULL,
	`model` varchar(100) NOT NULL,
	`content` mediumtext NOT NULL,
	`error` varchar(500),
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `advice_id` PRIMARY KEY(`id`),
	CONSTRAINT `advice_diagnosis_language_unique` UNIQUE(`diagnosis_id`,`language`)
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`user_id` varchar(36) NOT NULL,
	`rating` int NOT NULL,
	`comment` text NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `reviews_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `insight_cache` (
	`user_id` varchar(36) NOT NULL,
	`period_days` int NOT NULL,
	`payload` mediumtext NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `insight_cache_user_id_period_days_pk` PRIMARY KEY(`user_id`,`period_days`)
);
--> statement-breakpoint
ALTER TABLE `password_reset_tokens` ADD CONSTRAINT `password_reset_tokens_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `sessions` ADD CONSTRAINT `sessions_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `diagnoses` ADD CONSTRAINT `diagnoses_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `findings` ADD CONSTRAINT `findings_diagnosis_id_diagnoses_id_fk` FOREIGN KEY (`diagnosis_id`) REFERENCES `diagnoses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `advice` ADD CONSTRAINT `advice_diagnosis_id_diagnoses_id_fk` FOREIGN KEY (`diagnosis_id`) REFERENCES `diagnoses`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reviews` ADD CONSTRAINT `reviews_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `insight_cache` ADD CONSTRAINT `insight_cache_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `password_reset_tokens_user_idx` ON `password_reset_tokens` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `diagnoses_user_created_idx` ON `diagnoses` (`user_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_user_created_idx` ON `reviews` (`user_id`,`created_at`);