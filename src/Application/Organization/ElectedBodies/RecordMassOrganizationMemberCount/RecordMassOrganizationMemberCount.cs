using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies.RecordMassOrganizationMemberCount;

/// <summary>A count of a mass organisation's members on a date.</summary>
/// <param name="AsOf">The date of the count, not in the future; a second count for the same date corrects the first.</param>
/// <param name="Count">Its members (đoàn viên, hội viên) on that date; they are not party members.</param>
public sealed record MemberCountInput([property: Required] DateOnly? AsOf, [property: Required] int? Count);

public sealed record RecordMassOrganizationMemberCountCommand(Guid Id, long ExpectedVersion, MemberCountInput Count) : ICommand<MassOrganizationDto>;

public sealed class RecordMassOrganizationMemberCountValidator : AbstractValidator<RecordMassOrganizationMemberCountCommand>
{
    public RecordMassOrganizationMemberCountValidator(TimeProvider time)
    {
        RuleFor(c => c.Count.AsOf).NotNull().IsEventDate(time, EventDates.EarliestCivil).OverridePropertyName("asOf");
        RuleFor(c => c.Count.Count).NotNull().LessThanOrEqualTo(MassOrganization.MaxMemberCount).OverridePropertyName("count");
    }
}

public sealed class RecordMassOrganizationMemberCountHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<RecordMassOrganizationMemberCountCommand, MassOrganizationDto>
{
    public async ValueTask<MassOrganizationDto> Handle(RecordMassOrganizationMemberCountCommand command, CancellationToken cancellationToken)
    {
        var massOrganization = await db.LoadMassOrganizationInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        massOrganization.EnsureVersion(command.ExpectedVersion);

        massOrganization.RecordMemberCount(Ids.NewVersion7(time.GetUtcNow()), command.Count.AsOf!.Value, command.Count.Count!.Value);
        db.MassOrganizations.MarkChanged(massOrganization);
        await db.SaveChangesAsync(cancellationToken);

        var leadingName = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == massOrganization.LeadingOrganizationId)
            .Select(o => o.Name)
            .FirstAsync(cancellationToken);
        return MassOrganizationDto.From(massOrganization, leadingName, time.TodayInVietnam());
    }
}
