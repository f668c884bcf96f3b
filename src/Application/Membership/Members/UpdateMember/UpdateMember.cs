using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Membership.Members.UpdateMember;

/// <summary>The member's record fields (PUT replaces them all). Cell and status change through transfers and status changes.</summary>
public sealed record MemberUpdate : MemberFields;

public sealed record UpdateMemberCommand(Guid Id, long ExpectedVersion, MemberUpdate Update) : ICommand<MemberDto>;

public sealed class MemberUpdateValidator : AbstractValidator<MemberUpdate>
{
    public MemberUpdateValidator(TimeProvider time)
    {
        this.AddMemberFieldRules();
        this.AddMemberEventDateRules(time);
    }
}

public sealed class UpdateMemberValidator : AbstractValidator<UpdateMemberCommand>
{
    public UpdateMemberValidator(TimeProvider time)
    {
        RuleFor(c => c.Update).SetValidator(new MemberUpdateValidator(time)).OverridePropertyName(string.Empty);
    }
}

public sealed class UpdateMemberHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : ICommandHandler<UpdateMemberCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(UpdateMemberCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        await db.EnsureUniqueAsync(command.Update, member.Id, cancellationToken);

        member.UpdateProfile(command.Update.ToProfile());
        member.CorrectAdmission(command.Update.ToAdmission());
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), time.TodayInVietnam(), PersonalData.CanRead(user));
    }
}
