using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Dues.Import;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Inspection.Dues.ExportDuesSheet;

/// <summary>A cell's monthly sheet as CSV or Excel, in the import layout (<see cref="DuesSheetLayout.Headers"/>), so that it can be filled in and imported again.</summary>
public sealed record ExportDuesSheetQuery(Guid Id, SheetFormat Format) : IQuery<DuesSheetFile>;

/// <summary>A file to stream to the client.</summary>
public sealed record DuesSheetFile(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync);

public sealed class ExportDuesSheetHandler(IAppDbContext db, IOrganizationScope scope, ISpreadsheets sheets) : IQueryHandler<ExportDuesSheetQuery, DuesSheetFile>
{
    public async ValueTask<DuesSheetFile> Handle(ExportDuesSheetQuery query, CancellationToken cancellationToken)
    {
        var sheet = await db.LoadSheetInScopeAsync(scope, query.Id, tracking: false, cancellationToken);
        var code = await db.Organizations.AsNoTracking().Where(o => o.Id == sheet.OrganizationId).Select(o => o.Code).FirstAsync(cancellationToken);
        var (extension, contentType) = query.Format == SheetFormat.Csv
            ? ("csv", "text/csv; charset=utf-8")
            : ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var name = $"dang-phi-{code}-{sheet.Month:yyyy-MM}.{extension}";
        return new DuesSheetFile(name, contentType, (stream, ct) => sheets.WriteAsync(stream, query.Format, DuesSheetLayout.Headers, RowsAsync(sheet, ct), ct));
    }

    private async IAsyncEnumerable<object?[]> RowsAsync(Domain.Inspection.Dues.DuesSheet sheet, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var memberIds = sheet.Lines.Select(l => l.MemberId).ToList();
        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.FullName, m.NameSortKey, Code = m.PartyCardNumber ?? m.RecordNumber })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var bases = (await db.DuesBases.AsNoTracking().Where(b => memberIds.Contains(b.MemberId) && b.EffectiveFrom <= sheet.Month).ToListAsync(cancellationToken))
            .GroupBy(b => b.MemberId)
            .ToDictionary(g => g.Key, g => g.MaxBy(b => b.EffectiveFrom)!.MonthlyBasisAmount);
        foreach (var line in sheet.Lines.OrderBy(l => members.GetValueOrDefault(l.MemberId)?.NameSortKey ?? string.Empty, StringComparer.Ordinal).ThenBy(l => l.MemberId))
        {
            var member = members.GetValueOrDefault(line.MemberId);
            yield return
            [
                member?.Code ?? line.MemberId.ToString(),
                member?.FullName,
                sheet.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                bases.GetValueOrDefault(line.MemberId),
                line.Due,
                line.Paid,
                line.PaidOn is { } day ? WireFormat.Date(day) : null,
                line.Collector,
                line.Excused ? "x" : null,
                line.Reason,
            ];
        }
    }
}
