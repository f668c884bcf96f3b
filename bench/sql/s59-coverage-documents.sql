-- Session 59 (ADR 0091): three documents of the register's root committee in a copy of a bench register, for
-- GET /documents/{id}/coverage: D (…0001, no receipt), D2 (…0002, a catch-up on 15/3/2025 for about half the members
-- placed that day), D3 (…0003, about one in fifty). Run: sqlite3 <copy>.db < bench/sql/s59-coverage-documents.sql
INSERT INTO PartyDocuments SELECT 'D0000000-0000-0000-0000-00000000000' || n, Id, '0' || n || '-NQ/ĐU', '2025-01-10', 'Đảng ủy', 'Resolution',
  'Nghị quyết bench ' || n, NULL, 1, '2025-01-10T00:00:00+00:00', '2025-01-10T00:00:00+00:00'
  FROM Organizations, (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) WHERE ParentId IS NULL;
INSERT INTO DocumentCatchUps SELECT upper(substr(h,1,8)||'-'||substr(h,9,4)||'-'||substr(h,13,4)||'-'||substr(h,17,4)||'-'||substr(h,21)),
  'D0000000-0000-0000-0000-000000000002', MemberId, OrganizationId, '2025-03-15', NULL, 1, '2025-03-15T00:00:00+00:00', '2025-03-15T00:00:00+00:00'
  FROM (SELECT hex(randomblob(16)) h, MemberId, OrganizationId FROM MemberPlacements
        WHERE StartsOn <= '2025-03-15' AND (EndsOn IS NULL OR EndsOn > '2025-03-15') AND abs(random()) % 2 = 0 GROUP BY MemberId);
INSERT INTO DocumentCatchUps SELECT upper(substr(h,1,8)||'-'||substr(h,9,4)||'-'||substr(h,13,4)||'-'||substr(h,17,4)||'-'||substr(h,21)),
  'D0000000-0000-0000-0000-000000000003', MemberId, OrganizationId, '2025-03-15', NULL, 1, '2025-03-15T00:00:00+00:00', '2025-03-15T00:00:00+00:00'
  FROM (SELECT hex(randomblob(16)) h, MemberId, OrganizationId FROM MemberPlacements
        WHERE StartsOn <= '2025-03-15' AND (EndsOn IS NULL OR EndsOn > '2025-03-15') AND abs(random()) % 50 = 0 GROUP BY MemberId);
SELECT DocumentId, count(*) FROM DocumentCatchUps GROUP BY DocumentId;
