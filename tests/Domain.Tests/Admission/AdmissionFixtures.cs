using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>Builders for the admission tests: a cell, full members to sponsor, cases at each stage.</summary>
internal static class AdmissionFixtures
{
    public static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-TEST", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(1976, 1, 1), null);

    public static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-TEST", "Chi bộ Văn phòng Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(1976, 1, 1), Committee);

    public static readonly WorkingDayCalendar Weekdays = WorkingDayCalendar.WeekdaysOnly;

    /// <summary>The statutory admission rules, handed to every step as the application does.</summary>
    public static readonly RuleBook<AdmissionRuleSet> Rules = AdmissionRuleSet.Statutory;

    /// <summary>A member recorded on <paramref name="admittedOn"/> and full from <paramref name="fullSince"/>.</summary>
    public static PartyMember FullMember(string name = "Nguyễn Văn Bảo", DateOnly? admittedOn = null, DateOnly? fullSince = null)
    {
        var admitted = admittedOn ?? new DateOnly(2010, 5, 19);
        var full = fullSince ?? admitted.AddYears(1);
        return PartyMember.Register(
            Guid.NewGuid(),
            Profile(name),
            new AdmissionRecord(admitted, "01-QĐ/ĐU", admitted, full),
            Cell,
            MemberStatus.Full,
            full,
            null);
    }

    public static PartyMember ProbationaryMember(string name = "Trần Thị Cúc", DateOnly? admittedOn = null)
    {
        var admitted = admittedOn ?? new DateOnly(2020, 9, 1);
        return PartyMember.Register(
            Guid.NewGuid(), Profile(name), new AdmissionRecord(admitted, "02-QĐ/ĐU", admitted, null), Cell, MemberStatus.Probationary, admitted, null);
    }

    public static AdmissionCase Candidate(
        DateOnly? dateOfBirth = null,
        GeneralEducation education = GeneralEducation.UpperSecondary,
        bool youthUnion = false,
        string name = "Lâm Thị Sô Phia") =>
        AdmissionCase.Open(
            Guid.NewGuid(), Cell, new DateOnly(2024, 1, 1), name, Sex.Female, dateOfBirth ?? new DateOnly(1995, 4, 12), Ethnicities.Khmer, education, youthUnion);

    /// <summary>A case with the course and two full-member sponsors, ready for the cell's resolution.</summary>
    public static AdmissionCase Prepared(
        DateOnly? dateOfBirth = null,
        GeneralEducation education = GeneralEducation.UpperSecondary,
        DateOnly? courseOn = null,
        DateOnly? sponsorsOn = null)
    {
        var admission = Candidate(dateOfBirth, education);
        var course = courseOn ?? new DateOnly(2020, 10, 5);
        var sponsors = sponsorsOn ?? course.AddDays(10);
        admission.RecordCourse(course, "125/GCN-TTCT");
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember("Nguyễn Văn Bảo"), sponsors.AddYears(-3), sponsors, false, Rules);
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember("Phạm Thị Hồng"), sponsors.AddYears(-2), sponsors, false, Rules);
        return admission;
    }

    /// <summary>A case resolved by the cell on <paramref name="resolvedOn"/>.</summary>
    public static AdmissionCase Resolved(DateOnly resolvedOn)
    {
        var admission = Prepared(courseOn: resolvedOn.AddMonths(-4), sponsorsOn: resolvedOn.AddMonths(-3));
        admission.RecordCellResolution(resolvedOn, "05-NQ/CB", false, Rules);
        return admission;
    }

    public static AdmissionCase Decided(DateOnly resolvedOn, DateOnly decidedOn)
    {
        var admission = Resolved(resolvedOn);
        admission.RecordCommitteeDecision(decidedOn, "150-QĐ/ĐU", null, Weekdays, Rules);
        return admission;
    }

    public static (AdmissionCase Case, PartyMember Member) OnProbation(DateOnly resolvedOn, DateOnly decidedOn, DateOnly ceremonyOn)
    {
        var admission = Decided(resolvedOn, decidedOn);
        var member = admission.HoldCeremony(Guid.NewGuid(), ceremonyOn, Cell, Weekdays, Rules);
        return (admission, member);
    }

    public static WorkingDayCalendar Holidays(params DateOnly[] dates) => new(dates);

    public static DomainRuleException ShouldBreakRule(Action action, string code, RuleViolationKind kind = RuleViolationKind.Unprocessable)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
        return exception;
    }

    private static MemberProfile Profile(string name) => new(
        name, Sex.Male, new DateOnly(1950, 1, 1), null, null, Ethnicities.Kinh, null, null, GeneralEducation.UpperSecondary,
        ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate, null, null, null, null, false, null, null);
}
