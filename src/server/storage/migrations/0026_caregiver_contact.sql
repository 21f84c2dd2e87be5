-- How the allocation office reaches a family: each caregiver's phone and postal address, as the
-- municipality's record has them. Staff read them on the household page; never synced to the family.
-- Expand only: nullable columns, empty for staff and for caregivers whose details are not recorded.
ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN address text;
