using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>Messages of the background import jobs.</summary>
internal sealed class ImportJobMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["import_job.not_found"] = ("Không tìm thấy lệnh nhập dữ liệu '{0}'.", "Import job '{0}' was not found."),
        ["import_job.failed"] = ("Lệnh nhập dữ liệu gặp lỗi khi xử lý; hãy gửi lại.", "The import job failed while processing; submit it again."),
    };
}
