using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.ElectedBodies.CreateTerm;

namespace PartyCommittee.Application.Organization.ElectedBodies.UpdateTerm;

/// <summary>Replaces the name, congress number and dates of a term (If-Match).</summary>
public sealed record UpdateTermCommand(Guid Id, long ExpectedVersion, TermInput Term) : ICommand<TermDto>;

public sealed class UpdateTermValidator : AbstractValidator<UpdateTermCommand>
{
    public UpdateTermValidator(TimeProvider time)
    {
        this.AddTermRules(c => c.Term, time);
    }
}

public sealed class UpdateTermHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<UpdateTermCommand, TermDto>
{
    /// <summary>Under the lock of the term's organisation: the overlap and name checks see every term committed before.</summary>
    public async ValueTask<TermDto> Handle(UpdateTermCommand command, CancellationToken cancellationToken)
    {
        var organizationId = await db.Terms.Where(t => t.Id == command.Id).Select(t => (Guid?)t.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        return await db.ExclusiveAsync([Locks.Organization(organizationId ?? Guid.Empty)], ct => UpdateAsync(command, ct), cancellationToken);
    }

    private async Task<TermDto> UpdateAsync(UpdateTermCommand command, CancellationToken cancellationToken)
    {
        var (term, organization) = await db.LoadTermInScopeAsync(scope, command.Id, cancellationToken);
        term.EnsureVersion(command.ExpectedVersion);

        var others = await db.Terms.AsNoTracking()
            .Where(t => t.OrganizationId == term.OrganizationId && t.Id != term.Id)
            .ToListAsync(cancellationToken);
        var bodies = db.ElectedBodies; // an extension property cannot appear inside the expression tree
        var memberships = await db.BodyMemberships.AsNoTracking()
            .Where(m => bodies.Any(b => b.Id == m.ElectedBodyId && b.TermId == term.Id))
            .ToListAsync(cancellationToken);

        var input = command.Term;
        term.Revise(input.Name!, input.CongressNumber, input.StartsOn!.Value, input.EndsOn!.Value, organization, others, memberships);
        await db.SaveChangesAsync(cancellationToken);
        return TermDto.From(term, time.TodayInVietnam());
    }
}
