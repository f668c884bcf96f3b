using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.RecognizeFullMembership;

/// <summary>Recognition of a probationary member as a full member.</summary>
/// <param name="RecognizedOn">Date of the recognition decision (not before the end of the probation). The member is full from the end of the probation, whatever this date.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
public sealed record MemberRecognition([property: Required] DateOnly? RecognizedOn, string? DecisionNumber);

public sealed record RecognizeFullMembershipCommand(Guid Id, long ExpectedVersion, MemberRecognition Recognition) : ICommand<MemberRecognitionResult>;

/// <summary>The member after recognition, and the rule set that was applied (the one in force on the ceremony, which fixed the probation).</summary>
public sealed record MemberRecognitionResult(MemberDto Member, RuleSource RuleSet) : IVersioned
{
    /// <summary>The member's version: the ETag of the response is the member's.</summary>
    long IVersioned.Version => Member.Version;
}

public sealed class RecognizeFullMembershipValidator : AbstractValidator<RecognizeFullMembershipCommand>
{
    public RecognizeFullMembershipValidator(TimeProvider time)
    {
        RuleFor(c => c.Recognition.RecognizedOn).NotNull().IsEventDate(time, EventDates.PartyFounded).OverridePropertyName("recognizedOn");
        RuleFor(c => c.Recognition.DecisionNumber).MaximumLength(64).OverridePropertyName("decisionNumber");
    }
}

public sealed class RecognizeFullMembershipHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> admissionRules)
    : ICommandHandler<RecognizeFullMembershipCommand, MemberRecognitionResult>
{
    public async ValueTask<MemberRecognitionResult> Handle(RecognizeFullMembershipCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var date = command.Recognition.RecognizedOn!.Value;

        // The probation is fixed by the rule set in force on the ceremony; the member is full from its end, however
        // late the decision (Quy định 29-QĐ/TW 2016 §4.2 b and successors).
        var admitted = member.CeremonyDate ?? member.AdmissionDecisionDate;
        var rules = admissionRules.InForceOn(admitted);
        var probationEnds = admitted.AddMonths(rules.ProbationMonths);
        if (date < probationEnds)
        {
            throw new DomainRuleException(
                "member.probation_not_complete", "The probation has not ended yet.", RuleViolationKind.Unprocessable, WireFormat.Date(probationEnds));
        }

        member.RecognizeFullMembership(probationEnds, command.Recognition.DecisionNumber, rules.ProbationMonths);
        await db.SaveChangesAsync(cancellationToken);
        var dto = MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), time.TodayInVietnam(), PersonalData.CanRead(user));
        return new MemberRecognitionResult(dto, rules.Source);
    }
}
