using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organization.Reorganization;

/// <summary>
/// The dated parent history of an organisation: on <see cref="On"/> it moved from <see cref="FromParentId"/> to
/// <see cref="ToParentId"/> (a reorganisation, e.g. the 2025 merger of the Department of Labour, Invalids and Social
/// Affairs into the Department of Home Affairs). The organisation keeps its identity, its members and their history;
/// the tree as of a date before the move is rebuilt from these rows, so that figures before it do not change.
/// </summary>
public sealed class OrganizationMove : Entity, IAuditable
{
    public const int DecisionNumberMaxLength = 64;

    public OrganizationMove(Guid id, Guid reorganizationId, Guid organizationId, Guid fromParentId, Guid toParentId, DateOnly on, string? decisionNumber)
        : base(id)
    {
        ReorganizationId = reorganizationId;
        OrganizationId = organizationId;
        FromParentId = fromParentId;
        ToParentId = toParentId;
        On = on;
        DecisionNumber = decisionNumber;
    }

    /// <summary>The operation that moved several organisations together.</summary>
    public Guid ReorganizationId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid FromParentId { get; private set; }

    public Guid ToParentId { get; private set; }

    /// <summary>First day under the new parent.</summary>
    public DateOnly On { get; private set; }

    public string? DecisionNumber { get; private set; }
}

/// <summary>The organisation tree as of a date, rebuilt from the current parents and the moves after that date.</summary>
public sealed class OrganizationTreeOnDate
{
    private readonly Dictionary<Guid, Guid?> parents;

    /// <param name="currentParents">Every organisation's current parent.</param>
    /// <param name="moves">Every recorded move.</param>
    /// <param name="date">The date the tree is wanted for.</param>
    public OrganizationTreeOnDate(IReadOnlyDictionary<Guid, Guid?> currentParents, IEnumerable<OrganizationMove> moves, DateOnly date)
    {
        parents = new Dictionary<Guid, Guid?>(currentParents);
        // Undo the moves that happened after the date, latest first.
        foreach (var move in moves.Where(m => m.On > date).OrderByDescending(m => m.On))
        {
            parents[move.OrganizationId] = move.FromParentId;
        }
    }

    public Guid? ParentOf(Guid organizationId) => parents.GetValueOrDefault(organizationId);

    /// <summary>True when <paramref name="organizationId"/> is <paramref name="rootId"/> or lies under it on the date.</summary>
    public bool IsWithin(Guid organizationId, Guid rootId)
    {
        Guid? current = organizationId;
        for (var depth = 0; current is { } id && depth <= PartyOrganization.MaxDepth + 1; depth++)
        {
            if (id == rootId)
            {
                return true;
            }

            current = ParentOf(id);
        }

        return false;
    }

    /// <summary>The subtree of <paramref name="rootId"/> on the date.</summary>
    public IReadOnlyCollection<Guid> Subtree(Guid rootId) => [.. parents.Keys.Where(id => IsWithin(id, rootId))];
}
