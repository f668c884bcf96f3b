-- Session 59: a regular meeting on the 12th of every month of 2025 in every cell, every member placed that day
-- attending (90% present), for the rating statistics' meetings section (100k: 4,800 meetings, ~1.18M attendances).
CREATE TEMP TABLE months(m INTEGER);
INSERT INTO months VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12);
CREATE TEMP TABLE mt AS SELECT o.Id AS OrganizationId, printf('2025-%02d-12', months.m) AS HeldOn,
  upper(substr(h,1,8)||'-'||substr(h,9,4)||'-'||substr(h,13,4)||'-'||substr(h,17,4)||'-'||substr(h,21)) AS Id
  FROM (SELECT Id, hex(randomblob(16)) h FROM Organizations WHERE Type = 'PartyCell') o CROSS JOIN months;
INSERT INTO CellMeetings SELECT mt.Id, mt.OrganizationId, mt.HeldOn, 'Regular', 'Sinh hoạt chi bộ', p.MemberId, p.MemberId, 1, mt.HeldOn || 'T00:00:00+00:00', mt.HeldOn || 'T00:00:00+00:00'
  FROM mt JOIN MemberPlacements p ON p.Id = (SELECT Id FROM MemberPlacements q WHERE q.OrganizationId = mt.OrganizationId AND q.StartsOn <= mt.HeldOn AND (q.EndsOn IS NULL OR q.EndsOn > mt.HeldOn) LIMIT 1);
INSERT INTO MeetingAttendances SELECT upper(hex(randomblob(4))||'-'||hex(randomblob(2))||'-'||hex(randomblob(2))||'-'||hex(randomblob(2))||'-'||hex(randomblob(6))), m.Id, p.MemberId,
  CASE WHEN abs(random()) % 10 = 0 THEN 'Absent' ELSE 'Present' END
  FROM CellMeetings m JOIN MemberPlacements p ON p.OrganizationId = m.OrganizationId AND p.StartsOn <= m.HeldOn AND (p.EndsOn IS NULL OR p.EndsOn > m.HeldOn)
  WHERE m.HeldOn LIKE '2025-%-12';
SELECT count(*) FROM CellMeetings; SELECT count(*) FROM MeetingAttendances;
