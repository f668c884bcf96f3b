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

public sealed class GetStatisticalFormHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetStatisticalFormQuery, StatisticalFormDto>
{
    /// <summary>The layout followed: the basic statistics of Hướng dẫn 11-HD/BTCTW ngày 13/12/2021 (form numbering not confirmed; see docs).</summary>
    public const string Layout = "Hướng dẫn 11-HD/BTCTW ngày 13/12/2021 (biểu thống kê cơ bản về công tác tổ chức xây dựng Đảng), xấp xỉ";

    public async ValueTask<StatisticalFormDto> Handle(GetStatisticalFormQuery query, CancellationToken cancellationToken)
    {
        var facts = await ReportFacts.LoadAsync(db, scope, query.OrganizationId, cancellationToken);
        var asOf = query.Form == StatisticalForm.EthnicityReligion ? new DateOnly(query.AsOf.Year, 12, 31) : query.AsOf;
        var counted = (await facts.MembersAsync(db, cancellationToken)).Where(m => facts.IsCountedOn(m, asOf)).ToList();
        return query.Form == StatisticalForm.MemberQuality ? Quality(query.OrganizationId, asOf, counted) : EthnicityReligion(query.OrganizationId, asOf, counted);
    }

    private static StatisticalFormDto Quality(Guid? organizationId, DateOnly asOf, IReadOnlyList<PartyMember> members)
    {
        FormColumn[] columns =
        [
            new("TOTAL", new("Tổng số", "Total")),
            new("WOMEN", new("Nữ", "Women")),
            new("ETHNIC_MINORITY", new("Dân tộc thiểu số", "Ethnic minority")),
            new("RELIGIOUS", new("Có tôn giáo", "Religious")),
            new("PROBATIONARY", new("Dự bị", "Probationary")),
        ];
        IReadOnlyList<int> Values(Func<PartyMember, bool> filter)
        {
            var rows = members.Where(filter).ToList();
            return
            [
                rows.Count,
                rows.Count(m => m.Sex == Sex.Female),
                rows.Count(m => m.EthnicityCode != Ethnicities.Kinh),
                rows.Count(m => HasReligion(m.Religion)),
                rows.Count(m => m.StatusOn(asOf) == MemberStatus.Probationary),
            ];
        }

        int Age(PartyMember m) => m.AgeInMonthsOn(asOf) / 12;
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
        rows.AddRange(ages.Select(a => new FormRow(a.Code, new(a.Vi, a.En), Values(m => a.Band(Age(m))))));
        rows.AddRange(Enum.GetValues<GeneralEducation>().Select(l => new FormRow("GENERAL_EDUCATION_" + WireFormat.Code(l), MembershipLabels.Of(l), Values(m => m.GeneralEducation == l))));
        rows.AddRange(Enum.GetValues<ProfessionalLevel>().Select(l => new FormRow("PROFESSIONAL_" + WireFormat.Code(l), MembershipLabels.Of(l), Values(m => m.ProfessionalLevel == l))));
        rows.AddRange(Enum.GetValues<PoliticalTheoryLevel>().Select(l => new FormRow("POLITICAL_THEORY_" + WireFormat.Code(l), MembershipLabels.Of(l), Values(m => m.PoliticalTheoryLevel == l))));
        rows.Add(new("EXEMPT_FROM_ACTIVITIES", new("Miễn sinh hoạt, công tác", "Exempt from activities"), Values(m => m.IsExemptOn(asOf))));
        rows.Add(new("SUSPENDED", new("Đình chỉ sinh hoạt", "Suspended"), Values(m => m.IsSuspendedOn(asOf))));
        return new StatisticalFormDto(
            StatisticalForm.MemberQuality, new("Chất lượng đảng viên", "Member quality"), Layout, organizationId, asOf, columns, rows);
    }

    private static StatisticalFormDto EthnicityReligion(Guid? organizationId, DateOnly asOf, IReadOnlyList<PartyMember> members)
    {
        FormColumn[] columns =
        [
            new("TOTAL", new("Tổng số", "Total")),
            new("WOMEN", new("Nữ", "Women")),
            new("PROBATIONARY", new("Dự bị", "Probationary")),
            new("ADMITTED_IN_YEAR", new("Kết nạp trong năm", "Admitted in the year")),
        ];
        IReadOnlyList<int> Values(IEnumerable<PartyMember> selection)
        {
            var rows = selection.ToList();
            return
            [
                rows.Count,
                rows.Count(m => m.Sex == Sex.Female),
                rows.Count(m => m.StatusOn(asOf) == MemberStatus.Probationary),
                rows.Count(m => m.AdmissionDecisionDate.Year == asOf.Year),
            ];
        }

        var rows = new List<FormRow>
        {
            new("TOTAL", new("Tổng số đảng viên", "All members"), Values(members)),
            new("ETHNIC_MINORITY", new("Đảng viên người dân tộc thiểu số", "Members of ethnic minorities"), Values(members.Where(m => m.EthnicityCode != Ethnicities.Kinh))),
        };
        rows.AddRange(members.GroupBy(m => m.EthnicityCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ethnicity = Ethnicities.Find(g.Key)!;
            return new FormRow("ETHNICITY_" + g.Key, new(ethnicity.NameVi, ethnicity.NameEn), Values(g));
        }));
        rows.Add(new("RELIGIOUS", new("Đảng viên có tôn giáo", "Religious members"), Values(members.Where(m => HasReligion(m.Religion)))));
        rows.AddRange(members.Where(m => HasReligion(m.Religion)).GroupBy(m => VietnameseText.Fold(m.Religion!).Trim(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            new FormRow("RELIGION_" + g.Key.ToUpperInvariant().Replace(' ', '_'), new(g.First().Religion!, g.First().Religion!), Values(g))));
        return new StatisticalFormDto(
            StatisticalForm.EthnicityReligion,
            new("Đảng viên là người dân tộc thiểu số, có tôn giáo (đến 31/12)", "Members of ethnic minorities and religious members (as of 31 December)"),
            Layout,
            organizationId,
            asOf,
            columns,
            rows);
    }

    /// <summary>A religion is recorded, other than the words for "none".</summary>
    private static bool HasReligion(string? religion) =>
        !string.IsNullOrWhiteSpace(religion) && VietnameseText.Fold(religion).Trim() is not ("khong" or "none" or "khong co");

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
