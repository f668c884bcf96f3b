using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Privacy;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Guests;

/// <summary>
/// A member of another party committee on temporary party activity in a cell of this committee. Attends the host
/// cell's meetings; does not vote, stand or elect there and is not counted in its membership (Quy định 24/294 point 6.3.2).
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="FullName">The guest's full name.</param>
/// <param name="DateOfBirth">Date of birth (personal data).</param>
/// <param name="PartyCardNumber">Party card number (personal data; the last three characters for roles without personal data).</param>
/// <param name="HomeOrganization">Where the guest is officially active and counted.</param>
/// <param name="HomeCommittee">The party committee that issued the temporary introduction letter.</param>
/// <param name="LetterNumber">Number of the temporary introduction letter.</param>
/// <param name="LetterDate">Date of the letter.</param>
/// <param name="Purpose">WORK, STUDY or OTHER.</param>
/// <param name="PurposeLabel">Display label of <paramref name="Purpose"/>.</param>
/// <param name="HostOrganizationId">The host cell.</param>
/// <param name="HostOrganizationName">Name of the host cell.</param>
/// <param name="PresentedOn">The day the letter was presented: attends from then.</param>
/// <param name="Until">Last day of the temporary activity.</param>
/// <param name="ExtendedOn">Day of the last extension.</param>
/// <param name="ReturnedOn">Day the guest went back home (no longer listed from then).</param>
/// <param name="Status">ATTENDING, RETURNED or CONVERTED.</param>
/// <param name="StatusLabel">Display label of <paramref name="Status"/>.</param>
/// <param name="PresentationDueOn">Last day to present the letter (working days from its date, public holidays excluded; the rule set names the number).</param>
/// <param name="PresentationWorkingDaysLate">Working days after <paramref name="PresentationDueOn"/> the letter was presented; 0 when on time.</param>
/// <param name="PresentedLate">True when presented after the due date: recorded and reported, not refused.</param>
/// <param name="MayVote">Always false: no vote, candidacy or election at the host.</param>
/// <param name="CountedHere">Always false: not counted in the host's membership or statistics.</param>
/// <param name="RuleSet">The transfer rule set applied (in force on the letter's date).</param>
/// <param name="ConvertedOn">The day the official transfer was received here (CONVERTED): a member of the host cell from then.</param>
/// <param name="ConvertedMemberId">The member record created by the conversion.</param>
/// <param name="ConvertedTransferId">The official incoming transfer recorded by the conversion.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record GuestDto(
    Guid Id,
    string FullName,
    [property: PersonalData] DateOnly? DateOfBirth,
    [property: PersonalData(Masking.KeepLastThree)] string? PartyCardNumber,
    string HomeOrganization,
    string HomeCommittee,
    string LetterNumber,
    DateOnly LetterDate,
    TransferPurpose Purpose,
    BilingualLabel PurposeLabel,
    Guid HostOrganizationId,
    string HostOrganizationName,
    DateOnly PresentedOn,
    DateOnly Until,
    DateOnly? ExtendedOn,
    DateOnly? ReturnedOn,
    GuestStatus Status,
    BilingualLabel StatusLabel,
    DateOnly PresentationDueOn,
    int PresentationWorkingDaysLate,
    bool PresentedLate,
    bool MayVote,
    bool CountedHere,
    RuleSource RuleSet,
    DateOnly? ConvertedOn,
    Guid? ConvertedMemberId,
    Guid? ConvertedTransferId,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned
{
    public static GuestDto From(TemporaryGuest g, string hostName, WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules)
    {
        var presentation = g.Presentation(calendar, rules);
        return new GuestDto(
            g.Id, g.FullName, g.DateOfBirth, g.PartyCardNumber, g.HomeOrganization, g.HomeCommittee, g.LetterNumber, g.LetterDate,
            g.Purpose, TransferLabels.Of(g.Purpose), g.HostOrganizationId, hostName, g.PresentedOn, g.Until, g.ExtendedOn, g.ReturnedOn,
            g.Status, LabelOf(g.Status), presentation.DueOn, presentation.WorkingDaysLate, presentation.Late, false, false,
            g.GoverningRules(rules).Source, g.ConvertedOn, g.ConvertedMemberId, g.ConvertedTransferId, g.Version, g.CreatedAt, g.UpdatedAt);
    }

    public static BilingualLabel LabelOf(GuestStatus status) => status switch
    {
        GuestStatus.Returned => new BilingualLabel("Đã trở về", "Returned"),
        GuestStatus.Converted => new BilingualLabel("Đã chuyển sinh hoạt đảng chính thức đến", "Transferred here officially"),
        _ => new BilingualLabel("Đang sinh hoạt tạm thời", "Attending"),
    };
}

/// <summary>Scope and presentation shared by the guest use cases: a guest is in scope when the host cell is.</summary>
internal static class GuestAccess
{
    /// <summary>Loads a guest; 404 <c>guest.not_found</c> when it does not exist or its host cell is outside the caller's scope.</summary>
    public static async Task<TemporaryGuest> LoadGuestInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.TemporaryGuests : db.TemporaryGuests.AsNoTracking();
        var guest = await query.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (guest is null || !await scope.CoversAsync(guest.HostOrganizationId, cancellationToken))
        {
            throw new NotFoundException("guest.not_found", "Guest", id);
        }

        return guest;
    }

    public static async Task<IReadOnlyList<GuestDto>> ToDtosAsync(
        this IAppDbContext db, IReadOnlyList<TemporaryGuest> guests, RuleBook<TransferRuleSet> rules, CancellationToken cancellationToken)
    {
        if (guests.Count == 0)
        {
            return [];
        }

        var ids = guests.Select(g => g.HostOrganizationId).Distinct().ToList();
        var names = await db.OrganizationNamesAsync(ids, cancellationToken);
        var calendar = await db.WorkingDayCalendarAsync(null, cancellationToken);
        return [.. guests.Select(g => GuestDto.From(g, names.GetValueOrDefault(g.HostOrganizationId) ?? string.Empty, calendar, rules))];
    }

    public static async Task<GuestDto> ToDtoAsync(this IAppDbContext db, TemporaryGuest guest, RuleBook<TransferRuleSet> rules, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([guest], rules, cancellationToken))[0];
}
