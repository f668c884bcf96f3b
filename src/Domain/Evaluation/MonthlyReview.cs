using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>The answer to one criterion of the template: whether the member meets it, with an optional note.</summary>
/// <param name="CriterionCode">The criterion's code in the template.</param>
/// <param name="Met">True when the member meets it (for a sign of degradation: shows no such sign).</param>
/// <param name="Note">A remark, if any.</param>
public sealed record CheckAnswer(string CriterionCode, bool Met, string? Note);

/// <summary>
/// A member's monthly review at the cell's meeting (đánh giá, nhận xét đảng viên hằng tháng, Nghị quyết 04-NQ/TW
/// khóa XII and Chỉ thị 05-CT/TW): a level, comments, and the checklist of the committee's template in force on the
/// meeting's date. One review per member and month; the member is counted in the cell on the meeting's date.
/// </summary>
public sealed class MonthlyReview : AggregateRoot
{
    public const int CommentsMaxLength = 4000;
    public const int NoteMaxLength = 1000;

    private readonly List<ReviewCheck> checks = [];

    private MonthlyReview(Guid id, Guid organizationId, Guid memberId, Guid meetingId, DateOnly reviewedOn)
        : base(id)
    {
        OrganizationId = organizationId;
        MemberId = memberId;
        MeetingId = meetingId;
        ReviewedOn = reviewedOn;
        Year = reviewedOn.Year;
        Month = reviewedOn.Month;
    }

    /// <summary>The cell that reviewed.</summary>
    public Guid OrganizationId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>The meeting at which the member was reviewed.</summary>
    public Guid MeetingId { get; private set; }

    /// <summary>The meeting's date.</summary>
    public DateOnly ReviewedOn { get; private set; }

    /// <summary>The month reviewed: the meeting's.</summary>
    public int Year { get; private set; }

    public int Month { get; private set; }

    public EvaluationLevel Level { get; private set; }

    public string? Comments { get; private set; }

    /// <summary>The template in force on the meeting's date.</summary>
    public Guid TemplateId { get; private set; }

    public IReadOnlyList<ReviewCheck> Checks => checks;

    /// <summary>
    /// Reviews <paramref name="memberId"/> at <paramref name="meeting"/>. The member is counted in the cell that day
    /// (<paramref name="roster"/>); not yet reviewed that month (<paramref name="alreadyReviewedIn"/>: the cell of an
    /// earlier review of the same month); a template is in force that day and the answers name its criteria.
    /// </summary>
    public static MonthlyReview Record(
        Guid id,
        CellMeeting meeting,
        Guid memberId,
        IReadOnlyList<RosterMember> roster,
        ReviewTemplate? template,
        EvaluationLevel level,
        string? comments,
        IReadOnlyList<CheckAnswer> answers,
        Guid? alreadyReviewedIn)
    {
        if (roster.All(r => r.MemberId != memberId))
        {
            throw new DomainRuleException(
                "monthly_review.member_not_in_cell",
                "The member is not counted in the cell on the meeting's date.",
                RuleViolationKind.Unprocessable,
                memberId,
                WireFormat.Date(meeting.HeldOn));
        }

        if (alreadyReviewedIn is not null)
        {
            throw new DomainRuleException(
                "monthly_review.exists",
                "The member was already reviewed that month.",
                RuleViolationKind.Conflict,
                $"{meeting.HeldOn.Year:0000}-{meeting.HeldOn.Month:00}");
        }

        var review = new MonthlyReview(id, meeting.OrganizationId, memberId, meeting.Id, meeting.HeldOn);
        review.Apply(template, level, comments, answers);
        return review;
    }

    /// <summary>Replaces the level, comments and answers (the template stays the one in force on the meeting's date).</summary>
    public void Change(ReviewTemplate template, EvaluationLevel level, string? comments, IReadOnlyList<CheckAnswer> answers) =>
        Apply(template, level, comments, answers);

    private void Apply(ReviewTemplate? template, EvaluationLevel level, string? comments, IReadOnlyList<CheckAnswer> answers)
    {
        if (template is null)
        {
            throw new DomainRuleException(
                "monthly_review.no_template",
                "No review template of the committee is in force on the meeting's date.",
                RuleViolationKind.Unprocessable,
                WireFormat.Date(ReviewedOn));
        }

        var codes = template.Criteria.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (answers.FirstOrDefault(a => !codes.Contains(a.CriterionCode.Trim())) is { } unknown)
        {
            throw new DomainRuleException(
                "monthly_review.criterion_unknown",
                "The criterion is not in the template in force on the meeting's date.",
                RuleViolationKind.Unprocessable,
                unknown.CriterionCode,
                template.Name);
        }

        if (answers.GroupBy(a => a.CriterionCode.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException("monthly_review.criterion_duplicate", "A criterion is answered twice.", RuleViolationKind.Unprocessable, twice.Key);
        }

        TemplateId = template.Id;
        Level = level;
        Comments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        checks.Clear();
        var canonical = template.Criteria.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        checks.AddRange(answers.Select(a => new ReviewCheck(
            Ids.NewVersion7(), Id, canonical[a.CriterionCode.Trim()].Code, a.Met, string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim())));
    }
}

/// <summary>One answered criterion of a monthly review.</summary>
public sealed class ReviewCheck : Entity, IAuditable
{
    internal ReviewCheck(Guid id, Guid reviewId, string criterionCode, bool met, string? note)
        : base(id)
    {
        ReviewId = reviewId;
        CriterionCode = criterionCode;
        Met = met;
        Note = note;
    }

    public Guid ReviewId { get; private set; }

    public string CriterionCode { get; private set; }

    public bool Met { get; private set; }

    public string? Note { get; private set; }
}
