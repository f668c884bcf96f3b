using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Inspection;

/// <summary>What the decision and plan of a case say.</summary>
/// <param name="Kind">The kind of inspection or supervision.</param>
/// <param name="DecidedBy">The body that decides (and later adopts the conclusion).</param>
/// <param name="TopicCode">The topic (statutory catalogue or the organisation's own).</param>
/// <param name="DecidedOn">Date of the decision.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="Content">What is inspected (the plan's content).</param>
/// <param name="CoveredFrom">First day of the period covered.</param>
/// <param name="CoveredTo">Last day of the period covered.</param>
/// <param name="ScheduleFrom">First day of the schedule.</param>
/// <param name="ScheduleTo">Last day of the schedule: verification, draft report and meeting are due by it.</param>
/// <param name="ProgrammeId">The programme the case carries out, if any.</param>
public sealed record InspectionPlan(
    InspectionKind Kind,
    InspectionAuthority DecidedBy,
    string TopicCode,
    DateOnly DecidedOn,
    string? DecisionNumber,
    string Content,
    DateOnly CoveredFrom,
    DateOnly CoveredTo,
    DateOnly ScheduleFrom,
    DateOnly ScheduleTo,
    Guid? ProgrammeId);

/// <summary>A subject as the caller names it, resolved: the cell (for a member, his cell) and the member.</summary>
public sealed record SubjectCandidate(InspectionSubjectType Type, PartyOrganization Cell, PartyMember? Member);

/// <summary>A team member as the caller names him.</summary>
public sealed record TeamCandidate(PartyMember Member, bool IsLeader);

/// <summary>A finding of the conclusion.</summary>
public sealed record FindingInput(Guid SubjectId, bool Violation, FindingSeverity Severity, string? TopicCode, string? Article, string? Description);

/// <summary>A recommendation of the conclusion: what, who does it, by when.</summary>
public sealed record RecommendationInput(string Text, string Owner, DateOnly DueOn);

/// <summary>A meeting's vote.</summary>
public sealed record MeetingVote(int For, int Against, int Abstaining);

/// <summary>
/// A case of inspection or supervision (cuộc kiểm tra, giám sát) through its dated steps: decision and plan → notice
/// → self-report → verification → draft report → meeting and vote → written conclusion → follow-up of its
/// recommendations until each is done. Steps out of order are refused; a late step is recorded with the working days
/// late (<see cref="InspectionDeadlines"/>), not refused. No team member inspects himself or his own cell.
/// </summary>
public sealed class InspectionCase : AggregateRoot
{
    public const int ContentMaxLength = 2000;
    public const int NumberMaxLength = 64;
    public const int TextMaxLength = 2000;

    private readonly List<InspectionSubject> subjects = [];
    private readonly List<InspectionTeamMember> team = [];
    private readonly List<InspectionStepRecord> steps = [];
    private readonly List<InspectionFinding> findings = [];
    private readonly List<InspectionRecommendation> recommendations = [];

    private InspectionCase(Guid id, Guid organizationId)
        : base(id)
    {
        OrganizationId = organizationId;
        TopicCode = Content = string.Empty;
    }

    /// <summary>The organisation that decides and runs the case (the committee, or a cell for its own members).</summary>
    public Guid OrganizationId { get; private set; }

    public Guid? ProgrammeId { get; private set; }

    public InspectionKind Kind { get; private set; }

    public InspectionAuthority DecidedBy { get; private set; }

    public string TopicCode { get; private set; }

    public string Content { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public DateOnly CoveredFrom { get; private set; }

    public DateOnly CoveredTo { get; private set; }

    public DateOnly ScheduleFrom { get; private set; }

    public DateOnly ScheduleTo { get; private set; }

    /// <summary>The last step recorded.</summary>
    public InspectionStep Stage { get; private set; }

    /// <summary>The day the last recommendation was done (or the conclusion, when it made none).</summary>
    public DateOnly? ClosedOn { get; private set; }

    public IReadOnlyList<InspectionSubject> Subjects => subjects;

    public IReadOnlyList<InspectionTeamMember> Team => team;

    public IReadOnlyList<InspectionStepRecord> Steps => steps;

    public IReadOnlyList<InspectionFinding> Findings => findings;

    public IReadOnlyList<InspectionRecommendation> Recommendations => recommendations;

    /// <summary>
    /// Opens a case with its decision and plan, checked: the deciding body fits the organisation, the topic is known
    /// on the decision date, the subjects lie under the organisation, the team has one leader and no member who is a
    /// subject or belongs to a subject cell.
    /// </summary>
    public static InspectionCase Open(
        Guid id,
        PartyOrganization organization,
        InspectionPlan plan,
        IReadOnlyList<SubjectCandidate> subjectCandidates,
        IReadOnlyList<TeamCandidate> teamCandidates,
        RuleBook<InspectionTopicCatalog> topics,
        IReadOnlySet<string> customTopics,
        Func<Guid> newId,
        DateOnly today)
    {
        EnsureEventDate(plan.DecidedOn, today);
        EnsureAuthority(organization, plan.DecidedBy);
        EnsureTopic(plan.TopicCode, plan.DecidedOn, topics, customTopics);
        if (plan.ScheduleFrom < plan.DecidedOn)
        {
            throw InspectionErrors.ScheduleBeforeDecision();
        }

        if (plan.CoveredTo > plan.DecidedOn)
        {
            throw InspectionErrors.PeriodCoveredAfterDecision();
        }

        var inspection = new InspectionCase(id, organization.Id)
        {
            ProgrammeId = plan.ProgrammeId,
            Kind = plan.Kind,
            DecidedBy = plan.DecidedBy,
            TopicCode = plan.TopicCode,
            Content = VietnameseText.Clean(plan.Content),
            DecidedOn = plan.DecidedOn,
            CoveredFrom = plan.CoveredFrom,
            CoveredTo = plan.CoveredTo,
            ScheduleFrom = plan.ScheduleFrom,
            ScheduleTo = plan.ScheduleTo,
            Stage = InspectionStep.Decision,
        };

        foreach (var candidate in subjectCandidates)
        {
            if (!organization.Contains(candidate.Cell) || candidate.Cell.Type != OrganizationType.PartyCell
                || (candidate.Type == InspectionSubjectType.Cell && candidate.Cell.Id == organization.Id))
            {
                throw InspectionErrors.SubjectOutsideOrganization(candidate.Cell.Code);
            }

            if ((candidate.Type == InspectionSubjectType.Member) != (candidate.Member is not null)
                || (candidate.Member is { } m && m.OrganizationId != candidate.Cell.Id))
            {
                throw InspectionErrors.SubjectMemberMismatch();
            }

            if (inspection.subjects.Any(s => s.Type == candidate.Type && s.OrganizationId == candidate.Cell.Id && s.MemberId == candidate.Member?.Id))
            {
                throw InspectionErrors.SubjectDuplicate();
            }

            inspection.subjects.Add(new InspectionSubject(newId(), id, candidate.Type, candidate.Cell.Id, candidate.Member?.Id));
        }

        var leaders = teamCandidates.Count(t => t.IsLeader);
        if (leaders != 1)
        {
            throw InspectionErrors.TeamLeaderRequired(leaders);
        }

        if (teamCandidates.Select(t => t.Member.Id).Distinct().Count() != teamCandidates.Count)
        {
            throw InspectionErrors.TeamMemberDuplicate();
        }

        foreach (var candidate in teamCandidates)
        {
            inspection.EnsureNotSelfInspection(candidate.Member, subjectCandidates);
            inspection.team.Add(new InspectionTeamMember(newId(), id, candidate.Member.Id, candidate.IsLeader));
        }

        inspection.steps.Add(new InspectionStepRecord(newId(), id, InspectionStep.Decision, plan.DecidedOn, plan.DecisionNumber, null, null, 0, null));
        return inspection;
    }

    /// <summary>The rule: a team member is not a member subject, and does not belong to a cell that is a subject (as a cell or its committee).</summary>
    private void EnsureNotSelfInspection(PartyMember member, IReadOnlyList<SubjectCandidate> candidates)
    {
        if (candidates.Any(s => s.Member?.Id == member.Id))
        {
            throw InspectionErrors.TeamMemberIsSubject(member.FullName);
        }

        var ownCell = candidates.FirstOrDefault(s => s.Type != InspectionSubjectType.Member && s.Cell.Id == member.OrganizationId);
        if (ownCell is not null)
        {
            throw InspectionErrors.TeamMemberInSubjectCell(member.FullName, ownCell.Cell.Code);
        }
    }

    /// <summary>The step the case waits for (null once closed).</summary>
    public InspectionStep? NextStep => NextStepAfter(Stage, ClosedOn);

    /// <summary>The step a case at <paramref name="stage"/> waits for (null once closed): the rule of <see cref="NextStep"/> for a read that projects the case's columns.</summary>
    public static InspectionStep? NextStepAfter(InspectionStep stage, DateOnly? closedOn) =>
        closedOn is not null ? null : stage >= InspectionStep.Conclusion ? InspectionStep.FollowUp : stage + 1;

    /// <summary>The date a step was recorded (the first progress for the follow-up), or null.</summary>
    public DateOnly? DateOf(InspectionStep step) => steps.Where(s => s.Step == step).Select(s => (DateOnly?)s.On).Min();

    /// <summary>
    /// The last day allowed for <paramref name="step"/>: the notice, self-report and conclusion by the working days of
    /// <paramref name="deadlines"/> from the step before; verification, draft report and meeting by the end of the
    /// schedule; null for the decision and the follow-up (each recommendation has its own due date).
    /// </summary>
    public DateOnly? DueOn(InspectionStep step, WorkingDayCalendar calendar, InspectionDeadlines deadlines) =>
        DueOn(step, new StepDates(DecidedOn, ScheduleTo, DateOf(InspectionStep.Notice), DateOf(InspectionStep.Meeting)), calendar, deadlines);

    /// <summary>
    /// The rule of <see cref="DueOn(InspectionStep, WorkingDayCalendar, InspectionDeadlines)"/> from the dates it reads
    /// (for a read that projects them instead of loading the case with its steps).
    /// </summary>
    public static DateOnly? DueOn(InspectionStep step, StepDates dates, WorkingDayCalendar calendar, InspectionDeadlines deadlines) => step switch
    {
        InspectionStep.Notice => calendar.AddWorkingDays(dates.DecidedOn, deadlines.NoticeWorkingDays),
        InspectionStep.SelfReport => dates.Notice is { } notice ? calendar.AddWorkingDays(notice, deadlines.SelfReportWorkingDays) : null,
        InspectionStep.Verification or InspectionStep.DraftReport or InspectionStep.Meeting => dates.ScheduleTo,
        InspectionStep.Conclusion => dates.Meeting is { } meeting ? calendar.AddWorkingDays(meeting, deadlines.ConclusionWorkingDays) : null,
        _ => null,
    };

    /// <summary>The dates a step's due date is counted from: the decision, the schedule's end, and the first notice and meeting recorded (if any).</summary>
    public readonly record struct StepDates(DateOnly DecidedOn, DateOnly ScheduleTo, DateOnly? Notice, DateOnly? Meeting);

    /// <summary>
    /// Records the notice, the self-report, the verification, the draft report or the meeting (with its vote), in
    /// order and not before the previous step; a step after its due date is recorded with the working days late.
    /// </summary>
    public InspectionStepRecord RecordStep(
        Guid stepId, InspectionStep step, DateOnly on, string? documentNumber, string? note, MeetingVote? vote,
        WorkingDayCalendar calendar, InspectionDeadlines deadlines, DateOnly today)
    {
        if (step is InspectionStep.Decision or InspectionStep.Conclusion or InspectionStep.FollowUp || NextStep != step)
        {
            throw InspectionErrors.StepOutOfOrder(step, NextStep);
        }

        if ((step == InspectionStep.Meeting) != (vote is not null))
        {
            throw InspectionErrors.VoteRequired();
        }

        EnsureAfterPrevious(on, today);
        var record = Late(stepId, step, on, documentNumber, note, vote, calendar, deadlines);
        steps.Add(record);
        Stage = step;
        return record;
    }

    /// <summary>
    /// Records the written conclusion: a finding on every subject (violation or not, with a matching severity) and the
    /// recommendations, each due after the conclusion. Without recommendations the case closes.
    /// </summary>
    public void Conclude(
        Guid stepId, DateOnly on, string? documentNumber, IReadOnlyList<FindingInput> findingInputs, IReadOnlyList<RecommendationInput> recommendationInputs,
        Func<Guid> newId, WorkingDayCalendar calendar, InspectionDeadlines deadlines, DateOnly today)
    {
        if (NextStep != InspectionStep.Conclusion)
        {
            throw InspectionErrors.StepOutOfOrder(InspectionStep.Conclusion, NextStep);
        }

        EnsureAfterPrevious(on, today);
        foreach (var input in findingInputs)
        {
            if (subjects.All(s => s.Id != input.SubjectId))
            {
                throw InspectionErrors.FindingSubjectUnknown(input.SubjectId);
            }

            var violationSeverity = input.Severity is FindingSeverity.ViolationBelowDiscipline or FindingSeverity.ViolationRequiringDiscipline;
            if (input.Violation != violationSeverity)
            {
                throw InspectionErrors.FindingSeverityMismatch();
            }
        }

        if (subjects.Any(s => findingInputs.All(f => f.SubjectId != s.Id)))
        {
            throw InspectionErrors.FindingsRequired();
        }

        foreach (var input in recommendationInputs)
        {
            if (input.DueOn <= on)
            {
                throw InspectionErrors.RecommendationDueBeforeConclusion(input.DueOn);
            }
        }

        steps.Add(Late(stepId, InspectionStep.Conclusion, on, documentNumber, null, null, calendar, deadlines));
        findings.AddRange(findingInputs.Select(f => new InspectionFinding(
            newId(), Id, f.SubjectId, f.Violation, f.Severity, Clean(f.TopicCode) ?? TopicCode, Clean(f.Article), Clean(f.Description))));
        recommendations.AddRange(recommendationInputs.Select(r => new InspectionRecommendation(newId(), Id, VietnameseText.Clean(r.Text), VietnameseText.Clean(r.Owner), r.DueOn)));
        Stage = InspectionStep.Conclusion;
        if (recommendations.Count == 0)
        {
            ClosedOn = on;
        }
    }

    /// <summary>
    /// Records progress on a recommendation (the follow-up), with its evidence, not before the conclusion nor the
    /// previous progress; when every recommendation is done the case closes. Lateness against the recommendation's
    /// due date is recorded on it.
    /// </summary>
    public RecommendationProgress RecordProgress(Guid progressId, Guid recommendationId, DateOnly on, string note, string? evidence, bool done, DateOnly today)
    {
        if (ClosedOn is not null)
        {
            throw InspectionErrors.CaseClosed();
        }

        if (Stage < InspectionStep.Conclusion)
        {
            throw InspectionErrors.StepOutOfOrder(InspectionStep.FollowUp, NextStep);
        }

        var recommendation = recommendations.FirstOrDefault(r => r.Id == recommendationId) ?? throw InspectionErrors.RecommendationNotFound(recommendationId);
        if (recommendation.DoneOn is not null)
        {
            throw InspectionErrors.RecommendationDone(recommendationId);
        }

        var previous = recommendation.Progress.Select(p => (DateOnly?)p.On).Max() ?? DateOf(InspectionStep.Conclusion)!.Value;
        EnsureEventDate(on, today);
        if (on < previous)
        {
            throw InspectionErrors.DateBeforePreviousStep(InspectionStep.FollowUp, previous);
        }

        var progress = recommendation.AddProgress(progressId, on, VietnameseText.Clean(note), Clean(evidence), done);
        Stage = InspectionStep.FollowUp;
        if (recommendations.All(r => r.DoneOn is not null))
        {
            ClosedOn = on;
        }

        return progress;
    }

    private InspectionStepRecord Late(
        Guid stepId, InspectionStep step, DateOnly on, string? documentNumber, string? note, MeetingVote? vote, WorkingDayCalendar calendar, InspectionDeadlines deadlines)
    {
        var due = DueOn(step, calendar, deadlines);
        var late = due is { } d && on > d ? calendar.WorkingDaysBetween(d, on) : 0;
        return new InspectionStepRecord(stepId, Id, step, on, Clean(documentNumber), Clean(note), due, late, vote);
    }

    private void EnsureAfterPrevious(DateOnly on, DateOnly today)
    {
        EnsureEventDate(on, today);
        var previous = steps.OrderBy(s => s.Step).Last();
        if (on < previous.On)
        {
            throw InspectionErrors.DateBeforePreviousStep(previous.Step, previous.On);
        }
    }

    internal static void EnsureEventDate(DateOnly date, DateOnly today)
    {
        if (date > today)
        {
            throw InspectionErrors.DateInFuture(date);
        }
    }

    internal static void EnsureAuthority(PartyOrganization organization, InspectionAuthority authority)
    {
        var fits = organization.Type == OrganizationType.PartyCell
            ? authority == InspectionAuthority.Cell
            : authority is InspectionAuthority.StandingCommittee or InspectionAuthority.InspectionCommission;
        if (!fits)
        {
            throw InspectionErrors.AuthorityInvalid(authority);
        }
    }

    internal static void EnsureTopic(string code, DateOnly on, RuleBook<InspectionTopicCatalog> topics, IReadOnlySet<string> customTopics)
    {
        var catalogue = topics.InForceOn(on);
        if (catalogue.Find(code) is null && !customTopics.Contains(code))
        {
            throw InspectionErrors.TopicUnknown(code, catalogue.Source.Code);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);
}
