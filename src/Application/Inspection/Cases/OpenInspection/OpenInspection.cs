using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Cases.OpenInspection;

/// <summary>A subject as named in a request.</summary>
/// <param name="Type">CELL, CELL_COMMITTEE or MEMBER.</param>
/// <param name="OrganizationId">The cell (CELL, CELL_COMMITTEE); omitted for a member (his cell is taken).</param>
/// <param name="MemberId">The member (MEMBER only).</param>
public sealed record SubjectInput([property: Required] InspectionSubjectType? Type, Guid? OrganizationId, Guid? MemberId);

/// <summary>A team member as named in a request.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="IsLeader">True for the team leader (exactly one).</param>
public sealed record TeamMemberInput([property: Required] Guid? MemberId, bool IsLeader);

/// <summary>Opens a case with its decision and plan (the first step).</summary>
/// <param name="OrganizationId">The organisation that decides and runs it (the committee, or a cell for its members).</param>
/// <param name="Kind">Kind of inspection or supervision.</param>
/// <param name="DecidedBy">STANDING_COMMITTEE or INSPECTION_COMMISSION for a committee; CELL for a cell.</param>
/// <param name="TopicCode">Topic code from <c>GET /api/v1/rule-sets?kind=inspection.topics</c>.</param>
/// <param name="DecidedOn">Date of the decision.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="Content">Content of the plan.</param>
/// <param name="CoveredFrom">First day of the period covered.</param>
/// <param name="CoveredTo">Last day of the period covered (not after the decision).</param>
/// <param name="ScheduleFrom">First day of the schedule (not before the decision).</param>
/// <param name="ScheduleTo">Last day of the schedule.</param>
/// <param name="ProgrammeId">The programme the case carries out.</param>
/// <param name="Subjects">One or more subjects.</param>
/// <param name="Team">The team, one leader.</param>
public sealed record OpenInspectionCommand(
    [property: Required] Guid? OrganizationId,
    [property: Required] InspectionKind? Kind,
    [property: Required] InspectionAuthority? DecidedBy,
    [property: Required] string? TopicCode,
    [property: Required] DateOnly? DecidedOn,
    string? DecisionNumber,
    [property: Required] string? Content,
    [property: Required] DateOnly? CoveredFrom,
    [property: Required] DateOnly? CoveredTo,
    [property: Required] DateOnly? ScheduleFrom,
    [property: Required] DateOnly? ScheduleTo,
    Guid? ProgrammeId,
    [property: Required] IReadOnlyList<SubjectInput>? Subjects,
    [property: Required] IReadOnlyList<TeamMemberInput>? Team) : ICommand<InspectionDto>;

public sealed class OpenInspectionValidator : AbstractValidator<OpenInspectionCommand>
{
    public static readonly DateOnly Earliest = new(1930, 2, 3);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public OpenInspectionValidator()
    {
        RuleFor(c => c.OrganizationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Kind).NotNull().IsDefinedEnum();
        RuleFor(c => c.DecidedBy).NotNull().IsDefinedEnum();
        RuleFor(c => c.TopicCode).NotEmpty().MaximumLength(64);
        RuleFor(c => c.DecidedOn).NotNull().InclusiveBetween(Earliest, Latest);
        RuleFor(c => c.DecisionNumber).MaximumLength(InspectionCase.NumberMaxLength);
        RuleFor(c => c.Content).NotEmpty().MaximumLength(InspectionCase.ContentMaxLength);
        RuleFor(c => c.CoveredFrom).NotNull().InclusiveBetween(Earliest, Latest);
        RuleFor(c => c.CoveredTo).NotNull().InclusiveBetween(Earliest, Latest).GreaterThanOrEqualTo(c => c.CoveredFrom);
        RuleFor(c => c.ScheduleFrom).NotNull().InclusiveBetween(Earliest, Latest);
        RuleFor(c => c.ScheduleTo).NotNull().InclusiveBetween(Earliest, Latest).GreaterThanOrEqualTo(c => c.ScheduleFrom);
        RuleFor(c => c.Subjects).NotNull().Must(s => s is { Count: >= 1 and <= 50 }).WithMessage("1 to 50 subjects.");
        RuleForEach(c => c.Subjects).NotNull().ChildRules(s =>
        {
            s.RuleFor(x => x.Type).NotNull().IsDefinedEnum();
            s.RuleFor(x => x.MemberId).NotNull().When(x => x.Type == InspectionSubjectType.Member);
            s.RuleFor(x => x.OrganizationId).NotNull().When(x => x.Type is InspectionSubjectType.Cell or InspectionSubjectType.CellCommittee);
        });
        RuleFor(c => c.Team).NotNull().Must(t => t is { Count: >= 1 and <= 20 }).WithMessage("1 to 20 team members.");
        RuleForEach(c => c.Team).NotNull().ChildRules(t => t.RuleFor(x => x.MemberId).NotNull().NotEqual(Guid.Empty));
    }
}

public sealed class OpenInspectionHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<InspectionTopicCatalog> topics, InspectionDeadlineOptions deadlines)
    : ICommandHandler<OpenInspectionCommand, InspectionDto>
{
    public async ValueTask<InspectionDto> Handle(OpenInspectionCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationInScopeAsync(scope, command.OrganizationId!.Value, cancellationToken);
        user.EnsureMayRecord(InspectionStep.Decision, command.DecidedBy!.Value);
        if (command.ProgrammeId is { } programmeId)
        {
            var programme = await db.LoadProgrammeAsync(scope, programmeId, forChange: false, cancellationToken, namedInBody: true);
            if (programme.OrganizationId != organization.Id)
            {
                throw new DomainRuleException("inspection.programme_mismatch", "The programme is another organisation's.", RuleViolationKind.Unprocessable, programmeId);
            }
        }

        var subjects = new List<SubjectCandidate>();
        foreach (var input in command.Subjects!)
        {
            if (input.Type == InspectionSubjectType.Member)
            {
                var member = await db.MemberInScopeAsync(scope, input.MemberId!.Value, cancellationToken);
                var cell = await db.OrganizationInScopeAsync(scope, member.OrganizationId, cancellationToken);
                subjects.Add(new SubjectCandidate(InspectionSubjectType.Member, cell, member));
            }
            else
            {
                if (input.MemberId is not null)
                {
                    throw InspectionErrors.SubjectMemberMismatch();
                }

                subjects.Add(new SubjectCandidate(input.Type!.Value, await db.OrganizationInScopeAsync(scope, input.OrganizationId!.Value, cancellationToken), null));
            }
        }

        var team = new List<TeamCandidate>();
        foreach (var input in command.Team!)
        {
            team.Add(new TeamCandidate(await db.MemberInScopeAsync(scope, input.MemberId!.Value, cancellationToken), input.IsLeader));
        }

        var today = time.TodayInVietnam();
        var inspection = InspectionCase.Open(
            Ids.NewVersion7(time.GetUtcNow()),
            organization,
            new InspectionPlan(
                command.Kind!.Value, command.DecidedBy!.Value, command.TopicCode!.Trim(), command.DecidedOn!.Value, command.DecisionNumber, command.Content!,
                command.CoveredFrom!.Value, command.CoveredTo!.Value, command.ScheduleFrom!.Value, command.ScheduleTo!.Value, command.ProgrammeId),
            subjects,
            team,
            topics,
            await db.CustomTopicsAsync(organization, cancellationToken),
            () => Ids.NewVersion7(time.GetUtcNow()),
            today);

        db.InspectionCases.Add(inspection);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(inspection, deadlines.ToDeadlines(), today, cancellationToken);
    }
}
