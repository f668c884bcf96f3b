using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Guests;

/// <summary>Messages of guests on temporary party activity from outside the committee (code → Vietnamese, English).</summary>
internal sealed class GuestMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["guest.not_found"] = ("Không tìm thấy đảng viên sinh hoạt tạm thời {0}.", "Guest on temporary party activity {0} was not found."),
        ["guest.host_not_found"] = ("Không tìm thấy chi bộ nơi sinh hoạt tạm thời {0} trong phạm vi của bạn.", "The host cell {0} was not found in your scope."),
        ["guest.host_not_a_cell"] = ("Đảng viên sinh hoạt tạm thời tại chi bộ ({0} không phải chi bộ).", "A member on temporary party activity attends a party cell ({0} is not one)."),
        ["guest.host_inactive"] = ("Chi bộ {0} không tồn tại vào ngày {1}.", "The host cell {0} does not exist on {1}."),
        ["guest.presented_before_letter"] = ("Ngày xuất trình giấy giới thiệu không được trước ngày giới thiệu ({0}).", "The letter is presented on or after its date ({0})."),
        ["guest.birth_after_letter"] = ("Ngày sinh ({0}) sau ngày giấy giới thiệu.", "The date of birth ({0}) is after the letter's date."),
        ["guest.duration_invalid"] = ("Sinh hoạt đảng tạm thời từ 3 tháng đến dưới 1 năm (đi học: đến 2 năm) kể từ ngày giới thiệu: ngày kết thúc từ {0} đến {1} ({2}, điểm 6.3.2).", "Temporary party activity lasts 3 months to under a year (study: up to 2 years) from the letter's date: the end lies between {0} and {1} ({2}, point 6.3.2)."),
        ["guest.extension_not_later"] = ("Gia hạn phải kết thúc sau ngày kết thúc hiện tại ({0}).", "An extension ends after the current end ({0})."),
        ["guest.extension_too_long"] = ("Không gia hạn sinh hoạt đảng tạm thời quá {0} ({1}); làm thủ tục chuyển sinh hoạt đảng chính thức.", "Temporary party activity cannot be extended beyond {0} ({1}); transfer the member officially."),
        ["guest.invalid_state"] = ("Đảng viên đã trở về nơi sinh hoạt chính thức hoặc đã chuyển sinh hoạt chính thức đến đây ({0}).", "The guest has already returned to the home organisation or been transferred here officially ({0})."),
        ["guest.date_before_presentation"] = ("Ngày không được trước ngày xuất trình giấy giới thiệu ({0}).", "The date is before the guest presented the letter ({0})."),
    };
}
