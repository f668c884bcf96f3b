using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Cases.RecordFollowUp;

/// <summary>Progress on one recommendation of the conclusion.</summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="On">Date of the report.</param>
/// <param name="Note">What was done.</param>
/// <param name="Evidence">The document or record that shows it.</param>
/// <param name="Done">True when the recommendation is carried out.</param>
public sealed record FollowUpEntry([property: Required] Guid? RecommendationId, [property: Required] DateOnly? On, [property: Required] string? Note, string? Evidence, bool Done);

public sealed record RecordFollowUpCommand(Guid Id, long ExpectedVersion, FollowUpEntry Entry) : ICommand<InspectionDto>;

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUpCommand>
{
    public RecordFollowUpValidator()
    {
        RuleFor(c => c.Entry.RecommendationId).NotNull().NotEqual(Guid.Empty).OverridePropertyName("recommendationId");
        RuleFor(c => c.Entry.On).NotNull().InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31)).OverridePropertyName("on");
        RuleFor(c => c.Entry.Note).NotEmpty().MaximumLength(InspectionCase.TextMaxLength).OverridePropertyName("note");
        RuleFor(c => c.Entry.Evidence).MaximumLength(512).OverridePropertyName("evidence");
    }
}

public sealed class RecordFollowUpHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, InspectionDeadlineOptions options)
    : ICommandHandler<RecordFollowUpCommand, InspectionDto>
{
    public async ValueTask<InspectionDto> Handle(RecordFollowUpCommand command, CancellationToken cancellationToken)
    {
        var inspection = await db.LoadCaseAsync(scope, command.Id, forChange: true, cancellationToken);
        inspection.EnsureVersion(command.ExpectedVersion);
        user.EnsureMayRecord(InspectionStep.FollowUp, inspection.DecidedBy);
        var today = time.TodayInVietnam();
        var e = command.Entry;
        inspection.RecordProgress(Ids.NewVersion7(time.GetUtcNow()), e.RecommendationId!.Value, e.On!.Value, e.Note!, e.Evidence, e.Done, today);
        db.InspectionCases.Entry(inspection).Property(a => a.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(inspection, options.ToDeadlines(), today, cancellationToken);
    }
}
