using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Transfers;

/// <summary>Messages of the module: Transfers of party activity (code → Vietnamese, English).</summary>
internal sealed class TransferMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["transfer.not_found"] = ("Không tìm thấy hồ sơ chuyển sinh hoạt đảng '{0}'.", "Transfer '{0}' was not found."),
        ["transfer.member_not_found"] = ("Không tìm thấy đảng viên '{0}' trong phạm vi được phân quyền.", "Party member '{0}' was not found in your scope."),
        ["transfer.target_not_found"] = ("Không tìm thấy chi bộ tiếp nhận '{0}' trong phạm vi được phân quyền.", "Receiving cell '{0}' was not found in your scope."),
        ["transfer.sending_side_only"] = ("Bước giới thiệu chuyển đi do tổ chức đảng nơi đảng viên chuyển đi ghi nhận.", "The sending is recorded by the organisation the member leaves."),
        ["transfer.receiving_side_only"] = ("Bước tiếp nhận do tổ chức đảng nơi đảng viên chuyển đến ghi nhận.", "The receipt is recorded by the organisation the member joins."),
        ["transfer.member_not_active"] = ("Đảng viên đã ra khỏi tổ chức đảng ({0}), không thể chuyển sinh hoạt.", "The member has left the party organisation ({0}); there is nothing to transfer."),
        ["transfer.already_open"] = ("Đảng viên đang có một hồ sơ chuyển sinh hoạt đảng chưa hoàn tất (đã đề nghị hoặc đã giới thiệu); hãy hoàn tất hoặc hủy hồ sơ đó trước.", "The member already has a transfer that is requested or sent; finish or reject it first."),
        ["transfer.target_required"] = ("Cần chọn chi bộ tiếp nhận thuộc Đảng bộ.", "Name the receiving cell of the committee."),
        ["transfer.target_not_allowed"] = ("Chuyển sinh hoạt ra ngoài Đảng bộ không ghi chi bộ tiếp nhận trong Đảng bộ; hãy ghi tên tổ chức đảng nơi đến.", "An outgoing transfer names no receiving cell of the committee; give the name of the organisation outside it."),
        ["transfer.external_organization_required"] = ("Cần ghi tên tổ chức đảng ngoài Đảng bộ (nơi chuyển đến hoặc nơi chuyển từ).", "Name the party organisation outside the committee (where the member goes to or comes from)."),
        ["transfer.external_organization_not_allowed"] = ("Chuyển sinh hoạt trong Đảng bộ không ghi tổ chức đảng bên ngoài.", "A transfer within the committee names no external organisation."),
        ["transfer.target_not_a_cell"] = ("Đảng viên được tiếp nhận vào chi bộ; '{0}' không phải chi bộ.", "A member is received by a party cell; '{0}' is not a cell."),
        ["transfer.target_outside_committee"] = ("Chi bộ '{0}' không thuộc Đảng bộ của đảng viên.", "Cell '{0}' does not belong to the member's party committee."),
        ["transfer.target_inactive"] = ("Chi bộ '{0}' không hoạt động vào ngày {1}.", "Cell '{0}' does not exist on {1}."),
        ["transfer.same_cell"] = ("Đảng viên đang sinh hoạt tại chi bộ tiếp nhận; hãy chọn chi bộ khác.", "The member already belongs to the receiving cell; choose another cell."),
        ["transfer.temporary_incoming_not_supported"] = ("Đảng viên từ ngoài Đảng bộ đến sinh hoạt tạm thời không có hồ sơ đảng viên ở Đảng bộ và không tính vào đảng số: ghi nhận tại /api/v1/temporary-guests.", "A member temporarily attending from outside the committee has no member record here and is not counted: record the guest at /api/v1/temporary-guests."),
        ["transfer.temporary_until_not_allowed"] = ("Chuyển sinh hoạt đảng chính thức không có thời hạn kết thúc.", "An official transfer is permanent; it has no end date."),
        ["transfer.member_cannot_transfer_out"] = ("Đảng viên đang ở trạng thái {0} không được chuyển sinh hoạt đảng chính thức ra ngoài Đảng bộ.", "A member whose status is {0} cannot be transferred out officially."),
        ["transfer.temporary_until_required"] = ("Chuyển sinh hoạt đảng tạm thời phải ghi ngày kết thúc.", "A temporary transfer needs its end date."),
        ["transfer.temporary_duration_invalid"] = ("Chuyển sinh hoạt đảng tạm thời từ 3 tháng đến dưới 12 tháng (đi học: từ 3 đến 24 tháng) tính từ ngày đề nghị: ngày kết thúc phải từ {0} đến {1}.", "A temporary transfer lasts from 3 to under 12 months (study: 3 to 24 months) from the request date: the end date must be from {0} to {1}."),
        ["transfer.invalid_state"] = ("Hồ sơ chuyển sinh hoạt đang ở trạng thái {0}, không thực hiện được bước này.", "The transfer is {0}; this step is not possible."),
        ["transfer.date_before_previous_step"] = ("Ngày không được trước bước trước đó của hồ sơ chuyển sinh hoạt ({0}).", "The date is before the previous step of the transfer ({0})."),
        ["transfer.member_left_home_cell"] = ("Đảng viên không còn sinh hoạt tại chi bộ đã giới thiệu chuyển đi.", "The member no longer belongs to the cell the transfer was sent from."),
        ["transfer.member_already_transferred_out"] = ("Đảng viên đã ra khỏi Đảng bộ khi được giới thiệu chuyển sinh hoạt chính thức; không hủy được hồ sơ. Ghi nhận việc trở lại bằng hồ sơ chuyển đến.", "The member left the committee when the official transfer was sent; it can no longer be rejected. Record the member's return with an incoming transfer."),
        ["transfer.rejection_reason_required"] = ("Cần ghi lý do không tiếp nhận hoặc hủy.", "Give the reason for the rejection."),
        ["transfer.cause_incomplete"] = ("Cần ghi cả loại sự việc dẫn đến chuyển sinh hoạt đảng (chuyển công tác, nghỉ hưu, thay đổi nơi cư trú...) và ngày có hiệu lực.", "Record the change that causes the transfer with both its kind and the day it took effect."),
        ["transfer.not_temporary"] = ("Chỉ hồ sơ chuyển sinh hoạt đảng tạm thời mới được gia hạn, ghi nhận trở về hoặc chuyển thành chính thức.", "Only a temporary transfer can be extended, ended by a return or converted into an official one."),
        ["transfer.extension_not_later"] = ("Ngày kết thúc mới phải sau ngày kết thúc hiện tại ({0}).", "The new end must be after the current end ({0})."),
        ["transfer.extension_too_long"] = ("Không gia hạn sinh hoạt đảng tạm thời quá {0} (thời hạn tối đa tính từ ngày đề nghị); hãy chuyển sinh hoạt đảng chính thức.", "A temporary transfer cannot be extended beyond {0} (its longest duration from the request date); transfer the member officially instead."),
        ["transfer.conversion_not_possible"] = ("Chỉ chuyển thành chính thức được hồ sơ tạm thời trong Đảng bộ hoặc ra ngoài Đảng bộ.", "Only a temporary transfer within the committee or out of it can be converted here."),
        ["transfer.timeline.requested"] = ("Đề nghị {0}: {1}", "{0} requested: {1}"),
        ["transfer.timeline.sent"] = ("Giới thiệu {0}: {1}", "{0} sent: {1}"),
        ["transfer.timeline.received"] = ("Tiếp nhận {0}: {1}", "{0} received: {1}"),
        ["transfer.timeline.rejected"] = ("Không tiếp nhận {0}: {1}", "{0} rejected: {1}"),
        ["transfer.timeline.extended"] = ("Gia hạn {0}: {1}", "{0} extended: {1}"),
        ["transfer.timeline.returned"] = ("Trở về sau {0}: {1}", "Returned from {0}: {1}"),
        ["transfer.timeline.converted"] = ("Chuyển thành sinh hoạt đảng chính thức: {1}", "Converted into an official transfer: {1}"),
    };
}
