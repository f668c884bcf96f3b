using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>One criterion of a monthly review template, as the committee words it.</summary>
/// <param name="Code">Stable code within the template, e.g. "TT-1".</param>
/// <param name="Group">The group it belongs to (e.g. "Suy thoái về tư tưởng chính trị"), if any.</param>
/// <param name="Text">Vietnamese wording.</param>
/// <param name="TextEn">English wording, if kept.</param>
public sealed record CriterionText(string Code, string? Group, string Text, string? TextEn);

/// <summary>
/// The checklist a committee sets for the monthly review of its members (Nghị quyết 04-NQ/TW of the 12th Central
/// Committee, 30/10/2016, and Chỉ thị 05-CT/TW, 15/5/2016: no central formula; each committee sets its criteria, e.g.
/// the 27 signs of degradation of the resolution in its three groups of nine). A template is dated: the one in force
/// on a meeting's date applies. A template used by a review cannot change; a new one with a later date supersedes it.
/// </summary>
public sealed class ReviewTemplate : AggregateRoot
{
    public const int NameMaxLength = 256;
    public const int CodeMaxLength = 32;
    public const int GroupMaxLength = 256;
    public const int TextMaxLength = 1000;
    public const int MaxCriteria = 100;

    private readonly List<ReviewCriterion> criteria = [];

    private ReviewTemplate(Guid id, Guid organizationId, string name, DateOnly effectiveFrom)
        : base(id)
    {
        OrganizationId = organizationId;
        Name = name;
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>The committee that owns it; it applies to the cells under it.</summary>
    public Guid OrganizationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The first day it applies; it applies until the day before the owner's next template.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    public IReadOnlyList<ReviewCriterion> Criteria => criteria;

    /// <summary>
    /// Creates a template of <paramref name="owner"/> (a committee or sub-committee); no other template of the owner
    /// starts on the same day (<paramref name="datesInUse"/>).
    /// </summary>
    public static ReviewTemplate Create(
        Guid id, PartyOrganization owner, string name, DateOnly effectiveFrom, IReadOnlyList<CriterionText> texts, IEnumerable<DateOnly> datesInUse)
    {
        if (owner.Type == OrganizationType.PartyCell)
        {
            throw new DomainRuleException(
                "review_template.owner_not_committee", "Review templates belong to a committee, not a cell.", RuleViolationKind.Unprocessable, owner.Code);
        }

        var template = new ReviewTemplate(id, owner.Id, VietnameseText.Clean(name), effectiveFrom);
        template.Apply(name, effectiveFrom, texts, datesInUse);
        return template;
    }

    /// <summary>Replaces the name, date and criteria; refused once a review used it (<paramref name="usedByReviews"/>).</summary>
    public void Change(string name, DateOnly effectiveFrom, IReadOnlyList<CriterionText> texts, IEnumerable<DateOnly> datesInUse, bool usedByReviews)
    {
        if (usedByReviews)
        {
            throw new DomainRuleException(
                "review_template.in_use",
                "Reviews used this template: it cannot change; create a new template with a later date instead.",
                RuleViolationKind.Conflict,
                Name);
        }

        Apply(name, effectiveFrom, texts, datesInUse);
    }

    /// <summary>
    /// The template in force on <paramref name="date"/> among <paramref name="candidates"/> (the templates of a
    /// cell's committees): the nearest owner (deepest in the tree, by <paramref name="depthOf"/>) having one in force,
    /// and of its templates the latest starting on or before the date. Null when none is in force.
    /// </summary>
    public static ReviewTemplate? InForceOn(IEnumerable<ReviewTemplate> candidates, DateOnly date, Func<Guid, int> depthOf) =>
        candidates
            .Where(t => t.EffectiveFrom <= date)
            .OrderByDescending(t => depthOf(t.OrganizationId))
            .ThenByDescending(t => t.EffectiveFrom)
            .FirstOrDefault();

    private void Apply(string name, DateOnly effectiveFrom, IReadOnlyList<CriterionText> texts, IEnumerable<DateOnly> datesInUse)
    {
        if (texts.Count == 0)
        {
            throw new DomainRuleException("review_template.criteria_required", "A template has at least one criterion.", RuleViolationKind.Unprocessable);
        }

        var duplicate = texts.GroupBy(t => t.Code.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainRuleException(
                "review_template.criterion_duplicate", "Each criterion code appears once.", RuleViolationKind.Unprocessable, duplicate.Key);
        }

        if (datesInUse.Contains(effectiveFrom))
        {
            throw new DomainRuleException(
                "review_template.date_taken",
                "The committee already has a template starting that day.",
                RuleViolationKind.Conflict,
                WireFormat.Date(effectiveFrom));
        }

        Name = VietnameseText.Clean(name);
        EffectiveFrom = effectiveFrom;
        criteria.Clear();
        criteria.AddRange(texts.Select((t, i) => new ReviewCriterion(
            Ids.NewVersion7(),
            Id,
            i + 1,
            t.Code.Trim(),
            string.IsNullOrWhiteSpace(t.Group) ? null : VietnameseText.Clean(t.Group),
            VietnameseText.Clean(t.Text),
            string.IsNullOrWhiteSpace(t.TextEn) ? null : VietnameseText.Clean(t.TextEn))));
    }
}

/// <summary>A criterion of a template, in its position.</summary>
public sealed class ReviewCriterion : Entity, IAuditable
{
    internal ReviewCriterion(Guid id, Guid templateId, int position, string code, string? group, string text, string? textEn)
        : base(id)
    {
        TemplateId = templateId;
        Position = position;
        Code = code;
        Group = group;
        Text = text;
        TextEn = textEn;
    }

    public Guid TemplateId { get; private set; }

    public int Position { get; private set; }

    public string Code { get; private set; }

    public string? Group { get; private set; }

    public string Text { get; private set; }

    public string? TextEn { get; private set; }
}
