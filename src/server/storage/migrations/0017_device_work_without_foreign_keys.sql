-- A device that leaves (unsubscribes, or its push service says it is gone) while the municipality
-- writes to its household must never fail the municipality's change. With a foreign key from a push
-- job to its device, the job that a message's trigger queues for a device deleted in a transaction
-- running beside it broke the key (23503) and rolled the staff action back. So the work queued for a
-- device names it without a key: it goes with the device by the trigger below, and a job written beside
-- the deletion, which that trigger cannot see, finds no device when it is taken and is dropped then.

ALTER TABLE push_jobs DROP CONSTRAINT push_jobs_subscription_id_fkey;
ALTER TABLE sent_reminders DROP CONSTRAINT sent_reminders_subscription_id_fkey;

CREATE FUNCTION forget_device_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM push_jobs WHERE subscription_id = OLD.id;
  DELETE FROM sent_reminders WHERE subscription_id = OLD.id;
  RETURN NULL;
END $$;
CREATE TRIGGER subscriptions_forget_work AFTER DELETE ON push_subscriptions FOR EACH ROW
  EXECUTE FUNCTION forget_device_work();
