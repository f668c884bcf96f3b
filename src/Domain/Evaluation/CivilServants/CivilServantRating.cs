using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation.CivilServants;

/// <summary>Who a civil-servant rating is about: a party member (his record gives the name), or a person named here.</summary>
/// <param name="MemberId">The party member, when he is one.</param>
/// <param name="FullName">The person's name (the member's, when linked).</param>
/// <param name="DateOfBirth">Date of birth (the member's, when linked); with the name, it identifies a person who is not a member.</param>
public sealed record RatedPerson(Guid? MemberId, string FullName, DateOnly? DateOfBirth)
{
    /// <summary>
    /// The key that makes a rating unique per person and year: the member id when linked, else the folded name
    /// (accents, case and spacing ignored) with the date of birth.
    /// </summary>
    public string Key => MemberId is { } id
        ? "M:" + id.ToString("N")
        : "P:" + VietnameseText.Fold(FullName) + "|" + (DateOfBirth is { } born ? WireFormat.Date(born) : string.Empty);
}

/// <summary>
/// A civil servant's rating for a year under the state's four levels (Nghị định 90/2020/NĐ-CP): one record per person
/// and year (<see cref="PersonKey"/> is unique with the year), linked to the party member where he is one (the member
/// rating campaigns read it for the NOT_COMPLETED cap). It belongs to the party organisation of the unit the person
/// works in (for scope and figures). The rule set in force on the decision date (else the year's last day) is named.
/// </summary>
public sealed class CivilServantRating : AggregateRoot
{
    public const int NameMaxLength = 128;
    public const int DecisionMaxLength = 64;
    public const int NoteMaxLength = 1000;
    public const int KeyMaxLength = 300;

    private CivilServantRating(Guid id, Guid organizationId, int year)
        : base(id)
    {
        OrganizationId = organizationId;
        Year = year;
        FullName = string.Empty;
        PersonKey = string.Empty;
        RuleSetCode = string.Empty;
    }

    /// <summary>The party organisation (cell or committee) of the person's unit.</summary>
    public Guid OrganizationId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The party member rated, when the person is one.</summary>
    public Guid? MemberId { get; private set; }

    public string FullName { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>Unique with <see cref="Year"/>: see <see cref="RatedPerson.Key"/>.</summary>
    public string PersonKey { get; private set; }

    public EvaluationLevel Level { get; private set; }

    /// <summary>Date of the rating decision of the person's agency, when known.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The code of the rule set applied (<see cref="CivilServantRatingRuleSet"/>).</summary>
    public string RuleSetCode { get; private set; }

    /// <summary>The day the rule set is chosen by: the decision date, else the last day of the year rated.</summary>
    public static DateOnly RuleDate(int year, DateOnly? decidedOn) => decidedOn ?? new DateOnly(year, 12, 31);

    /// <summary>
    /// Records a rating. The year is not in the future; a decision is dated in or after the year rated and not in
    /// the future (<paramref name="today"/>); the level is on the scale in force; <paramref name="keysTaken"/> are
    /// the person keys already rated for that year (another record of the same person and year is refused).
    /// </summary>
    public static CivilServantRating Record(
        Guid id, Guid organizationId, int year, RatedPerson person, EvaluationLevel level, DateOnly? decidedOn, string? decisionNumber, string? note,
        DateOnly today, RuleBook<CivilServantRatingRuleSet> rules, IEnumerable<string> keysTaken)
    {
        var rating = new CivilServantRating(id, organizationId, year);
        rating.Apply(organizationId, year, person, level, decidedOn, decisionNumber, note, today, rules, keysTaken);
        return rating;
    }

    /// <summary>Replaces the fields under the rules of <see cref="Record"/>.</summary>
    public void Change(
        Guid organizationId, int year, RatedPerson person, EvaluationLevel level, DateOnly? decidedOn, string? decisionNumber, string? note,
        DateOnly today, RuleBook<CivilServantRatingRuleSet> rules, IEnumerable<string> keysTaken) =>
        Apply(organizationId, year, person, level, decidedOn, decisionNumber, note, today, rules, keysTaken);

    /// <summary>The rule set this rating was recorded under.</summary>
    public CivilServantRatingRuleSet RuleSet(RuleBook<CivilServantRatingRuleSet> rules) => rules.Find(RuleSetCode) ?? rules.InForceOn(RuleDate(Year, DecidedOn));

    private void Apply(
        Guid organizationId, int year, RatedPerson person, EvaluationLevel level, DateOnly? decidedOn, string? decisionNumber, string? note,
        DateOnly today, RuleBook<CivilServantRatingRuleSet> rules, IEnumerable<string> keysTaken)
    {
        if (year > today.Year)
        {
            throw new DomainRuleException("civil_servant_rating.year_in_future", "A year not yet begun cannot be rated.", RuleViolationKind.Unprocessable, year);
        }

        if (decidedOn is { } decided && (decided.Year < year || decided > today))
        {
            throw new DomainRuleException(
                "civil_servant_rating.decided_outside_year",
                "The rating is decided in or after the year rated, and not in the future.",
                RuleViolationKind.Unprocessable,
                WireFormat.Date(decided),
                year);
        }

        if (string.IsNullOrWhiteSpace(person.FullName))
        {
            throw new DomainRuleException("civil_servant_rating.person_required", "Name the person rated (a member, or a name and date of birth).", RuleViolationKind.Unprocessable);
        }

        if (person.MemberId is null && person.DateOfBirth is null)
        {
            throw new DomainRuleException(
                "civil_servant_rating.date_of_birth_required", "A person who is not a party member is identified by name and date of birth.", RuleViolationKind.Unprocessable);
        }

        var scale = rules.InForceOn(RuleDate(year, decidedOn));
        if (!scale.Levels.Contains(level))
        {
            throw new DomainRuleException(
                "civil_servant_rating.level_not_on_scale", "The level is not on the scale in force.", RuleViolationKind.Unprocessable, WireFormat.Code(level), scale.Source.Code);
        }

        var key = person.Key;
        if (keysTaken.Contains(key, StringComparer.Ordinal))
        {
            throw new DomainRuleException(
                "civil_servant_rating.exists", "The person already has a rating for that year.", RuleViolationKind.Conflict, person.FullName, year);
        }

        OrganizationId = organizationId;
        Year = year;
        MemberId = person.MemberId;
        FullName = Names.Normalize(person.FullName, NameKind.Person);
        DateOfBirth = person.DateOfBirth;
        PersonKey = key;
        Level = level;
        DecidedOn = decidedOn;
        DecisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : decisionNumber.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RuleSetCode = scale.Source.Code;
    }
}
