using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Privacy;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ListCorrections;

/// <summary>The corrections of one member's record (name, date of birth), oldest first.</summary>
public sealed record ListCorrectionsQuery(Guid Id) : IQuery<IReadOnlyList<MemberCorrectionDto>>;

/// <summary>A change of the record by decision. A corrected date of birth is personal data (masked like the record's).</summary>
/// <param name="Id">The correction.</param>
/// <param name="Field">FULL_NAME or DATE_OF_BIRTH.</param>
/// <param name="OldValue">The value before (masked for a date of birth unless the role needs it).</param>
/// <param name="NewValue">The value after (masked likewise).</param>
/// <param name="DecisionNumber">The decision.</param>
/// <param name="DecisionDate">Its date.</param>
/// <param name="DecisionIssuer">Who issued it.</param>
/// <param name="Note">Note.</param>
/// <param name="RecordedOn">When it was recorded.</param>
public sealed record MemberCorrectionDto(
    Guid Id,
    CorrectedField Field,
    [property: PersonalData] string? OldValue,
    [property: PersonalData] string? NewValue,
    string DecisionNumber,
    DateOnly DecisionDate,
    string DecisionIssuer,
    string? Note,
    DateOnly RecordedOn);

public sealed class ListCorrectionsHandler(IAppDbContext db, IOrganizationScope scope)
    : IQueryHandler<ListCorrectionsQuery, IReadOnlyList<MemberCorrectionDto>>
{
    public async ValueTask<IReadOnlyList<MemberCorrectionDto>> Handle(ListCorrectionsQuery query, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, query.Id, cancellationToken, tracking: false);
        var rows = await db.Set<MemberRecordCorrection>().AsNoTracking().Where(c => c.MemberId == member.Id).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(c => c.DecisionDate).ThenBy(c => c.RecordedOn).ThenBy(c => c.Field).ThenBy(c => c.Id)
            .Select(c => new MemberCorrectionDto(c.Id, c.Field, c.OldValue, c.NewValue, c.DecisionNumber, c.DecisionDate, c.DecisionIssuer, c.Note, c.RecordedOn))];
    }
}
