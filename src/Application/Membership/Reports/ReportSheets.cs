using System.Globalization;
using System.Runtime.CompilerServices;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Reports;

/// <summary>A report as an Excel file to stream to the client.</summary>
public sealed record ReportFile(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync);

/// <summary>The movements as .xlsx: a row per kind with its count, then a row per member.</summary>
public sealed record ExportMembershipMovementsQuery(GetMembershipMovementsQuery Report) : IQuery<ReportFile>;

/// <summary>A statistical form as .xlsx: the form's rows and columns.</summary>
public sealed record ExportStatisticalFormQuery(GetStatisticalFormQuery Report) : IQuery<ReportFile>;

public sealed class ExportMembershipMovementsHandler(IMediator mediator, ISpreadsheets sheets) : IQueryHandler<ExportMembershipMovementsQuery, ReportFile>
{
    public static readonly IReadOnlyList<string> Headers = ["kind", "label", "count", "date", "fullName", "organization", "documentNumber"];

    public async ValueTask<ReportFile> Handle(ExportMembershipMovementsQuery query, CancellationToken cancellationToken)
    {
        var report = await mediator.Send(query.Report, cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var rows = new List<object?[]>
        {
            new object?[] { "OPENING", Messages.IsEnglish(CultureInfo.CurrentUICulture) ? "Members at the start" : "Đảng viên đầu kỳ", report.OpeningCount, GetStatisticalFormHandler.Format(report.From.AddDays(-1)), null, null, null },
        };
        foreach (var group in report.Movements)
        {
            var code = Domain.Common.WireFormat.Code(group.Kind);
            rows.Add([code, group.Label.For(language), group.Count, null, null, null, null]);
            rows.AddRange(group.Members.Select(m => new object?[] { code, null, null, GetStatisticalFormHandler.Format(m.Date), m.FullName, m.OrganizationName, m.DocumentNumber }));
        }

        rows.Add(["CLOSING", Messages.IsEnglish(CultureInfo.CurrentUICulture) ? "Members at the end" : "Đảng viên cuối kỳ", report.ClosingCount, GetStatisticalFormHandler.Format(report.To), null, null, null]);
        var name = $"bien-dong-dang-vien-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.xlsx";
        return ReportSheets.File(sheets, name, Headers, rows);
    }
}

public sealed class ExportStatisticalFormHandler(IMediator mediator, ISpreadsheets sheets) : IQueryHandler<ExportStatisticalFormQuery, ReportFile>
{
    public async ValueTask<ReportFile> Handle(ExportStatisticalFormQuery query, CancellationToken cancellationToken)
    {
        var form = await mediator.Send(query.Report, cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        IReadOnlyList<string> headers = ["code", "label", .. form.Columns.Select(c => c.Label.For(language))];
        var rows = form.Rows.Select(r => (object?[])[r.Code, r.Label.For(language), .. r.Values.Cast<object?>()]).ToList();
        var name = $"{Domain.Common.WireFormat.Code(form.Form).ToLowerInvariant().Replace('_', '-')}-{form.AsOf:yyyyMMdd}.xlsx";
        return ReportSheets.File(sheets, name, headers, rows);
    }
}

internal static class ReportSheets
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static ReportFile File(ISpreadsheets sheets, string name, IReadOnlyList<string> headers, IReadOnlyList<object?[]> rows) =>
        new(name, XlsxContentType, (stream, ct) => sheets.WriteAsync(stream, SheetFormat.Xlsx, headers, Rows(rows, ct), ct));

    private static async IAsyncEnumerable<object?[]> Rows(IReadOnlyList<object?[]> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }

        await Task.CompletedTask;
    }
}
