using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.DissolveOrganization;

/// <summary>Dissolution of an organisation.</summary>
/// <param name="DissolvedOn">Date of the dissolution decision.</param>
public sealed record OrganizationDissolution([property: Required] DateOnly? DissolvedOn);

public sealed record DissolveOrganizationCommand(Guid Id, long ExpectedVersion, OrganizationDissolution Dissolution) : ICommand<OrganizationDto>;

public sealed class DissolveOrganizationValidator : AbstractValidator<DissolveOrganizationCommand>
{
    public DissolveOrganizationValidator(TimeProvider time)
    {
        RuleFor(c => c.Dissolution.DissolvedOn).NotNull().IsEventDate(time).OverridePropertyName("dissolvedOn");
    }
}

public sealed class DissolveOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<DissolveOrganizationCommand, OrganizationDto>
{
    /// <summary>
    /// Under the organisation's lock, which the commands adding a child, a member, a transfer or an admission into it
    /// also take: none of them can slip in between the checks and the dissolution.
    /// </summary>
    public ValueTask<OrganizationDto> Handle(DissolveOrganizationCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.Id)], ct => DissolveAsync(command, ct), cancellationToken));

    private async Task<OrganizationDto> DissolveAsync(DissolveOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.LoadInScopeAsync(scope, command.Id, cancellationToken);
        organization.EnsureVersion(command.ExpectedVersion);
        var date = command.Dissolution.DissolvedOn!.Value;

        var dependants = new OrganizationDependants(
            HasActiveChildren: await db.Organizations.AnyAsync(
                o => o.ParentId == organization.Id && (o.DissolvedOn == null || o.DissolvedOn > date),
                cancellationToken),
            ActiveMembers: await db.Members.Current().CountAsync(m => m.OrganizationId == organization.Id, cancellationToken),
            OpenTransfersIn: await db.Transfers.CountAsync(
                t => t.ToOrganizationId == organization.Id && (t.Status == TransferStatus.Requested || t.Status == TransferStatus.Sent),
                cancellationToken),
            OpenAdmissions: await db.AdmissionCases.CountAsync(
                a => a.OrganizationId == organization.Id && AdmissionCase.OpenStages.Contains(a.Stage),
                cancellationToken));

        organization.Dissolve(date, dependants);
        await db.SaveChangesAsync(cancellationToken);
        return OrganizationDto.From(organization, time.TodayInVietnam());
    }
}
