using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies.CreateElectedBody;

/// <summary>Constitutes the elected body of an organisation for one of its terms.</summary>
/// <param name="OrganizationId">The organisation that elects it.</param>
/// <param name="TermId">One of that organisation's terms.</param>
/// <param name="Kind">A committee elects EXECUTIVE_COMMITTEE, STANDING_COMMITTEE and INSPECTION_COMMISSION; a sub-committee EXECUTIVE_COMMITTEE; a cell CELL_COMMITTEE. One of each per term.</param>
public sealed record CreateElectedBodyCommand(
    [property: Required] Guid? OrganizationId,
    [property: Required] Guid? TermId,
    [property: Required] BodyKind? Kind) : ICommand<ElectedBodyDto>;

public sealed class CreateElectedBodyValidator : AbstractValidator<CreateElectedBodyCommand>
{
    public CreateElectedBodyValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.TermId).NotEmpty();
        RuleFor(c => c.Kind).NotNull().IsDefinedEnum();
    }
}

public sealed class CreateElectedBodyHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<CreateElectedBodyCommand, ElectedBodyDto>
{
    /// <summary>Under the organisation's lock (the unique index on organisation, term and kind backs the check).</summary>
    public ValueTask<ElectedBodyDto> Handle(CreateElectedBodyCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.OrganizationId!.Value)], ct => CreateAsync(command, ct), cancellationToken));

    private async Task<ElectedBodyDto> CreateAsync(CreateElectedBodyCommand command, CancellationToken cancellationToken)
    {
        var organizationId = command.OrganizationId!.Value;
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw new DomainRuleException(
                "body.organization_not_found", "The organisation was not found.", RuleViolationKind.Unprocessable, organizationId);
        }

        // A term of an organisation outside the caller's scope is reported exactly as a missing one.
        var termId = command.TermId!.Value;
        var term = await db.Terms.AsNoTracking().FirstOrDefaultAsync(t => t.Id == termId, cancellationToken);
        if (term is null || !await scope.CoversAsync(term.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("body.term_not_found", "The term was not found.", RuleViolationKind.Unprocessable, termId);
        }

        var existingKinds = await db.ElectedBodies.AsNoTracking()
            .Where(b => b.OrganizationId == organization.Id && b.TermId == term.Id)
            .Select(b => b.Kind)
            .ToListAsync(cancellationToken);

        var body = ElectedBody.Constitute(Ids.NewVersion7(time.GetUtcNow()), organization, term, command.Kind!.Value, existingKinds);
        db.ElectedBodies.Add(body);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(body, null, cancellationToken);
    }
}
