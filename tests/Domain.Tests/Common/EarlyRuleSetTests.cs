using System.Globalization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Badges;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Domain.Tests.Common;

/// <summary>
/// ADR 0039: before the first text found for a kind of rules, a SETTING version applies from the founding of the party
/// (1930-02-03) with the first text's values, named as a setting; the first text applies from its own date. Each book
/// at its boundaries: 1930-02-02 (none), 1930-02-03 (setting), the day before the first text (setting), its day (text).
/// </summary>
public sealed class EarlyRuleSetTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    public static TheoryData<string, string, string> Books => new()
    {
        { "membership.readmission", "2016-07-25", "QD29-2016" },
        { "membership.transfer", "2016-07-25", "QD29-2016" },
        { "membership.suspension", "2016-07-26", "QD30-2016" },
        { "membership.exemption", "2021-09-28", "HD01-2021" },
        { "membership.party-badge", "2021-09-28", "HD01-2021" },
        { "membership.admission", "1982-03-31", "DL-1982" },
        { "organization.body_composition", "2016-07-25", "DL2011-QD29-2016" },
        { "organization.elections", "2009-04-17", "QD220-2009" },
        { "evaluation.cell_meetings", "2011-01-19", "DLD-2011-D24" },
        { "inspection.discipline", "2017-11-15", "QD102-2017" },
        { "inspection.dues", "2011-01-01", "QD342-2010" },
        { "inspection.time_limits", "2016-07-26", "QD30-2016" },
    };

    private static IRuleBook Book(string kind) => kind switch
    {
        "membership.readmission" => ReadmissionRuleSet.Statutory,
        "membership.transfer" => TransferRuleSet.Statutory,
        "membership.suspension" => SuspensionRuleSet.Statutory,
        "membership.exemption" => MemberConditionRuleSet.Statutory,
        "membership.party-badge" => BadgeRuleSet.Statutory,
        "membership.admission" => AdmissionRuleSet.Statutory,
        "organization.body_composition" => BodyCompositionRuleSet.Statutory,
        "organization.elections" => ElectionRuleSet.Statutory,
        "evaluation.cell_meetings" => CellMeetingRuleSet.Statutory,
        "inspection.discipline" => DisciplineRuleSet.Statutory,
        "inspection.dues" => DuesRuleSet.Statutory,
        "inspection.time_limits" => InspectionRuleSet.Statutory,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static RuleSetDescription? InForce(IRuleBook book, DateOnly day) =>
        book.Describe().SingleOrDefault(d => d.InForceFrom <= day && (d.InForceUntil is null || day <= d.InForceUntil));

    [Theory]
    [MemberData(nameof(Books))]
    public void A_setting_with_the_first_texts_values_applies_from_1930_to_the_day_before_the_first_text(string kind, string firstText, string firstCode)
    {
        var book = Book(kind);
        var first = D(firstText);
        var setting = "SETTING-BEFORE-" + firstCode;

        InForce(book, EventDates.PartyFounded.AddDays(-1)).ShouldBeNull();
        InForce(book, EventDates.PartyFounded)!.Code.ShouldBe(setting);
        InForce(book, first.AddDays(-1))!.Code.ShouldBe(setting);
        InForce(book, first)!.Code.ShouldBe(firstCode);

        var settingVersion = book.Describe().Single(d => d.Code == setting);
        var textVersion = book.Describe().Single(d => d.Code == firstCode);
        settingVersion.InForceUntil.ShouldBe(first.AddDays(-1));
        settingVersion.Parameters.ShouldBe(textVersion.Parameters);
        settingVersion.Source.ShouldContain("setting: no text found");
        settingVersion.Source.ShouldContain("Thiết lập");
    }

    [Fact]
    public void The_helper_adds_no_setting_to_a_book_that_starts_with_the_party() =>
        EarlyRuleSets.WithSettingBefore<CellMeetingRuleSet>(
            [new(new RuleSource("T", "t", EventDates.PartyFounded), 1)], "t", (v, s) => v with { Source = s }).Count.ShouldBe(1);

    // ---- Re-admission: a member admitted in 1995, name removed in 2005 --------------------------------------------

    private static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-ER", "Đảng bộ Sở thử nghiệm", null, OrganizationType.PartyCommittee, null, new DateOnly(1990, 1, 1), null);

    private static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-ER1", "Chi bộ Văn phòng", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(1990, 1, 1), Committee);

    private static PartyMember AdmittedIn1995()
    {
        var admitted = new DateOnly(1995, 5, 19);
        var profile = new MemberProfile(
            "Lê Văn Xưa", Sex.Male, new DateOnly(1970, 3, 2), null, null, Ethnicities.Kinh, null, null,
            GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Elementary, "Chuyên viên", null, null, null, false, null, null);
        return PartyMember.Register(Guid.NewGuid(), profile, new AdmissionRecord(admitted, "1-QĐ", admitted, admitted.AddYears(1)), Cell, MemberStatus.Full, admitted.AddYears(1), null);
    }

    private static PartyMember RemovedOn(DateOnly on)
    {
        var member = AdmittedIn1995();
        member.ChangeStatus(MemberStatus.NameRemoved, on, "3-QĐ/ĐU", null, LeavingReason.NoDuesOrActivities);
        return member;
    }

    [Fact]
    public void A_re_admission_of_2010_applies_the_setting_36_months_after_leaving()
    {
        var member = RemovedOn(new DateOnly(2005, 3, 1));

        var early = Should.Throw<DomainRuleException>(() => member.Readmit(new DateOnly(2008, 2, 29), "7-QĐ/ĐU", Cell, null, null, Today, ReadmissionRuleSet.Statutory));
        early.Code.ShouldBe("member.readmission_too_early");
        early.Arguments.ShouldContain("2008-03-01");
        early.Arguments.ShouldContain("SETTING-BEFORE-QD29-2016");

        member.Readmit(new DateOnly(2010, 6, 1), "7-QĐ/ĐU", Cell, null, null, Today, ReadmissionRuleSet.Statutory);
        member.Status.ShouldBe(MemberStatus.Probationary);
        member.ReadmissionDecisionDate.ShouldBe(new DateOnly(2010, 6, 1));
    }

    [Fact]
    public void A_configured_setting_changes_the_months_before_2016_only()
    {
        var book = ReadmissionRuleSet.Statutory.With(ReadmissionRuleSet.Statutory.Versions
            .Select(v => EarlyRuleSets.IsSetting(v.Source) ? v with { MinMonthsOutside = 48 } : v));

        Should.Throw<DomainRuleException>(() => RemovedOn(new DateOnly(2005, 3, 1)).Readmit(new DateOnly(2009, 2, 28), null, Cell, null, null, Today, book))
            .Arguments.ShouldContain("2009-03-01");
        RemovedOn(new DateOnly(2005, 3, 1)).Readmit(new DateOnly(2009, 3, 1), null, Cell, null, null, Today, book);

        // From the text's date on, the text's 36 months.
        RemovedOn(new DateOnly(2013, 8, 1)).Readmit(new DateOnly(2016, 8, 1), null, Cell, null, null, Today, book);
    }

    [Fact]
    public void The_excluded_leaving_reasons_apply_before_2016_too()
    {
        var member = AdmittedIn1995();
        member.ChangeStatus(MemberStatus.NameRemoved, new DateOnly(2003, 1, 1), "3-QĐ/ĐU", null, LeavingReason.VoluntaryWithdrawal);

        var refused = Should.Throw<DomainRuleException>(() => member.Readmit(new DateOnly(2010, 6, 1), null, Cell, null, null, Today, ReadmissionRuleSet.Statutory));
        refused.Code.ShouldBe("member.readmission_excluded");
        refused.Arguments.ShouldContain("SETTING-BEFORE-QD29-2016");
    }

    // ---- Suspension of 2012: 180 working days, extension included (setting; 2016 values) -------------------------

    [Fact]
    public void A_suspension_of_2012_lasts_at_most_180_working_days()
    {
        var calendar = WorkingDayCalendar.WeekdaysOnly;
        var start = new DateOnly(2012, 3, 5); // a Monday
        var latest = calendar.AddWorkingDays(start, 179);

        var refused = Should.Throw<DomainRuleException>(() => AdmittedIn1995().Suspend(new DateRange(start, latest.AddDays(1)), "1-QĐ", null, Today, calendar, SuspensionRuleSet.Statutory));
        refused.Code.ShouldBe("member.suspension_too_long");
        refused.Arguments.ShouldContain("SETTING-BEFORE-QD30-2016");
        refused.Arguments.ShouldContain(latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        AdmittedIn1995().Suspend(new DateRange(start, latest), "1-QĐ", null, Today, calendar, SuspensionRuleSet.Statutory).EndsOn.ShouldBe(latest);
    }

    // ---- Exemption for another reason in 2010: under 12 months (setting; Hướng dẫn 01-HD/TW 2021 value) ---------

    [Fact]
    public void An_exemption_for_another_reason_in_2010_ends_within_12_months()
    {
        var from = new DateOnly(2010, 4, 1);

        var refused = Should.Throw<DomainRuleException>(() => AdmittedIn1995().Exempt(
            MemberConditionKind.Exemption, ExemptionGround.Other, new DateRange(from, new DateOnly(2011, 4, 1)), "4-NQ/CB", "Đi làm xa", Today, MemberConditionRuleSet.Statutory));
        refused.Code.ShouldBe("member.exemption_too_long");
        refused.Arguments.ShouldContain("SETTING-BEFORE-HD01-2021");

        AdmittedIn1995().Exempt(MemberConditionKind.Exemption, ExemptionGround.Other, new DateRange(from, new DateOnly(2011, 3, 31)), "4-NQ/CB", "Đi làm xa", Today, MemberConditionRuleSet.Statutory)
            .EndsOn.ShouldBe(new DateOnly(2011, 3, 31));
    }

    // ---- Transfers of 2005 and badges of 2010 -------------------------------------------------------------------

    [Fact]
    public void A_transfer_of_2005_is_governed_by_the_setting_with_the_2016_deadlines()
    {
        var rules = TransferRuleSet.Statutory.InForceOn(new DateOnly(2005, 6, 1));

        rules.Source.Code.ShouldBe("SETTING-BEFORE-QD29-2016");
        (rules.StartWorkingDays, rules.PresentationWorkingDays).ShouldBe((60, 30));
        rules.TemporaryEndBounds(TransferPurpose.Study, new DateOnly(2005, 6, 1)).ShouldBe((new DateOnly(2005, 9, 1), new DateOnly(2007, 6, 1)));
    }

    [Fact]
    public void A_badge_round_of_2010_is_a_round_of_the_setting()
    {
        var rules = BadgeRuleSet.Statutory.InForceOn(new DateOnly(2010, 9, 2));

        rules.Source.Code.ShouldBe("SETTING-BEFORE-HD01-2021");
        rules.IsRound(new DateOnly(2010, 9, 2)).ShouldBeTrue();
        rules.IsLevel(30).ShouldBeTrue();
        BadgeRuleSet.Statutory.InForceOn(new DateOnly(2021, 9, 27)).Source.Code.ShouldBe("SETTING-BEFORE-HD01-2021");
        BadgeRuleSet.Statutory.InForceOn(new DateOnly(2021, 9, 28)).Source.Code.ShouldBe("HD01-2021");
    }
}
