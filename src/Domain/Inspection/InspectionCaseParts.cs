using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection;

/// <summary>A subject of a case: a cell, a cell committee (both name the cell) or a member (and his cell).</summary>
public sealed class InspectionSubject : Entity, IAuditable
{
    internal InspectionSubject(Guid id, Guid caseId, InspectionSubjectType type, Guid organizationId, Guid? memberId)
        : base(id)
    {
        CaseId = caseId;
        Type = type;
        OrganizationId = organizationId;
        MemberId = memberId;
    }

    public Guid CaseId { get; private set; }

    public InspectionSubjectType Type { get; private set; }

    /// <summary>The cell (for a member: his cell when the case was decided).</summary>
    public Guid OrganizationId { get; private set; }

    public Guid? MemberId { get; private set; }
}

/// <summary>A member of the inspection or supervision team.</summary>
public sealed class InspectionTeamMember : Entity, IAuditable
{
    internal InspectionTeamMember(Guid id, Guid caseId, Guid memberId, bool isLeader)
        : base(id)
    {
        CaseId = caseId;
        MemberId = memberId;
        IsLeader = isLeader;
    }

    public Guid CaseId { get; private set; }

    public Guid MemberId { get; private set; }

    public bool IsLeader { get; private set; }
}

/// <summary>A dated step of a case with its document, its due date and how late it was.</summary>
public sealed class InspectionStepRecord : Entity, IAuditable
{
    private InspectionStepRecord(Guid id)
        : base(id)
    {
    }

    internal InspectionStepRecord(Guid id, Guid caseId, InspectionStep step, DateOnly on, string? documentNumber, string? note, DateOnly? dueOn, int workingDaysLate, MeetingVote? vote)
        : base(id)
    {
        CaseId = caseId;
        Step = step;
        On = on;
        DocumentNumber = documentNumber;
        Note = note;
        DueOn = dueOn;
        WorkingDaysLate = workingDaysLate;
        VotesFor = vote?.For;
        VotesAgainst = vote?.Against;
        VotesAbstaining = vote?.Abstaining;
    }

    public Guid CaseId { get; private set; }

    public InspectionStep Step { get; private set; }

    public DateOnly On { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The last day allowed, when the step has one.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Working days after <see cref="DueOn"/> (0 when on time).</summary>
    public int WorkingDaysLate { get; private set; }

    public bool Late => WorkingDaysLate > 0;

    public int? VotesFor { get; private set; }

    public int? VotesAgainst { get; private set; }

    public int? VotesAbstaining { get; private set; }
}

/// <summary>A finding of the conclusion on one subject.</summary>
public sealed class InspectionFinding : Entity, IAuditable
{
    internal InspectionFinding(Guid id, Guid caseId, Guid subjectId, bool violation, FindingSeverity severity, string topicCode, string? article, string? description)
        : base(id)
    {
        CaseId = caseId;
        SubjectId = subjectId;
        Violation = violation;
        Severity = severity;
        TopicCode = topicCode;
        Article = article;
        Description = description;
    }

    public Guid CaseId { get; private set; }

    public Guid SubjectId { get; private set; }

    public bool Violation { get; private set; }

    public FindingSeverity Severity { get; private set; }

    /// <summary>The topic the finding is about (the case's topic unless named).</summary>
    public string TopicCode { get; private set; }

    /// <summary>The article of the regulation (e.g. "Điều 2").</summary>
    public string? Article { get; private set; }

    public string? Description { get; private set; }
}

/// <summary>A recommendation of the conclusion: what, who, by when; followed up until done.</summary>
public sealed class InspectionRecommendation : Entity, IAuditable
{
    private readonly List<RecommendationProgress> progress = [];

    internal InspectionRecommendation(Guid id, Guid caseId, string text, string owner, DateOnly dueOn)
        : base(id)
    {
        CaseId = caseId;
        Text = text;
        Owner = owner;
        DueOn = dueOn;
    }

    public Guid CaseId { get; private set; }

    public string Text { get; private set; }

    /// <summary>Who is to carry it out (an organisation or a person, as the conclusion names them).</summary>
    public string Owner { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public IReadOnlyList<RecommendationProgress> Progress => progress;

    /// <summary>True when not done and <paramref name="asOf"/> is after the due date.</summary>
    public bool IsOverdueOn(DateOnly asOf) => DoneOn is null && asOf > DueOn;

    internal RecommendationProgress AddProgress(Guid id, DateOnly on, string note, string? evidence, bool done)
    {
        var entry = new RecommendationProgress(id, Id, on, note, evidence, done);
        progress.Add(entry);
        if (done)
        {
            DoneOn = on;
        }

        return entry;
    }
}

/// <summary>One report of progress on a recommendation, with its evidence.</summary>
public sealed class RecommendationProgress : Entity, IAuditable
{
    internal RecommendationProgress(Guid id, Guid recommendationId, DateOnly on, string note, string? evidence, bool done)
        : base(id)
    {
        RecommendationId = recommendationId;
        On = on;
        Note = note;
        Evidence = evidence;
        Done = done;
    }

    public Guid RecommendationId { get; private set; }

    public DateOnly On { get; private set; }

    public string Note { get; private set; }

    /// <summary>The document or record that shows it (a number, a file reference).</summary>
    public string? Evidence { get; private set; }

    public bool Done { get; private set; }
}
