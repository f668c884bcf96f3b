using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Evaluation.Documents;

/// <summary>
/// A document number is unique per issuer within a register: the register of an organisation cannot hold two
/// entries of the same issuer with the same number (accents, case and spacing ignored). 409 <c>document.number_taken</c>;
/// the unique index (organisation, issuer, number) holds it against concurrent writers.
/// </summary>
internal static class DocumentNumbers
{
    public static async Task EnsureNumberFreeAsync(this IAppDbContext db, Guid organizationId, string issuer, string number, Guid? except, CancellationToken cancellationToken)
    {
        var key = Key(issuer, number);
        var entries = await db.PartyDocuments.AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.Id != except)
            .Select(d => new { d.Issuer, d.Number })
            .ToListAsync(cancellationToken);
        if (entries.Any(e => Key(e.Issuer, e.Number) == key))
        {
            throw new DomainRuleException(
                "document.number_taken", "The register already holds a document of that issuer with that number.", RuleViolationKind.Conflict, VietnameseText.Clean(number), VietnameseText.Clean(issuer));
        }
    }

    private static string Key(string issuer, string number) => VietnameseText.Fold(issuer) + "|" + VietnameseText.Fold(number);
}

/// <summary>Messages of the document-number rule.</summary>
internal sealed class DocumentNumberMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["document.number_taken"] = ("Sổ văn bản đã có văn bản số {0} của {1}.", "The register already holds document {0} of {1}."),
    };
}
