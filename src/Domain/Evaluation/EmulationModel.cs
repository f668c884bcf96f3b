using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>The recognition of a model: the decision, its date and the level of the body that took it.</summary>
/// <param name="RecognizedOn">Date of the decision.</param>
/// <param name="DecisionNumber">Number of the decision, e.g. "45-QĐ/ĐU".</param>
/// <param name="Level">The level of the recognising body.</param>
public sealed record ModelRecognition(DateOnly RecognizedOn, string? DecisionNumber, RecognitionLevel Level);

/// <summary>
/// An emulation model registered for a year by a cell (or the committee): "Dân vận khéo", "Học tập và làm theo tư
/// tưởng, đạo đức, phong cách Hồ Chí Minh" or another; owned by the organisation or by one of its members; with its
/// target, its result, and its recognition when recognised.
/// </summary>
public sealed class EmulationModel : AggregateRoot
{
    public const int TitleMaxLength = 500;
    public const int TextMaxLength = 2000;
    public const int DecisionMaxLength = 64;

    private EmulationModel(Guid id, Guid organizationId, int year)
        : base(id)
    {
        OrganizationId = organizationId;
        Year = year;
        Title = string.Empty;
        Target = string.Empty;
    }

    public Guid OrganizationId { get; private set; }

    public int Year { get; private set; }

    public EmulationModelKind Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>The member who owns it; null when the organisation owns it.</summary>
    public Guid? OwnerMemberId { get; private set; }

    public string Target { get; private set; }

    public string? Result { get; private set; }

    public DateOnly? RecognizedOn { get; private set; }

    public string? RecognitionDecision { get; private set; }

    public RecognitionLevel? RecognitionLevel { get; private set; }

    /// <summary>
    /// Registers a model of <paramref name="organization"/> for <paramref name="year"/>; an owner member is counted in
    /// the organisation's subtree during the year (<paramref name="ownerInOrganization"/>); a recognition is dated
    /// within or after the year.
    /// </summary>
    public static EmulationModel Register(
        Guid id, PartyOrganization organization, int year, EmulationModelKind kind, string title, Guid? ownerMemberId, bool ownerInOrganization,
        string target, string? result, ModelRecognition? recognition)
    {
        var model = new EmulationModel(id, organization.Id, year);
        model.Apply(organization, year, kind, title, ownerMemberId, ownerInOrganization, target, result, recognition);
        return model;
    }

    /// <summary>Replaces the fields under the rules of <see cref="Register"/>.</summary>
    public void Change(
        PartyOrganization organization, int year, EmulationModelKind kind, string title, Guid? ownerMemberId, bool ownerInOrganization,
        string target, string? result, ModelRecognition? recognition) =>
        Apply(organization, year, kind, title, ownerMemberId, ownerInOrganization, target, result, recognition);

    private void Apply(
        PartyOrganization organization, int year, EmulationModelKind kind, string title, Guid? ownerMemberId, bool ownerInOrganization,
        string target, string? result, ModelRecognition? recognition)
    {
        if (organization.EstablishedOn.Year > year || organization.DissolvedOn is { } dissolved && dissolved.Year < year)
        {
            throw new DomainRuleException(
                "emulation_model.organization_inactive", "The organisation does not exist in that year.", RuleViolationKind.Unprocessable, organization.Code, year);
        }

        if (ownerMemberId is { } owner && !ownerInOrganization)
        {
            throw new DomainRuleException(
                "emulation_model.owner_not_in_organization",
                "The owner is a member of the organisation during the year.",
                RuleViolationKind.Unprocessable,
                owner,
                year);
        }

        if (recognition is { } recognised && recognised.RecognizedOn.Year < year)
        {
            throw new DomainRuleException(
                "emulation_model.recognized_before_year",
                "A model is recognised in or after the year it is registered for.",
                RuleViolationKind.Unprocessable,
                WireFormat.Date(recognised.RecognizedOn),
                year);
        }

        OrganizationId = organization.Id;
        Year = year;
        Kind = kind;
        Title = VietnameseText.Clean(title);
        OwnerMemberId = ownerMemberId;
        Target = target.Trim();
        Result = string.IsNullOrWhiteSpace(result) ? null : result.Trim();
        RecognizedOn = recognition?.RecognizedOn;
        RecognitionDecision = string.IsNullOrWhiteSpace(recognition?.DecisionNumber) ? null : recognition.DecisionNumber.Trim();
        RecognitionLevel = recognition?.Level;
    }
}
