using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.UpdateMember;

/// <summary>
/// The member's record fields (PUT replaces them all, lists included). Cell and status change through transfers and
/// status changes; the name and date of birth through a correction with its decision (POST /members/{id}/corrections).
/// </summary>
public sealed record MemberUpdate : MemberFields
{
    /// <summary>The day a change of education, professional level, political theory or position took effect (default today): statistics as of an earlier day use the values then.</summary>
    public DateOnly? ChangesEffectiveOn { get; init; }
}

public sealed record UpdateMemberCommand(Guid Id, long ExpectedVersion, MemberUpdate Update) : ICommand<MemberDto>;

public sealed class MemberUpdateValidator : AbstractValidator<MemberUpdate>
{
    public MemberUpdateValidator(TimeProvider time)
    {
        this.AddMemberFieldRules();
        this.AddMemberEventDateRules(time);
        RuleFor(m => m.ChangesEffectiveOn).IsEventDate(time);
    }
}

public sealed class UpdateMemberValidator : AbstractValidator<UpdateMemberCommand>
{
    public UpdateMemberValidator(TimeProvider time)
    {
        RuleFor(c => c.Update).SetValidator(new MemberUpdateValidator(time)).OverridePropertyName(string.Empty);
    }
}

public sealed class UpdateMemberHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> admissionRules)
    : ICommandHandler<UpdateMemberCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(UpdateMemberCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        await db.EnsureUniqueAsync(command.Update, member.Id, cancellationToken);

        var today = time.TodayInVietnam();
        member.UpdateProfile(command.Update.ToProfile(), command.Update.ChangesEffectiveOn ?? today);
        member.CorrectAdmission(command.Update.ToAdmission(), admissionRules);
        member.UpdateRecordDetails(command.Update.ToDetails(), command.Update.ToWorkHistory(), command.Update.ToFamilyRelations());
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), time.TodayInVietnam(), PersonalData.CanRead(user));
    }
}
