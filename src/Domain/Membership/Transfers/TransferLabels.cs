using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Transfers;

/// <summary>Display labels of the transfer enums in Vietnamese and English.</summary>
public static class TransferLabels
{
    public static BilingualLabel Of(TransferKind kind) => kind switch
    {
        TransferKind.Official => new("Chuyển sinh hoạt đảng chính thức", "Official transfer"),
        TransferKind.Temporary => new("Chuyển sinh hoạt đảng tạm thời", "Temporary transfer"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static BilingualLabel Of(TransferDirection direction) => direction switch
    {
        TransferDirection.Internal => new("Trong Đảng bộ", "Within the committee"),
        TransferDirection.Outgoing => new("Chuyển đi", "Outgoing"),
        TransferDirection.Incoming => new("Chuyển đến", "Incoming"),
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static BilingualLabel Of(TransferPurpose purpose) => purpose switch
    {
        TransferPurpose.Work => new("Công tác", "Work"),
        TransferPurpose.Study => new("Học tập", "Study"),
        TransferPurpose.Other => new("Lý do khác", "Other reason"),
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    public static BilingualLabel Of(TransferCause cause) => cause switch
    {
        TransferCause.NewWorkplace => new("Chuyển công tác sang đơn vị mới", "New workplace"),
        TransferCause.Retirement => new("Nghỉ hưu, nghỉ mất sức", "Retirement"),
        TransferCause.LeftJob => new("Thôi việc", "Left the job"),
        TransferCause.Demobilization => new("Phục viên", "Demobilisation"),
        TransferCause.NewResidence => new("Thay đổi nơi cư trú lâu dài", "New permanent residence"),
        TransferCause.Study => new("Cử đi học", "Sent to study"),
        TransferCause.Other => new("Lý do khác", "Other change"),
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    public static BilingualLabel Of(TransferStatus status) => status switch
    {
        TransferStatus.Requested => new("Đã đề nghị", "Requested"),
        TransferStatus.Sent => new("Đã giới thiệu chuyển đi", "Sent"),
        TransferStatus.Received => new("Đã tiếp nhận", "Received"),
        TransferStatus.Rejected => new("Không tiếp nhận", "Rejected"),
        TransferStatus.Returned => new("Đã trở về sinh hoạt tại nơi chính thức", "Returned"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
