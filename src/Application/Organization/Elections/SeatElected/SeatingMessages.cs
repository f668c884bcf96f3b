using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Organization.Elections.SeatElected;

/// <summary>Messages of seating the elected, of the standing conditions and of delegate elections (code → Vietnamese, English).</summary>
internal sealed class SeatingMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["election.not_closed"] = (
            "Cuộc bầu cử chưa kết thúc: cần kết thúc trước khi công nhận người trúng cử hoặc bầu lần tiếp theo.",
            "The election is not closed: close it before seating the elected or opening a further round."),
        ["election.seats_filled"] = ("Đã bầu đủ {0} người: không bầu lần tiếp theo.", "All {0} seats were filled: there is no further round."),
        ["election.round_exists"] = ("Đã mở lần bầu tiếp theo ('{0}') sau lần bầu này.", "A further round ('{0}') was already opened after this one."),
        ["election.already_seated"] = (
            "Người trúng cử của cuộc bầu cử này đã nhận chức (từ ngày {0}); không có gì thay đổi.",
            "The seats of this election were already taken (from {0}); nothing was changed."),
        ["election.nobody_elected"] = ("Không có ai trúng cử: không có chức danh nào để nhận.", "Nobody was elected: there is no seat to take."),
        ["election.seats_before_election"] = ("Người trúng cử nhận chức từ ngày bầu cử ({0}) trở đi.", "The seats start on or after the election day ({0})."),
        ["election.candidate_dismissed"] = (
            "Đảng viên '{0}' bị kỷ luật cách chức ngày {1}: trong vòng một năm (đến hết ngày trước {2}) không được bầu vào cấp ủy (Điều lệ Đảng, Điều 40 khoản 3; {3}).",
            "Member '{0}' was dismissed from post on {1}: within a year (until the day before {2}) he is not elected to a party committee (Party Charter, Article 40.3; {3})."),
    };
}
