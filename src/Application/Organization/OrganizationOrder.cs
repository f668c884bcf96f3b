namespace PartyCommittee.Application.Organization;

/// <summary>
/// The order in which lists grouped by organisation show their organisations: the folded name (accents and case aside,
/// so that "Chi bộ Đ…" does not sort after "Chi bộ Z…" as the names' code points would), then the name, then the id so
/// that two organisations of one name keep one order across pages (ADR 0074).
/// </summary>
public static class OrganizationOrder
{
    public static IOrderedEnumerable<T> InNameOrder<T>(this IEnumerable<T> organizations, Func<T, string> folded, Func<T, string> name, Func<T, Guid> id) =>
        organizations.OrderBy(folded, StringComparer.Ordinal).ThenBy(name, StringComparer.Ordinal).ThenBy(id);
}
