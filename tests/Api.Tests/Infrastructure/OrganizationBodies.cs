using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>Request bodies of <c>POST /api/v1/organizations</c> shared by the platform tests that only need a write.</summary>
internal static class OrganizationBodies
{
    /// <summary>A new party cell under the demo committee (named "Chi bộ {code}" unless <paramref name="name"/> is given).</summary>
    public static object NewCell(string code, string? name = null) => new
    {
        code,
        name = name ?? $"Chi bộ {code}",
        type = "PARTY_CELL",
        unitKind = "ADMINISTRATIVE_AGENCY",
        parentId = DemoData.CommitteeId,
        establishedOn = "2019-01-01",
    };
}
