using System.Globalization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>A decision that allows a change of the record (number, date, issuer).</summary>
public sealed record RecordDecision(string Number, DateOnly Date, string Issuer);

/// <summary>The rest of the national record (form 2-HSĐV, Hướng dẫn 12-HD/BTCTW of 18/1/2022), scalar part.</summary>
/// <param name="YouthUnionJoinedOn">Ngày vào Đoàn TNCS Hồ Chí Minh.</param>
/// <param name="Occupation">Nghề nghiệp.</param>
/// <param name="ForeignLanguages">Ngoại ngữ (languages and levels).</param>
/// <param name="ItLevel">Tin học.</param>
/// <param name="AcademicTitle">Học hàm.</param>
/// <param name="Awards">Khen thưởng (orders, medals, titles).</param>
public sealed record MemberRecordDetails(
    DateOnly? YouthUnionJoinedOn, string? Occupation, string? ForeignLanguages, string? ItLevel, AcademicTitle AcademicTitle, string? Awards)
{
    public static MemberRecordDetails Empty { get; } = new(null, null, null, null, AcademicTitle.None, null);
}

/// <summary>One line of the work history (quá trình công tác): from, to (empty: to date), where and as what.</summary>
public sealed record WorkHistoryLine(DateOnly From, DateOnly? To, string Description);

/// <summary>A family relation (quan hệ gia đình) of the record: relation, name, birth year, occupation, political attitude, address.</summary>
public sealed record FamilyRelationLine(string Relation, string FullName, int? BirthYear, string? Occupation, string? PoliticalHistory, string? Address);

/// <summary>Corrections by decision, dated qualifications, the national form's remaining fields, the yearly supplementary sheet.</summary>
public sealed partial class PartyMember
{
    private readonly List<MemberRecordCorrection> corrections = [];
    private readonly List<MemberQualificationPeriod> qualifications = [];
    private readonly List<MemberWorkHistoryEntry> workHistory = [];
    private readonly List<MemberFamilyRelation> familyRelations = [];
    private readonly List<MemberSupplementarySheet> supplementarySheets = [];

    /// <summary>Changes of name or date of birth, each with the decision that allowed it.</summary>
    public IReadOnlyList<MemberRecordCorrection> Corrections => corrections;

    /// <summary>Education, professional level, political theory and position, dated.</summary>
    public IReadOnlyList<MemberQualificationPeriod> Qualifications => qualifications;

    public IReadOnlyList<MemberWorkHistoryEntry> WorkHistory => workHistory;

    public IReadOnlyList<MemberFamilyRelation> FamilyRelations => familyRelations;

    /// <summary>The yearly supplementary sheets (phiếu bổ sung hồ sơ đảng viên), one per year.</summary>
    public IReadOnlyList<MemberSupplementarySheet> SupplementarySheets => supplementarySheets;

    public DateOnly? YouthUnionJoinedOn { get; private set; }

    public string? Occupation { get; private set; }

    public string? ForeignLanguages { get; private set; }

    public string? ItLevel { get; private set; }

    public AcademicTitle AcademicTitle { get; private set; } = AcademicTitle.None;

    public string? Awards { get; private set; }

    /// <summary>
    /// Changes the name and/or the date of birth by <paramref name="decision"/> (the document of the competent body that
    /// allows it); the old and new values and the decision are kept in the record's history.
    /// </summary>
    public IReadOnlyList<MemberRecordCorrection> CorrectIdentity(string? fullName, DateOnly? dateOfBirth, RecordDecision decision, string? note, DateOnly today)
    {
        EventDate(decision.Date, today, null);
        var made = new List<MemberRecordCorrection>();
        if (fullName is not null)
        {
            var name = PersonName.Parse(fullName);
            if (!string.Equals(name.FullName, FullName, StringComparison.Ordinal))
            {
                made.Add(new MemberRecordCorrection(Ids.NewVersion7(), Id, CorrectedField.FullName, FullName, name.FullName, decision, note, today));
                FullName = name.FullName;
                FamilyName = name.FamilyName;
                MiddleName = name.MiddleName;
                GivenName = name.GivenName;
                NameFolded = name.Folded;
                NameSortKey = name.SortKey;
            }
        }

        if (dateOfBirth is { } born && born != DateOfBirth)
        {
            EventDate(born, today, EventDates.EarliestCivil);
            var old = DateOfBirth;
            DateOfBirth = born;
            EnsureAdmissionAge(AdmissionRuleSet.Statutory);
            made.Add(new MemberRecordCorrection(
                Ids.NewVersion7(), Id, CorrectedField.DateOfBirth, Iso(old), Iso(born), decision, note, today));
        }

        if (made.Count == 0)
        {
            throw new DomainRuleException("member.correction_changes_nothing", "The correction changes neither the name nor the date of birth.", RuleViolationKind.Unprocessable);
        }

        corrections.AddRange(made);
        Raise(new MemberRecordCorrected(Id, [.. made.Select(c => c.Field)], decision));
        return made;
    }

    /// <summary>Replaces the national form's remaining fields, work history and family relations.</summary>
    public void UpdateRecordDetails(MemberRecordDetails details, IReadOnlyList<WorkHistoryLine> work, IReadOnlyList<FamilyRelationLine> family)
    {
        if (details.YouthUnionJoinedOn is { } joined && joined < DateOfBirth)
        {
            throw new DomainRuleException("member.youth_union_before_birth", "The youth-union joining date is before the date of birth.", RuleViolationKind.Unprocessable);
        }

        foreach (var line in work.Where(l => l.To is { } to && to < l.From))
        {
            throw new DomainRuleException("member.work_history_period_invalid", "A work-history line ends before it starts.", RuleViolationKind.Unprocessable, Iso(line.From));
        }

        YouthUnionJoinedOn = details.YouthUnionJoinedOn;
        Occupation = Clean(details.Occupation);
        ForeignLanguages = Clean(details.ForeignLanguages);
        ItLevel = Clean(details.ItLevel);
        AcademicTitle = details.AcademicTitle;
        Awards = Clean(details.Awards);
        workHistory.Clear();
        workHistory.AddRange(work.OrderBy(l => l.From).Select((l, i) => new MemberWorkHistoryEntry(Ids.NewVersion7(), Id, i + 1, l.From, l.To, VietnameseText.Clean(l.Description))));
        familyRelations.Clear();
        familyRelations.AddRange(family.Select((l, i) => new MemberFamilyRelation(
            Ids.NewVersion7(), Id, i + 1, VietnameseText.Clean(l.Relation), PersonName.Parse(l.FullName).FullName, l.BirthYear, Clean(l.Occupation), Clean(l.PoliticalHistory), Clean(l.Address))));
    }

    /// <summary>
    /// Records (or replaces) the supplementary sheet of <paramref name="year"/> (phiếu bổ sung hồ sơ đảng viên, filled
    /// in yearly: Hướng dẫn 12-HD/BTCTW 2022). Not for a year that has not begun, nor before the admission year.
    /// </summary>
    public MemberSupplementarySheet RecordSupplementarySheet(int year, string content, DateOnly declaredOn, DateOnly today)
    {
        EventDate(declaredOn, today, null);
        if (year > today.Year || year < AdmissionDecisionDate.Year)
        {
            throw new DomainRuleException(
                "member.supplementary_sheet_year_invalid",
                "The year is before the admission or has not begun.",
                RuleViolationKind.Unprocessable,
                year);
        }

        if (declaredOn.Year < year)
        {
            throw new DomainRuleException("member.supplementary_sheet_declared_before_year", "The sheet is declared before its year.", RuleViolationKind.Unprocessable, year);
        }

        var sheet = supplementarySheets.FirstOrDefault(s => s.Year == year);
        if (sheet is null)
        {
            sheet = new MemberSupplementarySheet(Ids.NewVersion7(), Id, year, VietnameseText.Clean(content), declaredOn);
            supplementarySheets.Add(sheet);
        }
        else
        {
            sheet.Replace(VietnameseText.Clean(content), declaredOn);
        }

        return sheet;
    }

    /// <summary>The education, professional level, political theory and position in force on <paramref name="date"/>.</summary>
    public MemberQualificationPeriod? QualificationsOn(DateOnly date) => qualifications.Where(q => q.Period.Contains(date)).MaxBy(q => q.StartsOn);

    /// <summary>A change of qualifications or position opens a new dated period (a change on the same day replaces it).</summary>
    private void RecordQualifications(DateOnly effectiveOn)
    {
        var current = qualifications.MaxBy(q => q.StartsOn);
        if (current is not null && current.Matches(this))
        {
            return;
        }

        if (current is not null)
        {
            if (effectiveOn < current.StartsOn)
            {
                throw DateBeforeLastChange(current.StartsOn);
            }

            if (effectiveOn == current.StartsOn)
            {
                qualifications.Remove(current);
            }
            else
            {
                current.Close(effectiveOn);
            }
        }

        qualifications.Add(MemberQualificationPeriod.From(this, effectiveOn));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A change of name or date of birth with the decision that allowed it.</summary>
public sealed class MemberRecordCorrection : Entity, IAuditable
{
    /// <summary>For persistence.</summary>
    private MemberRecordCorrection(Guid id)
        : base(id)
    {
        OldValue = NewValue = DecisionNumber = DecisionIssuer = string.Empty;
    }

    internal MemberRecordCorrection(Guid id, Guid memberId, CorrectedField field, string oldValue, string newValue, RecordDecision decision, string? note, DateOnly recordedOn)
        : base(id)
    {
        MemberId = memberId;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        DecisionNumber = decision.Number;
        DecisionDate = decision.Date;
        DecisionIssuer = decision.Issuer;
        Note = note;
        RecordedOn = recordedOn;
    }

    public Guid MemberId { get; private set; }

    public CorrectedField Field { get; private set; }

    public string OldValue { get; private set; }

    public string NewValue { get; private set; }

    public string DecisionNumber { get; private set; }

    public DateOnly DecisionDate { get; private set; }

    public string DecisionIssuer { get; private set; }

    public string? Note { get; private set; }

    public DateOnly RecordedOn { get; private set; }
}

/// <summary>
/// The education, professional level, political theory and position a member held from <see cref="StartsOn"/> to the
/// day before <see cref="EndsOn"/> (the same storage convention as the status periods). The first period starts on
/// the date of birth: what the record held when it was made is the best knowledge of the earlier years.
/// </summary>
public sealed class MemberQualificationPeriod : Entity, IAuditable
{
    private MemberQualificationPeriod(Guid id, Guid memberId, DateOnly startsOn)
        : base(id)
    {
        MemberId = memberId;
        StartsOn = startsOn;
    }

    public Guid MemberId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The day the next values took effect; null for the current ones.</summary>
    public DateOnly? EndsOn { get; private set; }

    public DateRange Period => Periods.Of(StartsOn, EndsOn);

    public GeneralEducation GeneralEducation { get; private set; }

    public ProfessionalLevel ProfessionalLevel { get; private set; }

    public PoliticalTheoryLevel PoliticalTheoryLevel { get; private set; }

    public string? Position { get; private set; }

    internal static MemberQualificationPeriod From(PartyMember member, DateOnly startsOn) => new(Ids.NewVersion7(), member.Id, startsOn)
    {
        GeneralEducation = member.GeneralEducation,
        ProfessionalLevel = member.ProfessionalLevel,
        PoliticalTheoryLevel = member.PoliticalTheoryLevel,
        Position = member.Position,
    };

    internal bool Matches(PartyMember member) =>
        GeneralEducation == member.GeneralEducation && ProfessionalLevel == member.ProfessionalLevel
        && PoliticalTheoryLevel == member.PoliticalTheoryLevel && string.Equals(Position, member.Position, StringComparison.Ordinal);

    internal void Close(DateOnly on) => EndsOn = on;
}

/// <summary>A line of the work history (quá trình công tác).</summary>
public sealed class MemberWorkHistoryEntry : Entity, IAuditable
{
    internal MemberWorkHistoryEntry(Guid id, Guid memberId, int order, DateOnly from, DateOnly? to, string description)
        : base(id)
    {
        MemberId = memberId;
        Order = order;
        From = from;
        To = to;
        Description = description;
    }

    public Guid MemberId { get; private set; }

    public int Order { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public string Description { get; private set; }
}

/// <summary>A family relation of the record (personal data).</summary>
public sealed class MemberFamilyRelation : Entity, IAuditable
{
    internal MemberFamilyRelation(Guid id, Guid memberId, int order, string relation, string fullName, int? birthYear, string? occupation, string? politicalHistory, string? address)
        : base(id)
    {
        MemberId = memberId;
        Order = order;
        Relation = relation;
        FullName = fullName;
        BirthYear = birthYear;
        Occupation = occupation;
        PoliticalHistory = politicalHistory;
        Address = address;
    }

    public Guid MemberId { get; private set; }

    public int Order { get; private set; }

    public string Relation { get; private set; }

    public string FullName { get; private set; }

    public int? BirthYear { get; private set; }

    public string? Occupation { get; private set; }

    /// <summary>Lịch sử chính trị, thái độ chính trị.</summary>
    public string? PoliticalHistory { get; private set; }

    public string? Address { get; private set; }
}

/// <summary>The supplementary sheet of one year (phiếu bổ sung hồ sơ đảng viên): what changed in the member's record that year.</summary>
public sealed class MemberSupplementarySheet : Entity, IAuditable
{
    internal MemberSupplementarySheet(Guid id, Guid memberId, int year, string content, DateOnly declaredOn)
        : base(id)
    {
        MemberId = memberId;
        Year = year;
        Content = content;
        DeclaredOn = declaredOn;
    }

    public Guid MemberId { get; private set; }

    public int Year { get; private set; }

    public string Content { get; private set; }

    public DateOnly DeclaredOn { get; private set; }

    internal void Replace(string content, DateOnly declaredOn)
    {
        Content = content;
        DeclaredOn = declaredOn;
    }
}
