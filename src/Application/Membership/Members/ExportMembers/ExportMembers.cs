using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ExportMembers;

/// <summary>Members of a subtree as CSV or Excel, in the import layout; personal data masked unless the role needs it.</summary>
public sealed record ExportMembersQuery(SheetFormat Format, Guid? OrganizationId, bool IncludeFormer) : IQuery<MemberExport>;

/// <summary>A file to stream to the client.</summary>
public sealed record MemberExport(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync);

public sealed class ExportMembersHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, ISpreadsheets sheets, SensitiveReadAudit audit, TimeProvider time)
    : IQueryHandler<ExportMembersQuery, MemberExport>
{
    public async ValueTask<MemberExport> Handle(ExportMembersQuery query, CancellationToken cancellationToken)
    {
        var subtree = await scope.SubtreeAsync(query.OrganizationId, cancellationToken);
        var unmasked = PersonalData.CanRead(user);
        await audit.RecordAsync(
            "Export",
            nameof(PartyMember),
            query.OrganizationId?.ToString() ?? "*",
            $$"""{"format":"{{query.Format}}","personalData":{{(unmasked ? "true" : "false")}}}""",
            cancellationToken);

        var stamp = time.TodayInVietnam().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var (extension, contentType) = query.Format == SheetFormat.Csv
            ? ("csv", "text/csv; charset=utf-8")
            : ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MemberExport(
            $"dang-vien-{stamp}.{extension}",
            contentType,
            (stream, ct) => sheets.WriteAsync(stream, query.Format, MemberSheet.Headers, RowsAsync(subtree, query.IncludeFormer, unmasked, ct), ct));
    }

    private async IAsyncEnumerable<object?[]> RowsAsync(IReadOnlyCollection<Guid>? subtree, bool includeFormer, bool unmasked, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cells = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Code, cancellationToken);
        var today = time.TodayInVietnam();
        var members = db.Members.AsNoTracking();
        if (subtree is not null)
        {
            members = members.Where(m => subtree.Contains(m.OrganizationId));
        }

        if (!includeFormer)
        {
            members = members.Current();
        }

        await foreach (var member in members.OrderBy(m => m.NameSortKey).ThenBy(m => m.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return MemberSheet.Row(member, cells.GetValueOrDefault(member.OrganizationId, string.Empty), unmasked, today);
        }
    }
}
