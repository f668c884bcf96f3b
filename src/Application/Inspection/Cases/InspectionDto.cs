using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Cases;

/// <summary>A topic as responses show it.</summary>
/// <param name="Code">Code (statutory, or <c>ORG-</c> for an organisation's own).</param>
/// <param name="Label">Display name.</param>
/// <param name="Document">The document behind it.</param>
public sealed record TopicDto(string Code, BilingualLabel Label, string? Document)
{
    public static TopicDto Of(string code) => InspectionTopicCatalog.AnyVersion(code) is { } t
        ? new TopicDto(t.Code, t.Label, t.Document)
        : new TopicDto(code, new BilingualLabel(code, code), null);
}

/// <summary>A subject of a case.</summary>
public sealed record InspectionSubjectDto(Guid Id, InspectionSubjectType Type, BilingualLabel TypeLabel, Guid OrganizationId, string OrganizationName, Guid? MemberId, string? MemberName);

/// <summary>A team member.</summary>
public sealed record InspectionTeamMemberDto(Guid MemberId, string MemberName, bool IsLeader);

/// <summary>A meeting's vote.</summary>
public sealed record MeetingVoteDto(int For, int Against, int Abstaining);

/// <summary>A recorded step.</summary>
/// <param name="Step">Which step.</param>
/// <param name="StepLabel">Display label.</param>
/// <param name="On">Its date.</param>
/// <param name="DocumentNumber">Its document.</param>
/// <param name="Note">A note.</param>
/// <param name="DueOn">The last day allowed, when the step has one.</param>
/// <param name="Late">True when recorded after <paramref name="DueOn"/> (recorded all the same).</param>
/// <param name="WorkingDaysLate">Working days after the due date.</param>
/// <param name="Vote">The meeting's vote.</param>
public sealed record InspectionStepDto(InspectionStep Step, BilingualLabel StepLabel, DateOnly On, string? DocumentNumber, string? Note, DateOnly? DueOn, bool Late, int WorkingDaysLate, MeetingVoteDto? Vote);

/// <summary>A finding of the conclusion.</summary>
public sealed record InspectionFindingDto(Guid Id, Guid SubjectId, bool Violation, FindingSeverity Severity, BilingualLabel SeverityLabel, TopicDto Topic, string? Article, string? Description);

/// <summary>Progress on a recommendation.</summary>
public sealed record RecommendationProgressDto(Guid Id, DateOnly On, string Note, string? Evidence, bool Done);

/// <summary>A recommendation and its follow-up: status OPEN, DONE or OVERDUE (today); doneLate when done after its due date.</summary>
public sealed record InspectionRecommendationDto(
    Guid Id, string Text, string Owner, DateOnly DueOn, DateOnly? DoneOn, RecommendationStatus Status, bool DoneLate, IReadOnlyList<RecommendationProgressDto> Progress);

/// <summary>
/// A case of inspection or supervision: nextStep is the step awaited (null once closed), nextStepDueOn its last day
/// allowed when it has one, nextStepOverdue true when that day has passed; deadlines names where the step deadlines
/// come from (settings, see docs/inspection.md).
/// </summary>
public sealed record InspectionDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    Guid? ProgrammeId,
    InspectionKind Kind,
    BilingualLabel KindLabel,
    InspectionAuthority DecidedBy,
    BilingualLabel DecidedByLabel,
    TopicDto Topic,
    string Content,
    DateOnly DecidedOn,
    DateOnly CoveredFrom,
    DateOnly CoveredTo,
    DateOnly ScheduleFrom,
    DateOnly ScheduleTo,
    InspectionStep Stage,
    BilingualLabel StageLabel,
    InspectionStep? NextStep,
    DateOnly? NextStepDueOn,
    bool NextStepOverdue,
    DateOnly? ClosedOn,
    IReadOnlyList<InspectionSubjectDto> Subjects,
    IReadOnlyList<InspectionTeamMemberDto> Team,
    IReadOnlyList<InspectionStepDto> Steps,
    IReadOnlyList<InspectionFindingDto> Findings,
    IReadOnlyList<InspectionRecommendationDto> Recommendations,
    string Deadlines,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned
{
    public static InspectionDto From(
        InspectionCase c, IReadOnlyDictionary<Guid, string> organizations, IReadOnlyDictionary<Guid, string> members,
        WorkingDayCalendar calendar, InspectionDeadlines deadlines, DateOnly today)
    {
        var next = c.NextStep;
        var due = next is { } n ? c.DueOn(n, calendar, deadlines) : null;
        return new InspectionDto(
            c.Id,
            c.OrganizationId,
            organizations.GetValueOrDefault(c.OrganizationId, string.Empty),
            c.ProgrammeId,
            c.Kind,
            InspectionLabels.Of(c.Kind),
            c.DecidedBy,
            InspectionLabels.Of(c.DecidedBy),
            TopicDto.Of(c.TopicCode),
            c.Content,
            c.DecidedOn,
            c.CoveredFrom,
            c.CoveredTo,
            c.ScheduleFrom,
            c.ScheduleTo,
            c.Stage,
            InspectionLabels.Of(c.Stage),
            next,
            due,
            due is { } d && today > d,
            c.ClosedOn,
            [.. c.Subjects.Select(s => new InspectionSubjectDto(
                s.Id, s.Type, InspectionLabels.Of(s.Type), s.OrganizationId, organizations.GetValueOrDefault(s.OrganizationId, string.Empty),
                s.MemberId, s.MemberId is { } m ? members.GetValueOrDefault(m) : null))],
            [.. c.Team.OrderByDescending(t => t.IsLeader).Select(t => new InspectionTeamMemberDto(t.MemberId, members.GetValueOrDefault(t.MemberId, string.Empty), t.IsLeader))],
            [.. c.Steps.OrderBy(s => s.Step).ThenBy(s => s.On).Select(s => new InspectionStepDto(
                s.Step, InspectionLabels.Of(s.Step), s.On, s.DocumentNumber, s.Note, s.DueOn, s.Late, s.WorkingDaysLate,
                s.VotesFor is { } f ? new MeetingVoteDto(f, s.VotesAgainst ?? 0, s.VotesAbstaining ?? 0) : null))],
            [.. c.Findings.Select(f => new InspectionFindingDto(f.Id, f.SubjectId, f.Violation, f.Severity, InspectionLabels.Of(f.Severity), TopicDto.Of(f.TopicCode), f.Article, f.Description))],
            [.. c.Recommendations.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Select(r => new InspectionRecommendationDto(
                r.Id, r.Text, r.Owner, r.DueOn, r.DoneOn, StatusOn(r, today), r.DoneOn is { } done && done > r.DueOn,
                [.. r.Progress.OrderBy(p => p.On).ThenBy(p => p.Id).Select(p => new RecommendationProgressDto(p.Id, p.On, p.Note, p.Evidence, p.Done))]))],
            InspectionDeadlines.Code,
            c.Version,
            c.CreatedAt,
            c.UpdatedAt);
    }

    public static RecommendationStatus StatusOn(InspectionRecommendation r, DateOnly asOf) =>
        r.DoneOn is { } done && done <= asOf ? RecommendationStatus.Done
        : asOf > r.DueOn ? RecommendationStatus.Overdue
        : RecommendationStatus.Open;
}
