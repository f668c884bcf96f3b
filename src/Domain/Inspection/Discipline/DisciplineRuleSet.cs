using System.Globalization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Discipline;

/// <summary>One row of the authority table: <see cref="Body"/> may decide <see cref="Form"/> against <see cref="Subject"/>.</summary>
public sealed record DisciplineAuthority(DisciplineSubjectCategory Subject, DisciplineForm Form, DecidingBody Body)
{
    public override string ToString() => $"{WireFormat.Code(Subject)}:{WireFormat.Code(Form)}:{WireFormat.Code(Body)}";
}

/// <summary>
/// The discipline rules of one period: the forms per subject and which body decides them (Điều lệ Đảng Điều 35-36;
/// Quy định 30-QĐ/TW 2016 Điều 36, then Quy định 22-QĐ/TW 2021 Điều 10-11, then Quy định 296-QĐ/TW 2025), and the
/// limitation periods (Quy định 102-QĐ/TW 2017 Điều 3 and 07-QĐi/TW 2018 Điều 5, then Quy định 69-QĐ/TW 2022 Điều 4,
/// amended by 264-QĐ/TW 2025): 5 years (60 months) for a violation at reprimand level, 10 years (120 months) at warning
/// or dismissal level, none at expulsion level; a new violation within the period restarts it. The version in force on
/// the decision date is applied.
/// </summary>
/// <param name="Source">The regulations and the day they apply from.</param>
/// <param name="ReprimandLimitationYears">Years after the violation within which a reprimand may be decided.</param>
/// <param name="WarningLimitationYears">Years after the violation within which a warning or a dismissal from post may be decided.</param>
/// <param name="DissolutionLimitationYears">Years for the dissolution of an organisation (null: no limitation). Not confirmed by a primary text here: see docs/discipline-and-dues.md.</param>
/// <param name="AppealMonths">Months from the decision within which the subject may complain (Điều lệ Đảng Điều 39 khoản 7: "trong vòng một tháng").</param>
/// <param name="Authorities">Which body may decide which form against which subject.</param>
public sealed record DisciplineRuleSet(
    RuleSource Source,
    int ReprimandLimitationYears,
    int WarningLimitationYears,
    int? DissolutionLimitationYears,
    int AppealMonths,
    IReadOnlyList<DisciplineAuthority> Authorities) : IRuleSet<DisciplineRuleSet>
{
    /// <summary>
    /// The authority table for the members and cells of a grassroots committee (đảng ủy cơ sở) such as the department's:
    /// the cell reprimands and warns its members (QĐ 30-2016 Điều 36.1; QĐ 22-2021 Điều 11); the committee decides every
    /// form against its members when it is authorised to admit members, and reprimands and warns its cells; dismissal
    /// and expulsion may also be decided above it; the dissolution of an organisation is decided by the committee two
    /// levels up (Điều lệ Điều 36; "cấp ủy cấp trên cách một cấp"), recorded here as <see cref="DecidingBody.SuperiorCommittee"/>.
    /// </summary>
    public static readonly IReadOnlyList<DisciplineAuthority> GrassrootsAuthorities =
    [
        new(DisciplineSubjectCategory.FullMember, DisciplineForm.Reprimand, DecidingBody.Cell),
        new(DisciplineSubjectCategory.FullMember, DisciplineForm.Reprimand, DecidingBody.Committee),
        new(DisciplineSubjectCategory.FullMember, DisciplineForm.Warning, DecidingBody.Cell),
        new(DisciplineSubjectCategory.FullMember, DisciplineForm.Warning, DecidingBody.Committee),
        new(DisciplineSubjectCategory.FullMember, DisciplineForm.DismissalFromPost, DecidingBody.Committee),
        new(DisciplineSubjectCategory.FullMember, DisciplineForm.DismissalFromPost, DecidingBody.SuperiorCommittee),
        new(DisciplineSubjectCategory.FullMember, DisciplineForm.Expulsion, DecidingBody.Committee),
        new(DisciplineSubjectCategory.FullMember, DisciplineForm.Expulsion, DecidingBody.SuperiorCommittee),
        new(DisciplineSubjectCategory.ProbationaryMember, DisciplineForm.Reprimand, DecidingBody.Cell),
        new(DisciplineSubjectCategory.ProbationaryMember, DisciplineForm.Reprimand, DecidingBody.Committee),
        new(DisciplineSubjectCategory.ProbationaryMember, DisciplineForm.Warning, DecidingBody.Cell),
        new(DisciplineSubjectCategory.ProbationaryMember, DisciplineForm.Warning, DecidingBody.Committee),
        new(DisciplineSubjectCategory.Organization, DisciplineForm.Reprimand, DecidingBody.Committee),
        new(DisciplineSubjectCategory.Organization, DisciplineForm.Reprimand, DecidingBody.SuperiorCommittee),
        new(DisciplineSubjectCategory.Organization, DisciplineForm.Warning, DecidingBody.Committee),
        new(DisciplineSubjectCategory.Organization, DisciplineForm.Warning, DecidingBody.SuperiorCommittee),
        new(DisciplineSubjectCategory.Organization, DisciplineForm.Dissolution, DecidingBody.SuperiorCommittee),
    ];

    public static readonly IReadOnlyList<DisciplineRuleSet> All = EarlyRuleSets.WithSettingBefore<DisciplineRuleSet>(
        [
            new(
                new RuleSource("QD102-2017", "Quy định 30-QĐ/TW ngày 26/7/2016 (Điều 36); Quy định 102-QĐ/TW ngày 15/11/2017 (Điều 3) và 07-QĐi/TW ngày 28/8/2018 (Điều 5) về xử lý kỷ luật", new DateOnly(2017, 11, 15)),
                5, 10, 10, 1, GrassrootsAuthorities),
            new(
                new RuleSource("QD22-2021", "Quy định 22-QĐ/TW ngày 28/7/2021 về công tác kiểm tra, giám sát và kỷ luật của Đảng (Điều 10-11); Quy định 102-QĐ/TW (Điều 3)", new DateOnly(2021, 7, 28)),
                5, 10, 10, 1, GrassrootsAuthorities),
            new(
                new RuleSource("QD69-2022", "Quy định 69-QĐ/TW ngày 6/7/2022 về kỷ luật tổ chức đảng, đảng viên vi phạm (Điều 4); Quy định 22-QĐ/TW (Điều 10-11)", new DateOnly(2022, 7, 6)),
                5, 10, 10, 1, GrassrootsAuthorities),
            new(
                new RuleSource("QD296-2025", "Quy định 296-QĐ/TW ngày 30/5/2025 về công tác kiểm tra, giám sát và kỷ luật của Đảng; Quy định 69-QĐ/TW sửa đổi bởi 264-QĐ/TW ngày 14/2/2025", new DateOnly(2025, 5, 30)),
                5, 10, 10, 1, GrassrootsAuthorities),
        ],
        "Quy định 102-QĐ/TW 2017",
        (v, s) => v with { Source = s });

    public static RuleBook<DisciplineRuleSet> Statutory { get; } = new(
        "Inspection", "inspection.discipline", new BilingualLabel("Thi hành kỷ luật đảng", "Party discipline"), All);

    /// <summary>The forms the statute allows against <paramref name="subject"/> (any body).</summary>
    public IReadOnlyList<DisciplineForm> FormsFor(DisciplineSubjectCategory subject) =>
        [.. Authorities.Where(a => a.Subject == subject).Select(a => a.Form).Distinct().Order()];

    /// <summary>The bodies that may decide <paramref name="form"/> against <paramref name="subject"/>.</summary>
    public IReadOnlyList<DecidingBody> BodiesFor(DisciplineSubjectCategory subject, DisciplineForm form) =>
        [.. Authorities.Where(a => a.Subject == subject && a.Form == form).Select(a => a.Body).Distinct().Order()];

    /// <summary>Years of limitation for <paramref name="form"/> (null: none).</summary>
    public int? LimitationYears(DisciplineForm form) => form switch
    {
        DisciplineForm.Reprimand => ReprimandLimitationYears,
        DisciplineForm.Warning or DisciplineForm.DismissalFromPost => WarningLimitationYears,
        DisciplineForm.Dissolution => DissolutionLimitationYears,
        _ => null,
    };

    /// <summary>
    /// The first day on which <paramref name="form"/> can no longer be decided for a violation on
    /// <paramref name="violationOn"/> (the anniversary of the start of the period), or null when there is no limitation.
    /// A new violation within the period (<paramref name="newViolationOn"/>) restarts it from that day.
    /// </summary>
    public DateOnly? LimitationEndsOn(DisciplineForm form, DateOnly violationOn, DateOnly? newViolationOn)
    {
        if (LimitationYears(form) is not { } years)
        {
            return null;
        }

        var ends = violationOn.AddYears(years);
        if (newViolationOn is { } again && again >= violationOn && again < ends)
        {
            ends = again.AddYears(years);
        }

        return ends;
    }

    /// <summary>Refuses a decision on <paramref name="decidedOn"/> once the limitation period has run, naming this rule set.</summary>
    public void EnsureWithinLimitation(DisciplineForm form, DateOnly violationOn, DateOnly? newViolationOn, DateOnly decidedOn)
    {
        if (LimitationEndsOn(form, violationOn, newViolationOn) is { } ends && decidedOn >= ends)
        {
            throw new DomainRuleException(
                "discipline.limitation_expired",
                "The limitation period of the violation has run; it can no longer be disciplined in that form.",
                RuleViolationKind.Unprocessable,
                LimitationYears(form)!.Value.ToString(CultureInfo.InvariantCulture),
                WireFormat.Date(ends.AddDays(-1)),
                Source.Code);
        }
    }
}
