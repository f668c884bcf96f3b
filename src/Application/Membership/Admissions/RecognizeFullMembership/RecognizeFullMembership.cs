using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;

namespace PartyCommittee.Application.Membership.Admissions.RecognizeFullMembership;

/// <summary>The committee's decision recognising the probationary member as a full member (quyết định công nhận đảng viên chính thức).</summary>
/// <param name="RecognizedOn">Date of the decision: after the cell's resolution (or the referral to the superior committee); a decision after its period is recorded with the working days it is late. The member is full from the end of the probation whatever this date.</param>
/// <param name="Number">Number of the recognition decision.</param>
public sealed record FullMembershipRecognition(
    [property: Required] DateOnly? RecognizedOn,
    [property: Required] string? Number);

public sealed record RecognizeFullMembershipCommand(Guid Id, long ExpectedVersion, FullMembershipRecognition Recognition) : ICommand<AdmissionDto>;

public sealed class RecognizeFullMembershipValidator : AbstractValidator<RecognizeFullMembershipCommand>
{
    public RecognizeFullMembershipValidator(TimeProvider time)
    {
        RuleFor(c => c.Recognition.RecognizedOn).ValidStepDate(time).OverridePropertyName("recognizedOn");
        RuleFor(c => c.Recognition.Number).ValidDocumentNumber().OverridePropertyName("number");
    }
}

public sealed class RecognizeFullMembershipHandler(AdmissionStepRunner steps) : ICommandHandler<RecognizeFullMembershipCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecognizeFullMembershipCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            async (admission, step, ct) =>
            {
                var date = command.Recognition.RecognizedOn!.Value;
                var member = await step.Db.LoadAdmittedMemberAsync(admission, ct);

                // The decision period runs from the cell's resolution: only the holidays from then to the date are needed.
                var calendar = await step.Db.LoadAsync(admission.RecognitionDecisionPeriod(step.Rules)?.StartsOn ?? date, date, ct);
                admission.RecognizeFullMembership(member, date, command.Recognition.Number, calendar, step.Rules);
            },
            cancellationToken);
}
