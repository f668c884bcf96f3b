using System.Globalization;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Reports;

/// <summary>The periodic statistical forms of the organisation commission, approximated (ADR 0020).</summary>
public enum StatisticalForm
{
    /// <summary>Chất lượng đảng viên: age, education, professional and political-theory levels, standing, as of a date.</summary>
    MemberQuality = 1,

    /// <summary>Đảng viên là người dân tộc thiểu số, có tôn giáo: as of 31 December of a year.</summary>
    EthnicityReligion = 2,
}

/// <summary>A column of a form.</summary>
public sealed record FormColumn(string Code, BilingualLabel Label);

/// <summary>A row of a form: its values in the order of the columns.</summary>
public sealed record FormRow(string Code, BilingualLabel Label, IReadOnlyList<int> Values);

/// <summary>A statistical form: a table of counts as of a date in an organisation's subtree, with the layout it follows.</summary>
public sealed record StatisticalFormDto(
    StatisticalForm Form, BilingualLabel Title, string Layout, Guid? OrganizationId, DateOnly AsOf, IReadOnlyList<FormColumn> Columns, IReadOnlyList<FormRow> Rows);

/// <summary>A form as of <paramref name="AsOf"/> (member quality: default today; ethnicity and religion: 31 December of the year of the date).</summary>
public sealed record GetStatisticalFormQuery(StatisticalForm Form, Guid? OrganizationId, DateOnly AsOf) : IQuery<StatisticalFormDto>;

public sealed class GetStatisticalFormValidator : AbstractValidator<GetStatisticalFormQuery>
{
    public GetStatisticalFormValidator()
    {
        RuleFor(q => q.Form).IsDefinedEnum();
        RuleFor(q => q.AsOf).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
    }
}

/// <summary>
/// What a form counts of a member on its date: the member's own columns, the age in whole years, the status and
/// conditions then. The forms' cells are sums over these, so members alike are counted once as one key and a count.
/// </summary>
internal readonly record struct FormMember(
    Sex Sex,
    string EthnicityCode,
    string? Religion,
    int AgeYears,
    GeneralEducation GeneralEducation,
    ProfessionalLevel ProfessionalLevel,
    PoliticalTheoryLevel PoliticalTheoryLevel,
    bool Probationary,
    bool Exempt,
    bool Suspended,
    bool AdmittedInYear);

public sealed class GetStatisticalFormHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetStatisticalFormQuery, StatisticalFormDto>
{
    /// <summary>The layout followed: the basic statistics of Hướng dẫn 11-HD/BTCTW ngày 13/12/2021 (form numbering not confirmed; see docs).</summary>
    public const string Layout = "Hướng dẫn 11-HD/BTCTW ngày 13/12/2021 (biểu thống kê cơ bản về công tác tổ chức xây dựng Đảng), xấp xỉ";

    public async ValueTask<StatisticalFormDto> Handle(GetStatisticalFormQuery query, CancellationToken cancellationToken)
    {
        var facts = await ReportFacts.LoadAsync(db, scope, query.OrganizationId, cancellationToken);
        var asOf = query.Form == StatisticalForm.EthnicityReligion ? new DateOnly(query.AsOf.Year, 12, 31) : query.AsOf;
        return Build(query.Form, query.OrganizationId, asOf, await CountedAsync(db, facts.SubtreeOn(asOf), asOf, cancellationToken));
    }

    /// <summary>The form from the members counted on <paramref name="asOf"/>, each key with its number of members.</summary>
    internal static StatisticalFormDto Build(StatisticalForm form, Guid? organizationId, DateOnly asOf, IReadOnlyCollection<KeyValuePair<FormMember, int>> members) =>
        form == StatisticalForm.MemberQuality ? Quality(organizationId, asOf, members) : EthnicityReligion(organizationId, asOf, members);

    /// <summary>
    /// The members counted in the subtree on <paramref name="asOf"/> (<paramref name="cells"/>; null: everywhere)
    /// (<see cref="MembersOnDay"/>), streamed and summed by key: no member is loaded as an entity, and the memory is the
    /// keys', not the register's (issue 12: the forms loaded every member with his histories, 85-88 s and 2-3 GB at 1M).
    /// </summary>
    internal static async Task<IReadOnlyCollection<KeyValuePair<FormMember, int>>> CountedAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? cells, DateOnly asOf, CancellationToken cancellationToken)
    {
        var counted = new Dictionary<FormMember, int>();
        await foreach (var row in MembersOnDay.ReadAsync(db, cells, asOf, cancellationToken).WithCancellation(cancellationToken))
        {
            if (!row.IsCounted)
            {
                continue;
            }

            var key = new FormMember(
                row.Sex, row.EthnicityCode, row.Religion, PartyMember.MonthsBetween(row.DateOfBirth, asOf) / 12,
                row.GeneralEducation, row.ProfessionalLevel, row.PoliticalTheoryLevel, row.Status == MemberStatus.Probationary,
                row.Exempt, row.Suspended, row.AdmissionDecisionDate.Year == asOf.Year);
            counted[key] = counted.GetValueOrDefault(key) + 1;
        }

        return counted;
    }

    /// <summary>The member as a form counts him on <paramref name="asOf"/>, from the entity and its histories (the domain's own reading; tests compare the projection with it).</summary>
    internal static FormMember Of(PartyMember member, DateOnly asOf) =>
        new(member.Sex, member.EthnicityCode, member.Religion, member.AgeInMonthsOn(asOf) / 12,
            member.GeneralEducation, member.ProfessionalLevel, member.PoliticalTheoryLevel, member.StatusOn(asOf) == MemberStatus.Probationary,
            member.IsExemptOn(asOf), member.IsSuspendedOn(asOf), member.AdmissionDecisionDate.Year == asOf.Year);

    /// <summary>The sums of the keys <paramref name="filter"/> selects, one per column (<paramref name="columns"/> say whether a key counts in each).</summary>
    private static int[] Sums(IReadOnlyCollection<KeyValuePair<FormMember, int>> members, Func<FormMember, bool> filter, params Func<FormMember, bool>[] columns)
    {
        var sums = new int[columns.Length + 1];
        foreach (var (member, count) in members)
        {
            if (!filter(member))
            {
                continue;
            }

            sums[0] += count;
            for (var c = 0; c < columns.Length; c++)
            {
                if (columns[c](member))
                {
                    sums[c + 1] += count;
                }
            }
        }

        return sums;
    }

    private static StatisticalFormDto Quality(Guid? organizationId, DateOnly asOf, IReadOnlyCollection<KeyValuePair<FormMember, int>> members)
    {
        FormColumn[] columns =
        [
            new("TOTAL", new("Tổng số", "Total")),
            new("WOMEN", new("Nữ", "Women")),
            new("ETHNIC_MINORITY", new("Dân tộc thiểu số", "Ethnic minority")),
            new("RELIGIOUS", new("Có tôn giáo", "Religious")),
            new("PROBATIONARY", new("Dự bị", "Probationary")),
        ];
        IReadOnlyList<int> Values(Func<FormMember, bool> filter) =>
            Sums(members, filter, m => m.Sex == Sex.Female, m => m.EthnicityCode != Ethnicities.Kinh, m => HasReligion(m.Religion), m => m.Probationary);

        var rows = new List<FormRow> { new("TOTAL", new("Tổng số đảng viên", "All members"), Values(_ => true)) };
        (string Code, string Vi, string En, Func<int, bool> Band)[] ages =
        [
            ("AGE_UP_TO_30", "Từ 30 tuổi trở xuống", "30 or under", a => a <= 30),
            ("AGE_31_40", "Từ 31 đến 40 tuổi", "31 to 40", a => a is >= 31 and <= 40),
            ("AGE_41_50", "Từ 41 đến 50 tuổi", "41 to 50", a => a is >= 41 and <= 50),
            ("AGE_51_60", "Từ 51 đến 60 tuổi", "51 to 60", a => a is >= 51 and <= 60),
            ("AGE_61_70", "Từ 61 đến 70 tuổi", "61 to 70", a => a is >= 61 and <= 70),
            ("AGE_OVER_70", "Trên 70 tuổi", "Over 70", a => a > 70),
        ];
        rows.AddRange(ages.Select(a => new FormRow(a.Code, new(a.Vi, a.En), Values(m => a.Band(m.AgeYears)))));
        rows.AddRange(Enum.GetValues<GeneralEducation>().Select(l => new FormRow("GENERAL_EDUCATION_" + WireFormat.Code(l), MembershipLabels.Of(l), Values(m => m.GeneralEducation == l))));
        rows.AddRange(Enum.GetValues<ProfessionalLevel>().Select(l => new FormRow("PROFESSIONAL_" + WireFormat.Code(l), MembershipLabels.Of(l), Values(m => m.ProfessionalLevel == l))));
        rows.AddRange(Enum.GetValues<PoliticalTheoryLevel>().Select(l => new FormRow("POLITICAL_THEORY_" + WireFormat.Code(l), MembershipLabels.Of(l), Values(m => m.PoliticalTheoryLevel == l))));
        rows.Add(new("EXEMPT_FROM_ACTIVITIES", new("Miễn sinh hoạt, công tác", "Exempt from activities"), Values(m => m.Exempt)));
        rows.Add(new("SUSPENDED", new("Đình chỉ sinh hoạt", "Suspended"), Values(m => m.Suspended)));
        return new StatisticalFormDto(
            StatisticalForm.MemberQuality, new("Chất lượng đảng viên", "Member quality"), Layout, organizationId, asOf, columns, rows);
    }

    private static StatisticalFormDto EthnicityReligion(Guid? organizationId, DateOnly asOf, IReadOnlyCollection<KeyValuePair<FormMember, int>> members)
    {
        FormColumn[] columns =
        [
            new("TOTAL", new("Tổng số", "Total")),
            new("WOMEN", new("Nữ", "Women")),
            new("PROBATIONARY", new("Dự bị", "Probationary")),
            new("ADMITTED_IN_YEAR", new("Kết nạp trong năm", "Admitted in the year")),
        ];
        IReadOnlyList<int> Values(Func<FormMember, bool> filter) =>
            Sums(members, filter, m => m.Sex == Sex.Female, m => m.Probationary, m => m.AdmittedInYear);

        var rows = new List<FormRow>
        {
            new("TOTAL", new("Tổng số đảng viên", "All members"), Values(_ => true)),
            new("ETHNIC_MINORITY", new("Đảng viên người dân tộc thiểu số", "Members of ethnic minorities"), Values(m => m.EthnicityCode != Ethnicities.Kinh)),
        };
        rows.AddRange(members.Select(m => m.Key.EthnicityCode).Distinct().Order(StringComparer.Ordinal).Select(code =>
        {
            var ethnicity = Ethnicities.Find(code)!;
            return new FormRow("ETHNICITY_" + code, new(ethnicity.NameVi, ethnicity.NameEn), Values(m => m.EthnicityCode == code));
        }));
        rows.Add(new("RELIGIOUS", new("Đảng viên có tôn giáo", "Religious members"), Values(m => HasReligion(m.Religion))));

        // A religion's row: its spellings folded alike; labelled with the spelling most members have (then the first in ordinal order).
        var religions = members.Where(m => HasReligion(m.Key.Religion))
            .GroupBy(m => ReligionKey(m.Key.Religion!), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        rows.AddRange(religions.Select(g =>
        {
            var label = g.GroupBy(m => m.Key.Religion!, StringComparer.Ordinal)
                .OrderByDescending(s => s.Sum(m => m.Value)).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
            return new FormRow("RELIGION_" + g.Key.ToUpperInvariant().Replace(' ', '_'), new(label, label), Values(m => HasReligion(m.Religion) && ReligionKey(m.Religion!) == g.Key));
        }));
        return new StatisticalFormDto(
            StatisticalForm.EthnicityReligion,
            new("Đảng viên là người dân tộc thiểu số, có tôn giáo (đến 31/12)", "Members of ethnic minorities and religious members (as of 31 December)"),
            Layout,
            organizationId,
            asOf,
            columns,
            rows);
    }

    private static string ReligionKey(string religion) => VietnameseText.Fold(religion).Trim();

    /// <summary>A religion is recorded, other than the words for "none".</summary>
    private static bool HasReligion(string? religion) =>
        !string.IsNullOrWhiteSpace(religion) && VietnameseText.Fold(religion).Trim() is not ("khong" or "none" or "khong co");

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
