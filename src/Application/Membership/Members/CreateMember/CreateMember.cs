using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.CreateMember;

/// <summary>Records a party member (existing members' records; new admissions go through /admissions).</summary>
public sealed record CreateMemberCommand : MemberFields, ICommand<MemberDto>
{
    /// <summary>The cell the member belongs to.</summary>
    [Required]
    public Guid? OrganizationId { get; init; }

    /// <summary>PROBATIONARY or FULL (other statuses are reached by a change; exemption and suspension are conditions recorded afterwards).</summary>
    [Required]
    public MemberStatus? Status { get; init; }

    /// <summary>Since when the member has that status in that cell (defaults to the full-membership date, else the ceremony date, else the admission decision).</summary>
    public DateOnly? StatusSince { get; init; }

    /// <summary>Number of the decision behind the status.</summary>
    public string? StatusDecisionNumber { get; init; }
}

public sealed class CreateMemberValidator : AbstractValidator<CreateMemberCommand>
{
    public CreateMemberValidator()
    {
        this.AddMemberFieldRules();
        RuleFor(c => c.OrganizationId).NotNull();
        RuleFor(c => c.Status).NotNull().IsDefinedEnum();
        RuleFor(c => c.StatusDecisionNumber).MaximumLength(64);
    }
}

/// <summary>
/// The dates of the record are events that have happened (<see cref="MemberEventDateRules.AddMemberEventDateRules{T}"/>).
/// A validator of its own because they need the clock, and <see cref="CreateMemberValidator"/> is also built by the import.
/// </summary>
public sealed class CreateMemberEventDatesValidator : AbstractValidator<CreateMemberCommand>
{
    public CreateMemberEventDatesValidator(TimeProvider time)
    {
        this.AddMemberEventDateRules(time);
        RuleFor(c => c.StatusSince).IsEventDate(time);
    }
}

public sealed class CreateMemberHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> admissionRules)
    : ICommandHandler<CreateMemberCommand, MemberDto>
{
    /// <summary>Under the cell's lock, so that the cell cannot be dissolved meanwhile (unique indexes back the number checks).</summary>
    public ValueTask<MemberDto> Handle(CreateMemberCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.OrganizationId!.Value)], ct => CreateAsync(command, ct), cancellationToken));

    private async Task<MemberDto> CreateAsync(CreateMemberCommand command, CancellationToken cancellationToken)
    {
        var cell = await db.LoadCellInScopeAsync(scope, command.OrganizationId!.Value, cancellationToken);
        await db.EnsureUniqueAsync(command, null, cancellationToken);

        var since = command.StatusSince ?? command.FullMembershipDate ?? command.CeremonyDate ?? command.AdmissionDecisionDate!.Value;
        var member = PartyMember.Register(
            Ids.NewVersion7(time.GetUtcNow()),
            command.ToProfile(),
            command.ToAdmission(),
            cell,
            command.Status!.Value,
            since,
            command.StatusDecisionNumber,
            admissionRules);
        member.UpdateRecordDetails(command.ToDetails(), command.ToWorkHistory(), command.ToFamilyRelations());

        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, cell.Name, time.TodayInVietnam(), PersonalData.CanRead(user));
    }
}
