using System.Globalization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organization;

public enum MassOrganizationKind
{
    /// <summary>Công đoàn cơ sở.</summary>
    TradeUnion = 1,

    /// <summary>Chi đoàn Thanh niên Cộng sản Hồ Chí Minh.</summary>
    YouthUnionCell = 2,

    /// <summary>Hội Cựu chiến binh.</summary>
    VeteransAssociation = 3,

    /// <summary>Chi hội / Ban nữ công.</summary>
    WomenUnion = 4,
}

/// <summary>
/// A mass organisation led by a party organisation. Its membership is a dated count (đoàn viên, hội viên are not
/// party members and are not recorded one by one).
/// </summary>
public sealed class MassOrganization : AggregateRoot
{
    public const int NameMaxLength = 256;

    private readonly List<MassOrganizationMemberCount> memberCounts = [];

    public MassOrganization(Guid id, string name, MassOrganizationKind kind, Guid leadingOrganizationId, DateOnly? establishedOn)
        : base(id)
    {
        Name = Names.Normalize(name, NameKind.Organization);
        Kind = kind;
        LeadingOrganizationId = leadingOrganizationId;
        EstablishedOn = establishedOn;
    }

    public string Name { get; private set; }

    public MassOrganizationKind Kind { get; private set; }

    /// <summary>The party organisation that leads it (the committee or a cell).</summary>
    public Guid LeadingOrganizationId { get; private set; }

    public DateOnly? EstablishedOn { get; private set; }

    public DateOnly? DissolvedOn { get; private set; }

    public IReadOnlyList<MassOrganizationMemberCount> MemberCounts => memberCounts;

    /// <summary>The most recent count recorded, or null when none was recorded yet.</summary>
    public MassOrganizationMemberCount? LatestCount => memberCounts.MaxBy(c => c.AsOf);

    /// <summary>
    /// Records a mass organisation led by <paramref name="leading"/>, which must exist (not dissolved). Its name is
    /// unique among the mass organisations that organisation leads (<paramref name="namesInUse"/>; accents and case ignored).
    /// </summary>
    public static MassOrganization Establish(
        Guid id, string name, MassOrganizationKind kind, PartyOrganization leading, DateOnly? establishedOn, IEnumerable<string> namesInUse)
    {
        var cleaned = RequireName(name);
        EnsureLeader(leading);
        EnsureNameFree(cleaned, namesInUse);
        return new MassOrganization(id, cleaned, kind, leading.Id, establishedOn);
    }

    /// <summary>
    /// The largest member count accepted (a setting of the product, not a rule of a text): the largest mass organisation,
    /// the Youth Union, counts about 6.3 million members nationwide; a count above ten million is a typing error.
    /// </summary>
    public const int MaxMemberCount = 10_000_000;

    /// <summary>True when it exists on <paramref name="date"/> (established, if known, and not yet dissolved).</summary>
    public bool IsActiveOn(DateOnly date) => (EstablishedOn is null || EstablishedOn <= date) && (DissolvedOn is null || DissolvedOn > date);

    /// <summary>The latest count on or before <paramref name="date"/>, or null when none was recorded yet.</summary>
    public int? MembersOn(DateOnly date) => memberCounts.Where(c => c.AsOf <= date).MaxBy(c => c.AsOf)?.Count;

    /// <summary>
    /// Replaces the editable fields, under the rules of <see cref="Establish"/>; a dissolved organisation cannot be
    /// changed, and no recorded count may precede the establishment date.
    /// </summary>
    public void Change(string name, MassOrganizationKind kind, PartyOrganization leading, DateOnly? establishedOn, IEnumerable<string> namesInUse)
    {
        EnsureNotDissolved();
        var cleaned = RequireName(name);
        if (leading.Id != LeadingOrganizationId)
        {
            EnsureLeader(leading);
        }

        EnsureNameFree(cleaned, namesInUse);
        if (establishedOn is { } established && memberCounts.FirstOrDefault(c => c.AsOf < established) is { } earlier)
        {
            throw new DomainRuleException(
                "mass_organization.counts_before_establishment",
                "A member count is recorded before that establishment date.",
                RuleViolationKind.Unprocessable,
                Format(earlier.AsOf));
        }

        Rename(cleaned, kind, leading.Id, establishedOn);
    }

    private void Rename(string name, MassOrganizationKind kind, Guid leadingOrganizationId, DateOnly? establishedOn)
    {
        Name = Names.Normalize(name, NameKind.Organization);
        Kind = kind;
        LeadingOrganizationId = leadingOrganizationId;
        EstablishedOn = establishedOn;
    }

    /// <summary>
    /// Records the number of members on a date (one count per date; a new count for the same date corrects it).
    /// The date lies between the establishment and the dissolution, when they are known.
    /// </summary>
    public void RecordMemberCount(Guid id, DateOnly asOf, int count)
    {
        if (count < 0)
        {
            throw new DomainRuleException("mass_organization.count_negative", "A member count cannot be negative.", RuleViolationKind.Unprocessable);
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxMemberCount);

        if (EstablishedOn is { } established && asOf < established)
        {
            throw new DomainRuleException(
                "mass_organization.count_before_establishment",
                "A member count cannot precede the establishment.",
                RuleViolationKind.Unprocessable,
                Format(established));
        }

        if (DissolvedOn is { } dissolved && asOf >= dissolved)
        {
            throw new DomainRuleException(
                "mass_organization.count_after_dissolution",
                "A dissolved organisation has no members after its dissolution.",
                RuleViolationKind.Unprocessable,
                Format(dissolved));
        }

        if (memberCounts.FirstOrDefault(c => c.AsOf == asOf) is { } existing)
        {
            existing.Correct(count);
            return;
        }

        memberCounts.Add(new MassOrganizationMemberCount(id, Id, asOf, count));
    }

    public void Dissolve(DateOnly on)
    {
        if (DissolvedOn is { } dissolved)
        {
            throw new DomainRuleException("mass_organization.already_dissolved", "Already dissolved.", RuleViolationKind.Conflict, Format(dissolved));
        }

        if (EstablishedOn is { } established && on < established)
        {
            throw new DomainRuleException(
                "mass_organization.dissolved_before_established",
                "It cannot be dissolved before it was established.",
                RuleViolationKind.Unprocessable,
                Format(established));
        }

        if (memberCounts.Where(c => c.AsOf >= on).MaxBy(c => c.AsOf) is { } later)
        {
            throw new DomainRuleException(
                "mass_organization.counts_after_dissolution",
                "A member count is recorded on or after that dissolution date.",
                RuleViolationKind.Unprocessable,
                Format(later.AsOf));
        }

        DissolvedOn = on;
    }

    /// <summary>The comparison key of a name (accents, case and spacing ignored).</summary>
    public static string NameKey(string name) => VietnameseText.Fold(name);

    private void EnsureNotDissolved()
    {
        if (DissolvedOn is { } dissolved)
        {
            throw new DomainRuleException(
                "mass_organization.dissolved",
                "A dissolved mass organisation cannot be changed.",
                RuleViolationKind.Conflict,
                Format(dissolved));
        }
    }

    private static void EnsureLeader(PartyOrganization leading)
    {
        if (leading.IsDissolved)
        {
            throw new DomainRuleException(
                "mass_organization.leading_organization_dissolved",
                "The leading party organisation is dissolved.",
                RuleViolationKind.Unprocessable,
                leading.Code);
        }
    }

    private static void EnsureNameFree(string name, IEnumerable<string> namesInUse)
    {
        var key = NameKey(name);
        if (namesInUse.Any(n => NameKey(n) == key))
        {
            throw new DomainRuleException(
                "mass_organization.name_taken",
                "The leading organisation already has a mass organisation with that name.",
                RuleViolationKind.Conflict,
                name);
        }
    }

    private static string RequireName(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new DomainRuleException("mass_organization.name_required", "A mass organisation must have a name.", RuleViolationKind.Unprocessable)
            : Names.Normalize(name, NameKind.Organization);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class MassOrganizationMemberCount : Entity, IAuditable
{
    internal MassOrganizationMemberCount(Guid id, Guid massOrganizationId, DateOnly asOf, int count)
        : base(id)
    {
        MassOrganizationId = massOrganizationId;
        AsOf = asOf;
        Count = count;
    }

    public Guid MassOrganizationId { get; private set; }

    public DateOnly AsOf { get; private set; }

    public int Count { get; private set; }

    internal void Correct(int count) => Count = count;
}
