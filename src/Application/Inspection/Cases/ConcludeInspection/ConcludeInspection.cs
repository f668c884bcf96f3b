using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Cases.ConcludeInspection;

/// <summary>A finding on one subject.</summary>
/// <param name="SubjectId">The subject (its id in the case).</param>
/// <param name="Violation">True when a violation was found.</param>
/// <param name="Severity">NONE or SHORTCOMING without violation; VIOLATION_BELOW_DISCIPLINE or VIOLATION_REQUIRING_DISCIPLINE with one.</param>
/// <param name="TopicCode">The topic (the case's when omitted).</param>
/// <param name="Article">The article of the regulation.</param>
/// <param name="Description">What was found.</param>
public sealed record FindingEntry([property: Required] Guid? SubjectId, [property: Required] bool? Violation, [property: Required] FindingSeverity? Severity, string? TopicCode, string? Article, string? Description);

/// <summary>A recommendation: what, who, by when.</summary>
public sealed record RecommendationEntry([property: Required] string? Text, [property: Required] string? Owner, [property: Required] DateOnly? DueOn);

/// <summary>The written conclusion.</summary>
/// <param name="On">Its date.</param>
/// <param name="DocumentNumber">Number of the conclusion notice.</param>
/// <param name="Findings">A finding on every subject.</param>
/// <param name="Recommendations">The recommendations (none closes the case).</param>
public sealed record InspectionConclusion([property: Required] DateOnly? On, string? DocumentNumber, [property: Required] IReadOnlyList<FindingEntry>? Findings, IReadOnlyList<RecommendationEntry>? Recommendations);

public sealed record ConcludeInspectionCommand(Guid Id, long ExpectedVersion, InspectionConclusion Conclusion) : ICommand<InspectionDto>;

public sealed class ConcludeInspectionValidator : AbstractValidator<ConcludeInspectionCommand>
{
    public ConcludeInspectionValidator()
    {
        RuleFor(c => c.Conclusion.On).NotNull().InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31)).OverridePropertyName("on");
        RuleFor(c => c.Conclusion.DocumentNumber).MaximumLength(InspectionCase.NumberMaxLength).OverridePropertyName("documentNumber");
        RuleFor(c => c.Conclusion.Findings).NotNull().Must(f => f is { Count: >= 1 and <= 100 }).WithMessage("1 to 100 findings.").OverridePropertyName("findings");
        RuleForEach(c => c.Conclusion.Findings).NotNull().ChildRules(f =>
        {
            f.RuleFor(x => x.SubjectId).NotNull();
            f.RuleFor(x => x.Violation).NotNull();
            f.RuleFor(x => x.Severity).NotNull().IsDefinedEnum();
            f.RuleFor(x => x.TopicCode).MaximumLength(64);
            f.RuleFor(x => x.Article).MaximumLength(128);
            f.RuleFor(x => x.Description).MaximumLength(InspectionCase.TextMaxLength);
        }).OverridePropertyName("findings");
        RuleFor(c => c.Conclusion.Recommendations).Must(r => r is null || r.Count <= 100).WithMessage("At most 100 recommendations.").OverridePropertyName("recommendations");
        RuleForEach(c => c.Conclusion.Recommendations).NotNull().ChildRules(r =>
        {
            r.RuleFor(x => x.Text).NotEmpty().MaximumLength(InspectionCase.TextMaxLength);
            r.RuleFor(x => x.Owner).NotEmpty().MaximumLength(256);
            r.RuleFor(x => x.DueOn).NotNull().InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31));
        }).OverridePropertyName("recommendations");
    }
}

public sealed class ConcludeInspectionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, InspectionDeadlineOptions options)
    : ICommandHandler<ConcludeInspectionCommand, InspectionDto>
{
    public async ValueTask<InspectionDto> Handle(ConcludeInspectionCommand command, CancellationToken cancellationToken)
    {
        var inspection = await db.LoadCaseAsync(scope, command.Id, forChange: true, cancellationToken);
        inspection.EnsureVersion(command.ExpectedVersion);
        user.EnsureMayRecord(InspectionStep.Conclusion, inspection.DecidedBy);
        var today = time.TodayInVietnam();
        var deadlines = options.ToDeadlines();
        var calendar = await db.InspectionCalendarAsync(inspection.DecidedOn, today > inspection.ScheduleTo ? today : inspection.ScheduleTo, cancellationToken);
        var c = command.Conclusion;
        inspection.Conclude(
            Ids.NewVersion7(time.GetUtcNow()),
            c.On!.Value,
            c.DocumentNumber,
            [.. c.Findings!.Select(f => new FindingInput(f.SubjectId!.Value, f.Violation!.Value, f.Severity!.Value, f.TopicCode, f.Article, f.Description))],
            [.. (c.Recommendations ?? []).Select(r => new RecommendationInput(r.Text!, r.Owner!, r.DueOn!.Value))],
            () => Ids.NewVersion7(time.GetUtcNow()),
            calendar,
            deadlines,
            today);
        db.InspectionCases.Entry(inspection).Property(a => a.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(inspection, deadlines, today, cancellationToken);
    }
}
