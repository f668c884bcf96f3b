using System.Globalization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organization;

/// <summary>
/// A party organisation: the department's committee (Đảng bộ), a sub-committee, or a cell (Chi bộ).
/// Organisations form a tree; <see cref="Path"/> is the materialised path of identifiers from the root
/// (<c>/rootId/childId/</c>) so that a subtree is one indexed prefix query on either database engine.
/// </summary>
public sealed partial class PartyOrganization : AggregateRoot
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 256;
    public const int ShortNameMaxLength = 64;
    public const int PathMaxLength = 33 * MaxDepth + 1;

    /// <summary>The deepest tree the product supports (committee → sub-committee → cell, with room to spare).</summary>
    public const int MaxDepth = 8;

    private PartyOrganization(Guid id, string code, string name, string? shortName, OrganizationType type, UnitKind? unitKind, DateOnly establishedOn)
        : base(id)
    {
        Code = code;
        Name = name;
        NameFolded = VietnameseText.Fold(name);
        ShortName = shortName;
        Type = type;
        UnitKind = unitKind;
        EstablishedOn = establishedOn;
        Path = Segment(id);
    }

    /// <summary>Unique, immutable code used by integrations (upper-case letters, digits and hyphens).</summary>
    public string Code { get; private set; }

    /// <summary>Full Vietnamese name, NFC-normalised.</summary>
    public string Name { get; private set; }

    /// <summary>Search key of <see cref="Name"/> (see <see cref="VietnameseText.Fold"/>).</summary>
    public string NameFolded { get; private set; }

    public string? ShortName { get; private set; }

    public OrganizationType Type { get; private set; }

    /// <summary>Required for a cell; optional for a sub-committee; never set for a committee.</summary>
    public UnitKind? UnitKind { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Path { get; private set; }

    public int Depth { get; private set; }

    public DateOnly EstablishedOn { get; private set; }

    public DateOnly? DissolvedOn { get; private set; }

    public static PartyOrganization Create(
        Guid id, string code, string name, string? shortName, OrganizationType type, UnitKind? unitKind,
        DateOnly establishedOn, PartyOrganization? parent)
    {
        var organization = new PartyOrganization(id, code.Trim().ToUpperInvariant(), RequireName(name), NormalizeName(shortName), type, unitKind, establishedOn);
        CheckUnitKind(type, unitKind);
        organization.AttachTo(parent);
        return organization;
    }

    /// <summary>True when the organisation exists on <paramref name="date"/> (established, not yet dissolved).</summary>
    public bool IsActiveOn(DateOnly date) => EstablishedOn <= date && (DissolvedOn is null || DissolvedOn > date);

    public bool IsDissolved => DissolvedOn is not null;

    /// <summary>True when <paramref name="other"/> is this organisation or lies in its subtree.</summary>
    public bool Contains(PartyOrganization other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    public void Rename(string name, string? shortName)
    {
        EnsureNotDissolved();
        Name = RequireName(name);
        NameFolded = VietnameseText.Fold(Name);
        ShortName = NormalizeName(shortName);
    }

    public void ChangeUnitKind(UnitKind? unitKind)
    {
        EnsureNotDissolved();
        CheckUnitKind(Type, unitKind);
        UnitKind = unitKind;
    }

    public void ChangeEstablishedOn(DateOnly establishedOn, PartyOrganization? parent, DateOnly? earliestChildEstablishedOn)
    {
        EnsureNotDissolved();
        if (parent is not null && establishedOn < parent.EstablishedOn)
        {
            throw new DomainRuleException(
                "organization.established_before_parent",
                "An organisation cannot be established before its parent.",
                RuleViolationKind.Unprocessable,
                parent.EstablishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (earliestChildEstablishedOn is { } child && establishedOn > child)
        {
            throw new DomainRuleException(
                "organization.established_after_child",
                "An organisation cannot be established after one of its child organisations.",
                RuleViolationKind.Unprocessable,
                child.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        EstablishedOn = establishedOn;
    }

    /// <summary>
    /// Moves this organisation under <paramref name="newParent"/>. Returns the old path prefix so that the caller can
    /// rebase the descendants (<see cref="RebasePath"/>).
    /// </summary>
    public string MoveTo(PartyOrganization newParent)
    {
        EnsureCanMoveUnder(newParent);
        var oldPath = Path;
        AttachTo(newParent);
        return oldPath;
    }

    /// <summary>The structural checks of a move (not dissolved, no cycle, allowed placement), before any date is changed.</summary>
    public void EnsureCanMoveUnder(PartyOrganization newParent)
    {
        EnsureNotDissolved();
        if (newParent.Path.StartsWith(Path, StringComparison.Ordinal))
        {
            throw new DomainRuleException(
                "organization.cycle",
                "An organisation cannot be moved under itself or one of its descendants.",
                RuleViolationKind.Unprocessable);
        }

        CheckPlacement(Type, newParent);
    }

    /// <summary>Rewrites the path of a descendant after an ancestor moved from <paramref name="oldPrefix"/> to <paramref name="newPrefix"/>.</summary>
    public void RebasePath(string oldPrefix, string newPrefix)
    {
        if (!Path.StartsWith(oldPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Path {Path} is not under {oldPrefix}.");
        }

        var newPath = string.Concat(newPrefix, Path.AsSpan(oldPrefix.Length));
        var depth = newPath.Count(c => c == '/') - 2;
        if (depth >= MaxDepth)
        {
            throw TooDeep();
        }

        Path = newPath;
        Depth = depth;
    }

    /// <summary>
    /// Dissolves the organisation on <paramref name="date"/>. Nothing may still depend on it: its active children are
    /// dissolved or moved first, its current members (full, probationary, exempt or suspended) are transferred or have
    /// left, and the transfers and admission cases into it are finished or closed.
    /// </summary>
    public void Dissolve(DateOnly date, OrganizationDependants dependants)
    {
        if (DissolvedOn is not null)
        {
            throw new DomainRuleException(
                "organization.already_dissolved",
                "The organisation is already dissolved.",
                RuleViolationKind.Conflict,
                DissolvedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (date < EstablishedOn)
        {
            throw new DomainRuleException(
                "organization.dissolved_before_established",
                "An organisation cannot be dissolved before it was established.",
                RuleViolationKind.Unprocessable,
                EstablishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (dependants.HasActiveChildren)
        {
            throw new DomainRuleException(
                "organization.has_active_children",
                "Dissolve or move the organisations under this one first.",
                RuleViolationKind.Conflict);
        }

        if (dependants.ActiveMembers > 0)
        {
            throw new DomainRuleException(
                "organization.has_active_members",
                "The organisation still has current members; transfer them first.",
                RuleViolationKind.Conflict,
                dependants.ActiveMembers);
        }

        if (dependants.OpenTransfersIn > 0)
        {
            throw new DomainRuleException(
                "organization.has_open_transfers",
                "Transfers into the organisation are still open; receive or reject them first.",
                RuleViolationKind.Conflict,
                dependants.OpenTransfersIn);
        }

        if (dependants.OpenAdmissions > 0)
        {
            throw new DomainRuleException(
                "organization.has_open_admissions",
                "Admission cases of the organisation are still open; finish or close them first.",
                RuleViolationKind.Conflict,
                dependants.OpenAdmissions);
        }

        DissolvedOn = date;
    }

    private void AttachTo(PartyOrganization? parent)
    {
        CheckPlacement(Type, parent);
        if (parent is null)
        {
            ParentId = null;
            Path = Segment(Id);
            Depth = 0;
            return;
        }

        if (parent.IsDissolved)
        {
            throw new DomainRuleException(
                "organization.parent_dissolved",
                "The parent organisation is dissolved.",
                RuleViolationKind.Unprocessable,
                parent.Code);
        }

        if (EstablishedOn < parent.EstablishedOn)
        {
            throw new DomainRuleException(
                "organization.established_before_parent",
                "An organisation cannot be established before its parent.",
                RuleViolationKind.Unprocessable,
                parent.EstablishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (parent.Depth + 1 >= MaxDepth)
        {
            throw TooDeep();
        }

        ParentId = parent.Id;
        Path = parent.Path + Segment(Id)[1..];
        Depth = parent.Depth + 1;
    }

    private static void CheckPlacement(OrganizationType type, PartyOrganization? parent)
    {
        var allowed = (type, parent?.Type) switch
        {
            (OrganizationType.PartyCommittee, null) => true,
            (OrganizationType.PartyCommittee, OrganizationType.PartyCommittee) => true,
            (OrganizationType.PartySubCommittee, OrganizationType.PartyCommittee) => true,
            (OrganizationType.PartyCell, OrganizationType.PartyCommittee) => true,
            (OrganizationType.PartyCell, OrganizationType.PartySubCommittee) => true,
            _ => false,
        };

        if (!allowed)
        {
            throw new DomainRuleException(
                "organization.invalid_parent",
                "This kind of organisation cannot be placed there: a cell belongs to a committee or sub-committee, a sub-committee to a committee, and only a committee may be a root.",
                RuleViolationKind.Unprocessable,
                type.ToString(),
                parent?.Type.ToString() ?? "-");
        }
    }

    private static void CheckUnitKind(OrganizationType type, UnitKind? unitKind)
    {
        if (type == OrganizationType.PartyCell && unitKind is null)
        {
            throw new DomainRuleException(
                "organization.unit_kind_required",
                "A party cell must say whether its unit is an administrative agency or a public-service unit.",
                RuleViolationKind.Unprocessable);
        }

        if (type == OrganizationType.PartyCommittee && unitKind is not null)
        {
            throw new DomainRuleException(
                "organization.unit_kind_not_applicable",
                "A party committee has no unit kind.",
                RuleViolationKind.Unprocessable);
        }
    }

    private void EnsureNotDissolved()
    {
        if (DissolvedOn is not null)
        {
            throw new DomainRuleException(
                "organization.dissolved",
                "A dissolved organisation cannot be changed.",
                RuleViolationKind.Conflict);
        }
    }

    private static DomainRuleException TooDeep() => new(
        "organization.too_deep",
        "The organisation tree may not be deeper than the supported depth.",
        RuleViolationKind.Unprocessable,
        MaxDepth);

    private static string Segment(Guid id) => "/" + id.ToString("N") + "/";

    private static string RequireName(string? name) => NormalizeName(name) ?? throw new DomainRuleException(
        "organization.name_required",
        "An organisation must have a name.",
        RuleViolationKind.Unprocessable);

    /// <summary>A name or short name through the name rule (<see cref="Names"/>); null when none is given.</summary>
    private static string? NormalizeName(string? text) => string.IsNullOrWhiteSpace(text) ? null : Names.Normalize(text, NameKind.Organization);
}

/// <summary>What still depends on an organisation when it is to be dissolved (see <see cref="PartyOrganization.Dissolve"/>).</summary>
/// <param name="HasActiveChildren">A child organisation exists on or after the dissolution date.</param>
/// <param name="ActiveMembers">Members whose home cell it is, with a counted status (full, probationary, exempt, suspended).</param>
/// <param name="OpenTransfersIn">Transfers into it that are requested or sent.</param>
/// <param name="OpenAdmissions">Its admission cases before the ceremony (preparing, resolved by the cell, decided).</param>
public sealed record OrganizationDependants(bool HasActiveChildren, int ActiveMembers, int OpenTransfersIn, int OpenAdmissions)
{
    public static OrganizationDependants None { get; } = new(false, 0, 0, 0);
}
