using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Bench;

/// <summary>
/// Creates a benchmark database: the API's own migrations, then one committee, 20 sub-committees and one cell per
/// 250 members, and N members with realistic Vietnamese names, ages, seniority and statuses (about 2% former
/// members), each with their status periods and placement — the same rows the API writes — and the pre-aggregated
/// membership counts of today and the dated count changes, as the API computes them (<see cref="Counts"/>).
/// Deterministic (seeded).
/// </summary>
internal static class Generator
{
    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lâm", "Thạch", "Sơn", "Kim", "Châu", "Trương", "Đinh", "Tô", "Quách", "Mai", "Tạ", "Cao", "Lương", "Hà"];
    private static readonly string[] MaleMiddle = ["Văn", "Hữu", "Minh", "Quốc", "Thanh", "Đức", "Công", "Hoàng", "Ngọc", "Tấn", "Trọng", "Chí", "Văn Minh", "Hữu Phước"];
    private static readonly string[] FemaleMiddle = ["Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Bích", "Hồng", "Thị Thu", "Thị Ngọc", "Thị Mỹ"];
    private static readonly string[] MaleGiven = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khang", "Long", "Minh", "Nam", "Phong", "Quang", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Vinh", "Hiếu", "Khoa", "Lộc", "Nghĩa", "Phúc", "Thịnh", "Tùng", "Việt"];
    private static readonly string[] FemaleGiven = ["Anh", "Châu", "Diễm", "Dung", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Mai", "Nhung", "Phương", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Đào", "Uyên", "Ngân", "Loan", "Quyên"];

    public static async Task<int> RunAsync(Options options)
    {
        var members = options.GetInt("members", 10_000);
        var file = Path.GetFullPath(options.Get("db", $"bench/data/bench-{members}.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }

        var clock = Stopwatch.StartNew();
        var connectionString = $"Data Source={file}";
        await using (var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options))
        {
            await db.Database.MigrateAsync();
        }

        SqliteConnection.ClearAllPools(); // the migration's pooled connection would keep journal_mode from changing

        // Foreign keys are checked once at the end (PRAGMA foreign_key_check), not per row: the multi-row inserts buffer
        // members, periods and placements separately, so a period may reach the table before its member.
        await using var connection = new SqliteConnection(connectionString + ";Foreign Keys=False");
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        var random = new Random(42);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
        var committee = NewId(random);
        var committeePath = Segment(committee);
        var insertOrg = Command(connection, transaction, "INSERT INTO Organizations (Id, Code, Name, NameFolded, ShortName, Type, UnitKind, ParentId, Path, Depth, EstablishedOn, DissolvedOn, Version, CreatedAt, UpdatedAt) VALUES ($id,$code,$name,$folded,NULL,$type,$kind,$parent,$path,$depth,'2000-01-01',NULL,1,$now,$now)",
            "$id", "$code", "$name", "$folded", "$type", "$kind", "$parent", "$path", "$depth", "$now");
        Org(insertOrg, committee, "DB-BENCH", "Đảng bộ Khối Benchmark", "PartyCommittee", null, null, committeePath, 0, now);

        var cellCount = Math.Max(7, members / 250);
        var cells = new List<Guid>(cellCount);
        var subs = Enumerable.Range(0, 20).Select(_ => NewId(random)).ToList();
        for (var s = 0; s < subs.Count; s++)
        {
            Org(insertOrg, subs[s], $"DBBP-{s + 1:00}", $"Đảng bộ bộ phận số {s + 1}", "PartySubCommittee", "PublicServiceUnit", committee, committeePath + Segment(subs[s])[1..], 1, now);
        }

        for (var c = 0; c < cellCount; c++)
        {
            var id = NewId(random);
            var sub = subs[c % subs.Count];
            var path = committeePath + Segment(sub)[1..] + Segment(id)[1..];
            Org(insertOrg, id, $"CB-{c + 1:00000}", $"Chi bộ số {c + 1}", "PartyCell", c % 3 == 0 ? "PublicServiceUnit" : "AdministrativeAgency", sub, path, 2, now);
            cells.Add(id);
        }

        using var insertMember = new MultiRowInsert(connection, transaction,
            "INSERT INTO Members (Id, FullName, FamilyName, MiddleName, GivenName, NameFolded, NameSortKey, Sex, DateOfBirth, PlaceOfBirth, HomeTown, EthnicityCode, Religion, CitizenId, GeneralEducation, ProfessionalLevel, PoliticalTheoryLevel, Position, Phone, Email, Address, IsProvincialCommitteeMember, PartyCardNumber, RecordNumber, AdmissionDecisionDate, AdmissionDecisionNumber, CeremonyDate, FullMembershipDate, OrganizationId, Status, Version, CreatedAt, UpdatedAt, AcademicTitle, SeniorityCountedFrom) VALUES",
            "($id,$full,$family,$middle,$given,$folded,$sort,$sex,$dob,'Sóc Trăng','Sóc Trăng',$eth,NULL,$cid,'UpperSecondary',$prof,$theory,'Chuyên viên',NULL,NULL,NULL,0,$card,NULL,$adm,NULL,$cer,$fullDate,$org,$status,1,$now,$now,'None',$adm)");
        using var insertPeriod = new MultiRowInsert(connection, transaction, "INSERT INTO MemberStatusPeriods (Id, MemberId, Status, StartsOn, EndsOn, DecisionNumber, Reason) VALUES", "($id,$member,$status,$start,$end,NULL,NULL)");
        using var insertPlacement = new MultiRowInsert(connection, transaction, "INSERT INTO MemberPlacements (Id, MemberId, OrganizationId, StartsOn, EndsOn) VALUES", "($id,$member,$org,$start,$end)");
        // The record's qualifications in force from birth, as PartyMember writes them when a member is created: the
        // statistics of a past date read them (without them every past date counts nobody).
        using var insertQualification = new MultiRowInsert(connection, transaction,
            "INSERT INTO MemberQualificationPeriods (Id, MemberId, StartsOn, EndsOn, GeneralEducation, ProfessionalLevel, PoliticalTheoryLevel, Position) VALUES",
            "($id,$member,$start,NULL,'UpperSecondary',$prof,$theory,'Chuyên viên')");

        string[] professional = ["University", "University", "University", "Master", "College", "Intermediate"];
        string[] theory = ["Intermediate", "Intermediate", "Elementary", "Advanced", "Elementary"];
        for (var i = 0; i < members; i++)
        {
            var female = random.Next(100) < 42;
            var family = Family[random.Next(Family.Length)];
            var middle = female ? FemaleMiddle[random.Next(FemaleMiddle.Length)] : MaleMiddle[random.Next(MaleMiddle.Length)];
            var given = female ? FemaleGiven[random.Next(FemaleGiven.Length)] : MaleGiven[random.Next(MaleGiven.Length)];
            var name = new PersonName($"{family} {middle} {given}", family, middle, given);
            var born = new DateOnly(1950 + random.Next(0, 50), random.Next(1, 13), random.Next(1, 29));
            var admitted = born.AddYears(20 + random.Next(0, 15)).AddDays(random.Next(0, 365));
            if (admitted > new DateOnly(2026, 5, 1))
            {
                admitted = new DateOnly(2026, 5, 1).AddDays(-random.Next(0, 3000));
            }

            var ceremony = admitted.AddDays(14);
            var full = ceremony.AddMonths(12).AddDays(10);
            var roll = random.Next(1000);
            var status = roll < 40 ? "Probationary" : roll < 95 ? "Full" : roll < 985 ? "Full" : roll < 990 ? "TransferredOut" : roll < 995 ? "NameRemoved" : "Deceased";
            var id = NewId(random);
            var cell = cells[random.Next(cells.Count)];
            // Nobody is recognised in the future: a member still inside probation on the cut-off date is probationary.
            var cutOff = new DateOnly(2026, 6, 1);
            if (full > cutOff)
            {
                status = "Probationary";
            }

            var probationary = status == "Probationary";

            var professionalLevel = professional[random.Next(professional.Length)];
            var theoryLevel = theory[random.Next(theory.Length)];
            insertMember.Add(Text(id), name.FullName, family, middle, given, name.Folded, name.SortKey, female ? "Female" : "Male", Date(born),
                random.Next(1000) < 15 ? Ethnicities.Khmer : Ethnicities.Kinh, $"094{i:000000000}", professionalLevel, theoryLevel,
                (20_000_000 + i).ToString(CultureInfo.InvariantCulture), Date(admitted), Date(ceremony), probationary ? null : Date(full), Text(cell), status, now);

            // Status history: probationary from the ceremony, then full, then (for some) a later status.
            var periodStart = ceremony;
            string? periodEnd = probationary ? null : Date(full);
            insertPeriod.Add(Text(NewId(random)), Text(id), "Probationary", Date(periodStart), periodEnd);
            var leftOn = (string?)null;
            if (!probationary)
            {
                DateOnly? later = status is "Full" ? null : full.AddYears(random.Next(1, 5));
                if (later > new DateOnly(2026, 6, 1))
                {
                    later = new DateOnly(2026, 6, 1);
                }

                insertPeriod.Add(Text(NewId(random)), Text(id), "Full", Date(full), later is null ? null : Date(later.Value));
                if (later is { } laterDate)
                {
                    insertPeriod.Add(Text(NewId(random)), Text(id), status, Date(laterDate), null);
                    if (status == "TransferredOut")
                    {
                        leftOn = Date(laterDate);
                    }
                }
            }

            insertPlacement.Add(Text(NewId(random)), Text(id), Text(cell), Date(ceremony), leftOn);
            insertQualification.Add(Text(NewId(random)), Text(id), Date(born), professionalLevel, theoryLevel);

            if (i > 0 && i % 100_000 == 0)
            {
                Console.Error.WriteLine($"  {i:N0} members ({clock.Elapsed.TotalSeconds:0}s)");
            }
        }

        insertMember.Flush();
        insertPeriod.Flush();
        insertPlacement.Flush();
        insertQualification.Flush();

        // The search index (ADR 0030) from the names just written: the migration's own backfill step.
        await using (var backfill = connection.CreateCommand())
        {
            backfill.Transaction = transaction;
            backfill.CommandText = PartyCommittee.Infrastructure.Persistence.Migrations.Sql.MemberSearchBackfill.Sqlite;
            await backfill.ExecuteNonQueryAsync();
            // Today's pre-aggregated membership counts (ADR 0030): the migration's own backfill step.
            backfill.CommandText = PartyCommittee.Infrastructure.Persistence.Migrations.Sql.MembershipCountsBackfill.Sqlite;
            await backfill.ExecuteNonQueryAsync();
        }

        await ModuleData.WriteAsync(connection, transaction, now);
        await MeetingData.WriteAsync(connection, transaction, now);
        await transaction.CommitAsync();
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA foreign_key_check";
            await using var violations = await check.ExecuteReaderAsync();
            if (await violations.ReadAsync())
            {
                throw new InvalidOperationException($"generated rows break a foreign key: table {violations.GetString(0)}, row {violations.GetValue(1)}, parent {violations.GetString(2)}");
            }
        }

        await Exec(connection, "PRAGMA journal_mode=WAL;");
        if (options.Has("no-dated-counts"))
        {
            // Not backfilled: the marker says so (as the migration leaves it), so that past dates are recounted and the
            // API's backfill job (unless Jobs__Enabled=false) fills the dated counts on its first start.
            Console.Error.WriteLine($"  rows written ({clock.Elapsed.TotalSeconds:0}s); dated membership counts skipped (--no-dated-counts): marker set");
            await Exec(connection, PartyCommittee.Infrastructure.Persistence.Migrations.Sql.MembershipCountChangesBackfill.Sqlite);
        }
        else
        {
            Console.Error.WriteLine($"  rows written ({clock.Elapsed.TotalSeconds:0}s); the dated membership counts next");
            // The dated membership counts (MembershipCountChanges), by the API's own start-up backfill (Counts.cs): the
            // database is "already backfilled", like a production one, and the API's first start has nothing to do.
            await Counts.BackfillAsync(file);
        }

        await MeetingData.CountAsync(file);
        await Exec(connection, "ANALYZE;");
        Console.WriteLine($"generated {members:N0} members in {cellCount:N0} cells into {file} in {clock.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static string Segment(Guid id) => "/" + id.ToString("N") + "/";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Org(SqliteCommand insert, Guid id, string code, string name, string type, string? kind, Guid? parent, string path, int depth, string now)
    {
        Set(insert, Text(id), code, name, VietnameseText.Fold(name), type, kind, parent is null ? null : Text(parent.Value), path, depth, now);
        insert.ExecuteNonQuery();
    }

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
