using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.RecognizeFullMembership;

/// <summary>Recognition of the probationary member as a full member (công nhận đảng viên chính thức).</summary>
/// <param name="RecognizedOn">Date of recognition: not before the probation ends, within the recognition period after it.</param>
/// <param name="Number">Number of the recognition decision.</param>
public sealed record FullMembershipRecognition(
    [property: Required] DateOnly? RecognizedOn,
    [property: Required] string? Number);

public sealed record RecognizeFullMembershipCommand(Guid Id, long ExpectedVersion, FullMembershipRecognition Recognition) : ICommand<AdmissionDto>;

public sealed class RecognizeFullMembershipValidator : AbstractValidator<RecognizeFullMembershipCommand>
{
    public RecognizeFullMembershipValidator()
    {
        RuleFor(c => c.Recognition.RecognizedOn).ValidStepDate().OverridePropertyName("recognizedOn");
        RuleFor(c => c.Recognition.Number).ValidDocumentNumber().OverridePropertyName("number");
    }
}

public sealed class RecognizeFullMembershipHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<RecognizeFullMembershipCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecognizeFullMembershipCommand command, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, command.Id, cancellationToken);
        admission.EnsureVersion(command.ExpectedVersion);
        var date = command.Recognition.RecognizedOn!.Value;
        AdmissionRules.EnsureNotInFuture(date, time);

        var member = await db.LoadAdmittedMemberAsync(admission, cancellationToken);
        // The recognition period runs from the end of probation: only the holidays from then to the date are needed.
        var calendar = await db.LoadAsync(admission.RecognitionPeriod(rules)?.StartsOn ?? date, date, cancellationToken);
        admission.RecognizeFullMembership(member, date, command.Recognition.Number, calendar, rules);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }
}
