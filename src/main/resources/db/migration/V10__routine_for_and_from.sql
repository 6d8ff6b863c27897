-- Who a routine is for (a patient's name or initials) and who it is from (a clinic or therapist,
-- with a phone number): printed at the top of the sheet and its PDF, never shown on the share page.
alter table routine add column for_whom varchar(80);
alter table routine add column from_whom varchar(200);
