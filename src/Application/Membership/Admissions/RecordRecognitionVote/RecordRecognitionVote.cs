using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Membership.Admissions.RecordRecognitionVote;

/// <summary>
/// The cell's vote on the probationary member's full membership, once the probation has ended. A vote with the
/// required majority is the cell's resolution; without it the vote is recorded, and the last one allowed refers the
/// matter to the superior committee.
/// </summary>
/// <param name="HeldOn">Date of the cell's meeting.</param>
/// <param name="InFavour">Votes in favour.</param>
/// <param name="Entitled">Full members entitled to vote.</param>
/// <param name="Number">Number of the resolution (when the vote adopts it).</param>
public sealed record RecognitionVote(
    [property: Required] DateOnly? HeldOn,
    [property: Required] int? InFavour,
    [property: Required] int? Entitled,
    string? Number);

public sealed record RecordRecognitionVoteCommand(Guid Id, long ExpectedVersion, RecognitionVote Vote) : ICommand<AdmissionDto>;

public sealed class RecordRecognitionVoteValidator : AbstractValidator<RecordRecognitionVoteCommand>
{
    public RecordRecognitionVoteValidator(TimeProvider time)
    {
        RuleFor(c => c.Vote.HeldOn).ValidStepDate(time).OverridePropertyName("heldOn");
        RuleFor(c => c.Vote.InFavour).NotNull().GreaterThanOrEqualTo(0).OverridePropertyName("inFavour");
        RuleFor(c => c.Vote.Entitled).NotNull().GreaterThanOrEqualTo(1).OverridePropertyName("entitled");
        RuleFor(c => c.Vote.Number).MaximumLength(AdmissionRules.DocumentNumberMaxLength).OverridePropertyName("number");
    }
}

public sealed class RecordRecognitionVoteHandler(AdmissionStepRunner steps) : ICommandHandler<RecordRecognitionVoteCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecordRecognitionVoteCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            async (admission, step, ct) =>
            {
                var date = command.Vote.HeldOn!.Value;

                // The resolution's period runs from the end of probation: only the holidays from then to the date are needed.
                var calendar = await step.Db.LoadAsync(admission.RecognitionPeriod(step.Rules)?.StartsOn ?? date, date, ct);
                admission.RecordRecognitionVote(
                    Ids.NewVersion7(step.Time.GetUtcNow()), date, command.Vote.InFavour!.Value, command.Vote.Entitled!.Value, command.Vote.Number, calendar, step.Rules);
                step.Db.MarkChanged(admission);
            },
            cancellationToken);
}
