using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;

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

public sealed class RecognizeFullMembershipHandler(AdmissionStepRunner steps) : ICommandHandler<RecognizeFullMembershipCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecognizeFullMembershipCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            command.Recognition.RecognizedOn,
            async (admission, step, ct) =>
            {
                var date = command.Recognition.RecognizedOn!.Value;
                var member = await step.Db.LoadAdmittedMemberAsync(admission, ct);

                // The recognition period runs from the end of probation: only the holidays from then to the date are needed.
                var calendar = await step.Db.LoadAsync(admission.RecognitionPeriod(step.Rules)?.StartsOn ?? date, date, ct);
                admission.RecognizeFullMembership(member, date, command.Recognition.Number, calendar, step.Rules);
            },
            cancellationToken);
}
