using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;

namespace PartyCommittee.Application.Organization.ElectedBodies.EndBodyMembership;

/// <summary>The end of a seat.</summary>
/// <param name="EndsOn">Last day the seat is held (resignation, transfer, retirement, discipline), within the term.</param>
public sealed record BodyMembershipEnd([property: Required] DateOnly? EndsOn);

public sealed record EndBodyMembershipCommand(Guid BodyId, Guid MembershipId, long ExpectedVersion, BodyMembershipEnd End) : ICommand<ElectedBodyDto>;

public sealed class EndBodyMembershipValidator : AbstractValidator<EndBodyMembershipCommand>
{
    public EndBodyMembershipValidator(TimeProvider time)
    {
        RuleFor(c => c.End.EndsOn).NotNull().IsEventDate(time).OverridePropertyName("endsOn");
    }
}

public sealed class EndBodyMembershipHandler(IAppDbContext db, IOrganizationScope scope)
    : ICommandHandler<EndBodyMembershipCommand, ElectedBodyDto>
{
    public async ValueTask<ElectedBodyDto> Handle(EndBodyMembershipCommand command, CancellationToken cancellationToken)
    {
        var body = await db.LoadBodyInScopeAsync(scope, command.BodyId, tracking: true, cancellationToken);
        body.EnsureVersion(command.ExpectedVersion);
        var membership = body.Memberships.FirstOrDefault(m => m.Id == command.MembershipId)
            ?? throw new NotFoundException("body.membership_not_found", "Body membership", command.MembershipId);

        var term = await db.Terms.AsNoTracking().FirstAsync(t => t.Id == body.TermId, cancellationToken);
        body.EndMembership(membership, command.End.EndsOn!.Value, term);

        db.ElectedBodies.MarkChanged(body);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(body, null, cancellationToken);
    }
}
