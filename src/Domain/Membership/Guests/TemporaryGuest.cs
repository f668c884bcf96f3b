using System.Globalization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Membership.Guests;

/// <summary>Where a guest's temporary party activity stands.</summary>
public enum GuestStatus
{
    /// <summary>Presented the letter and attends the host cell (until <see cref="TemporaryGuest.Until"/>).</summary>
    Attending = 1,

    /// <summary>Went back to the home organisation before or at the end of the period.</summary>
    Returned = 2,

    /// <summary>Transferred officially into this committee: a member record here from <see cref="TemporaryGuest.ConvertedOn"/>.</summary>
    Converted = 3,
}

/// <summary>What the temporary introduction letter and the host say about a guest, before it is checked.</summary>
/// <param name="FullName">The guest's full name.</param>
/// <param name="DateOfBirth">Date of birth, when the letter gives it.</param>
/// <param name="PartyCardNumber">Number of the guest's party card (box of the letter), when given.</param>
/// <param name="HomeOrganization">The cell or grassroots organisation where the guest is officially active and counted.</param>
/// <param name="HomeCommittee">The party committee that issued the temporary introduction letter.</param>
/// <param name="LetterNumber">Number of the temporary introduction letter (giấy giới thiệu sinh hoạt đảng tạm thời).</param>
/// <param name="LetterDate">Date of the letter: the presentation deadline and the duration count from it.</param>
/// <param name="Purpose">Work, study or another reason (study allows the longer duration).</param>
/// <param name="PresentedOn">The day the guest presented the letter to the host cell: attends from that day.</param>
/// <param name="Until">Last day of the temporary activity given by the letter.</param>
public sealed record GuestRegistration(
    string FullName,
    DateOnly? DateOfBirth,
    string? PartyCardNumber,
    string HomeOrganization,
    string HomeCommittee,
    string LetterNumber,
    DateOnly LetterDate,
    TransferPurpose Purpose,
    DateOnly PresentedOn,
    DateOnly Until);

/// <summary>Presentation of a guest's letter against the deadline: due date and working days late (0 on time).</summary>
/// <param name="DueOn">Last day to present the letter: the rule set's presentation working days from the letter's date.</param>
/// <param name="WorkingDaysLate">Working days from <paramref name="DueOn"/> to the presentation; 0 when on time.</param>
/// <param name="Late">Presented after <paramref name="DueOn"/>: recorded and reported, never refused.</param>
public sealed record GuestPresentation(DateOnly DueOn, int WorkingDaysLate, bool Late);

/// <summary>
/// A party member of ANOTHER party committee temporarily active in one of this committee's cells (đảng viên sinh hoạt
/// đảng tạm thời từ ngoài Đảng bộ): there is no member record here. Quy định 24-QĐ/TW 2021 point 6.3.2 (also
/// 232-QĐ/TW 2025 and 294-QĐ/TW 2025, same point): the temporary activity lasts 3 months to under a year (study: 3
/// months to 2 years); at the host the member has the rights of a member EXCEPT voting, standing and electing
/// ("trừ quyền biểu quyết, ứng cử và bầu cử"), and is not counted in the host's membership ("không tính vào đảng số");
/// an extension is asked of the host committee and reported home. The guest is therefore never counted in this
/// committee's statistics, never has a seat or a vote here, and is listed on the host cell's list of temporary
/// attendees. The letter is presented within the presentation working days of the transfer rule set in force on the
/// letter's date (point 6.3.1 c, 30 working days); lateness is recorded, not refused.
/// </summary>
public sealed partial class TemporaryGuest : AggregateRoot
{
    public const int NameMaxLength = 128;
    public const int CardNumberMaxLength = 32;
    public const int OrganizationMaxLength = 256;
    public const int LetterNumberMaxLength = 64;

    private TemporaryGuest(Guid id)
        : base(id)
    {
        FullName = NameSortKey = HomeOrganization = HomeCommittee = LetterNumber = string.Empty;
    }

    public string FullName { get; private set; }

    /// <summary>Sort key of <see cref="FullName"/> (Vietnamese alphabetical order).</summary>
    public string NameSortKey { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    public string? PartyCardNumber { get; private set; }

    public string HomeOrganization { get; private set; }

    public string HomeCommittee { get; private set; }

    public string LetterNumber { get; private set; }

    public DateOnly LetterDate { get; private set; }

    public TransferPurpose Purpose { get; private set; }

    /// <summary>The host cell of this committee.</summary>
    public Guid HostOrganizationId { get; private set; }

    public DateOnly PresentedOn { get; private set; }

    /// <summary>Last day of the temporary activity (moved by an extension).</summary>
    public DateOnly Until { get; private set; }

    public DateOnly? ExtendedOn { get; private set; }

    public DateOnly? ReturnedOn { get; private set; }

    public GuestStatus Status { get; private set; }

    /// <summary>The day the official transfer was received here (the guest became a member of the host cell).</summary>
    public DateOnly? ConvertedOn { get; private set; }

    /// <summary>The member record created by the conversion.</summary>
    public Guid? ConvertedMemberId { get; private set; }

    /// <summary>The official incoming transfer recorded by the conversion.</summary>
    public Guid? ConvertedTransferId { get; private set; }

    /// <summary>The rules that govern the guest: those in force on the letter's date.</summary>
    public TransferRuleSet GoverningRules(RuleBook<TransferRuleSet> rules) => rules.InForceOn(LetterDate);

    /// <summary>
    /// Records a guest who presented a temporary introduction letter to <paramref name="host"/>, after checking: the
    /// host is a party cell active on the presentation day; the letter's date and the presentation are event dates
    /// (not in the future, not before 3/2/1930) and the presentation is not before the letter; the period ends 3 months
    /// to under 12 months after the letter's date (study: up to 24 months) under the rule set in force on that date.
    /// A late presentation is recorded (<see cref="Presentation"/>), not refused.
    /// </summary>
    public static TemporaryGuest Register(Guid id, GuestRegistration registration, PartyOrganization host, DateOnly today, RuleBook<TransferRuleSet> rules)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(host);
        EnsureEventDate(registration.LetterDate, today);
        EnsureEventDate(registration.PresentedOn, today);
        if (registration.DateOfBirth is { } born && born > registration.LetterDate)
        {
            throw Rule("guest.birth_after_letter", "The date of birth is after the letter's date.", Format(born));
        }

        if (registration.PresentedOn < registration.LetterDate)
        {
            throw Rule("guest.presented_before_letter", "The letter is presented on or after its date.", Format(registration.LetterDate));
        }

        if (host.Type != OrganizationType.PartyCell)
        {
            throw Rule("guest.host_not_a_cell", "A member on temporary party activity attends a party cell.", host.Code);
        }

        if (!host.IsActiveOn(registration.PresentedOn))
        {
            throw Rule("guest.host_inactive", "The host cell does not exist on that date.", host.Code, Format(registration.PresentedOn));
        }

        var inForce = rules.InForceOn(registration.LetterDate);
        var (earliest, latest) = inForce.TemporaryEndBounds(registration.Purpose, registration.LetterDate);
        if (registration.Until < earliest || registration.Until > latest)
        {
            throw Rule(
                "guest.duration_invalid",
                "Temporary party activity lasts from 3 to under 12 months (study: 3 to 24 months) from the letter's date.",
                Format(earliest),
                Format(latest),
                inForce.Source.Code);
        }

        return new TemporaryGuest(id)
        {
            FullName = Names.Normalize(registration.FullName, NameKind.Person),
            NameSortKey = VietnameseText.SortKey(Names.Normalize(registration.FullName, NameKind.Person)),
            DateOfBirth = registration.DateOfBirth,
            PartyCardNumber = string.IsNullOrWhiteSpace(registration.PartyCardNumber) ? null : registration.PartyCardNumber.Trim(),
            HomeOrganization = Names.Normalize(registration.HomeOrganization, NameKind.Organization),
            HomeCommittee = Names.Normalize(registration.HomeCommittee, NameKind.Organization),
            LetterNumber = registration.LetterNumber.Trim(),
            LetterDate = registration.LetterDate,
            Purpose = registration.Purpose,
            HostOrganizationId = host.Id,
            PresentedOn = registration.PresentedOn,
            Until = registration.Until,
            Status = GuestStatus.Attending,
        };
    }

    /// <summary>
    /// The letter's presentation against its deadline: <see cref="TransferRuleSet.PresentationWorkingDays"/> working
    /// days from <see cref="LetterDate"/> (public holidays excluded), under the rule set in force on the letter's date.
    /// </summary>
    public GuestPresentation Presentation(WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules)
    {
        var due = calendar.AddWorkingDays(LetterDate, GoverningRules(rules).PresentationWorkingDays);
        return PresentedOn > due
            ? new GuestPresentation(due, calendar.WorkingDaysBetween(due, PresentedOn), true)
            : new GuestPresentation(due, 0, false);
    }

    /// <summary>True when the guest attends the host on <paramref name="date"/> (presented, period not over, not returned).</summary>
    public bool IsAttendingOn(DateOnly date) =>
        PresentedOn <= date && date <= Until && (ReturnedOn is not { } returned || date < returned) && (ConvertedOn is not { } converted || date < converted);

    /// <summary>
    /// Extends the period to <paramref name="until"/> (the host committee's agreement on <paramref name="decidedOn"/>):
    /// after the current end and within the longest duration counted from the letter's date; beyond it the member
    /// transfers officially (Quy định 24/294 point 6.3.2).
    /// </summary>
    public void Extend(DateOnly until, DateOnly decidedOn, DateOnly today, RuleBook<TransferRuleSet> rules)
    {
        EnsureAttending();
        EnsureStepDate(decidedOn, today);
        if (until <= Until)
        {
            throw Rule("guest.extension_not_later", "An extension ends after the current end of the temporary activity.", Format(Until));
        }

        var (_, latest) = GoverningRules(rules).TemporaryEndBounds(Purpose, LetterDate);
        if (until > latest)
        {
            throw Rule(
                "guest.extension_too_long",
                "Temporary party activity cannot be extended beyond its longest duration counted from the letter's date; the member transfers officially instead.",
                Format(latest),
                GoverningRules(rules).Source.Code);
        }

        Until = until;
        ExtendedOn = decidedOn;
    }

    /// <summary>The guest went back home on <paramref name="returnedOn"/> (ATTENDING → RETURNED): not listed from that day.</summary>
    public void Return(DateOnly returnedOn, DateOnly today)
    {
        EnsureAttending();
        EnsureStepDate(returnedOn, today);
        ReturnedOn = returnedOn;
        Status = GuestStatus.Returned;
    }

    private void EnsureAttending()
    {
        if (Status != GuestStatus.Attending)
        {
            throw new DomainRuleException(
                "guest.invalid_state",
                "The guest has already returned to the home organisation or been transferred here officially.",
                RuleViolationKind.Conflict,
                Status.ToString().ToUpperInvariant());
        }
    }

    private void EnsureStepDate(DateOnly date, DateOnly today)
    {
        if (date < PresentedOn)
        {
            throw Rule("guest.date_before_presentation", "The date is before the guest presented the letter.", Format(PresentedOn));
        }

        EnsureEventDate(date, today);
    }

    private static void EnsureEventDate(DateOnly date, DateOnly today)
    {
        switch (EventDates.Problem(date, today, EventDates.PartyFounded))
        {
            case EventDates.InFuture:
                throw Rule(EventDates.InFuture, "The date cannot be after today.", Format(date));
            case EventDates.TooEarly:
                throw Rule(EventDates.TooEarly, "The date cannot be before the party's founding.", Format(EventDates.PartyFounded));
        }
    }

    private static DomainRuleException Rule(string code, string message, params object[] arguments) =>
        new(code, message, RuleViolationKind.Unprocessable, arguments);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
