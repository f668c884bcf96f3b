using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Cases.RecordInspectionStep;

/// <summary>A meeting's vote.</summary>
public sealed record VoteInput([property: Required] int? For, [property: Required] int? Against, [property: Required] int? Abstaining);

/// <summary>One of the steps between the decision and the conclusion.</summary>
/// <param name="Step">NOTICE, SELF_REPORT, VERIFICATION, DRAFT_REPORT or MEETING, in that order.</param>
/// <param name="On">Its date.</param>
/// <param name="DocumentNumber">Its document.</param>
/// <param name="Note">A note.</param>
/// <param name="Vote">MEETING only: the vote.</param>
public sealed record InspectionStepEntry([property: Required] InspectionStep? Step, [property: Required] DateOnly? On, string? DocumentNumber, string? Note, VoteInput? Vote);

public sealed record RecordInspectionStepCommand(Guid Id, long ExpectedVersion, InspectionStepEntry Entry) : ICommand<InspectionDto>;

public sealed class RecordInspectionStepValidator : AbstractValidator<RecordInspectionStepCommand>
{
    public RecordInspectionStepValidator()
    {
        RuleFor(c => c.Entry.Step).NotNull().IsDefinedEnum()
            .Must(s => s is InspectionStep.Notice or InspectionStep.SelfReport or InspectionStep.Verification or InspectionStep.DraftReport or InspectionStep.Meeting)
            .WithMessage("NOTICE, SELF_REPORT, VERIFICATION, DRAFT_REPORT or MEETING.")
            .OverridePropertyName("step");
        RuleFor(c => c.Entry.On).NotNull().InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31)).OverridePropertyName("on");
        RuleFor(c => c.Entry.DocumentNumber).MaximumLength(InspectionCase.NumberMaxLength).OverridePropertyName("documentNumber");
        RuleFor(c => c.Entry.Note).MaximumLength(InspectionCase.TextMaxLength).OverridePropertyName("note");
        RuleFor(c => c.Entry.Vote!.For).NotNull().InclusiveBetween(0, 1000).When(c => c.Entry.Vote is not null).OverridePropertyName("vote.for");
        RuleFor(c => c.Entry.Vote!.Against).NotNull().InclusiveBetween(0, 1000).When(c => c.Entry.Vote is not null).OverridePropertyName("vote.against");
        RuleFor(c => c.Entry.Vote!.Abstaining).NotNull().InclusiveBetween(0, 1000).When(c => c.Entry.Vote is not null).OverridePropertyName("vote.abstaining");
    }
}

public sealed class RecordInspectionStepHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, InspectionDeadlineOptions options)
    : ICommandHandler<RecordInspectionStepCommand, InspectionDto>
{
    public async ValueTask<InspectionDto> Handle(RecordInspectionStepCommand command, CancellationToken cancellationToken)
    {
        var inspection = await db.LoadCaseAsync(scope, command.Id, forChange: true, cancellationToken);
        inspection.EnsureVersion(command.ExpectedVersion);
        var entry = command.Entry;
        user.EnsureMayRecord(entry.Step!.Value, inspection.DecidedBy);
        var today = time.TodayInVietnam();
        var deadlines = options.ToDeadlines();
        var calendar = await db.InspectionCalendarAsync(inspection.DecidedOn, today > inspection.ScheduleTo ? today : inspection.ScheduleTo, cancellationToken);
        var vote = entry.Vote is { } v ? new MeetingVote(v.For!.Value, v.Against!.Value, v.Abstaining!.Value) : null;
        inspection.RecordStep(Ids.NewVersion7(time.GetUtcNow()), entry.Step.Value, entry.On!.Value, entry.DocumentNumber, entry.Note, vote, calendar, deadlines, today);
        db.InspectionCases.Entry(inspection).Property(a => a.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(inspection, deadlines, today, cancellationToken);
    }
}
