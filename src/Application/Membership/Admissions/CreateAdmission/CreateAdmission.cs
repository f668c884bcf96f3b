using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.CreateAdmission;

/// <summary>Opens an admission case for a candidate (quần chúng ưu tú) prepared by a cell.</summary>
/// <param name="OrganizationId">The cell that prepares the candidate (in the caller's scope).</param>
/// <param name="FullName">Full name, e.g. "Lâm Thị Sô Phia".</param>
/// <param name="Sex">MALE or FEMALE.</param>
/// <param name="DateOfBirth">Date of birth; age is counted in months at the cell's resolution.</param>
/// <param name="EthnicityCode">Two-digit code of the national list of 54 ethnic groups (01 Kinh, 05 Khmer, …).</param>
/// <param name="GeneralEducation">PRIMARY, LOWER_SECONDARY or UPPER_SECONDARY.</param>
/// <param name="IsYouthUnionMember">Member of the Ho Chi Minh Communist Youth Union.</param>
public sealed record CreateAdmissionCommand(
    [property: Required] Guid? OrganizationId,
    [property: Required] string? FullName,
    [property: Required] Sex? Sex,
    [property: Required] DateOnly? DateOfBirth,
    [property: Required] string? EthnicityCode,
    [property: Required] GeneralEducation? GeneralEducation,
    [property: Required] bool? IsYouthUnionMember) : ICommand<AdmissionDto>;

public sealed class CreateAdmissionValidator : AbstractValidator<CreateAdmissionCommand>
{
    public CreateAdmissionValidator(TimeProvider time)
    {
        RuleFor(c => c.OrganizationId).NotNull();
        this.AddCandidateRules(
            time,
            c => c.FullName, c => c.Sex, c => c.DateOfBirth, c => c.EthnicityCode, c => c.GeneralEducation, c => c.IsYouthUnionMember);
    }
}

public sealed class CreateAdmissionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<CreateAdmissionCommand, AdmissionDto>
{
    /// <summary>Under the cell's lock, so that the cell cannot be dissolved meanwhile.</summary>
    public ValueTask<AdmissionDto> Handle(CreateAdmissionCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.OrganizationId!.Value)], ct => CreateAsync(command, ct), cancellationToken));

    private async Task<AdmissionDto> CreateAsync(CreateAdmissionCommand command, CancellationToken cancellationToken)
    {
        var cellId = command.OrganizationId!.Value;
        var cell = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == cellId, cancellationToken);
        if (cell is null || !await scope.CoversAsync(cell.Path, cancellationToken))
        {
            throw new DomainRuleException("admission.organization_not_found", "The cell was not found.", RuleViolationKind.Unprocessable, cellId);
        }

        var today = time.TodayInVietnam();
        var admission = AdmissionCase.Open(
            Ids.NewVersion7(time.GetUtcNow()),
            cell,
            today,
            command.FullName!,
            command.Sex!.Value,
            command.DateOfBirth!.Value,
            command.EthnicityCode!,
            command.GeneralEducation!.Value,
            command.IsYouthUnionMember!.Value);

        db.AdmissionCases.Add(admission);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, today, PersonalData.CanRead(user), rules, cancellationToken);
    }
}
