using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Denunciations;

/// <summary>Where a denunciation stands.</summary>
public enum DenunciationStatus
{
    /// <summary>Registered, not yet accepted or refused.</summary>
    Received = 1,

    /// <summary>Accepted for settlement (thụ lý).</summary>
    Accepted = 2,

    /// <summary>A member is in charge.</summary>
    Assigned = 3,

    /// <summary>Verified (thẩm tra, xác minh).</summary>
    Verified = 4,

    /// <summary>Concluded (kết luận).</summary>
    Concluded = 5,

    /// <summary>Recorded as not accepted, with the reason.</summary>
    NotAccepted = 6,
}

/// <summary>Who settles a denunciation at the grassroots level (the committee's inspection commission, or the cell for its members).</summary>
public enum DenunciationSettler
{
    /// <summary>Chi bộ: denunciations against a member of the cell.</summary>
    Cell = 1,

    /// <summary>Ủy ban kiểm tra đảng ủy: members and organisations under the committee.</summary>
    InspectionCommission = 2,
}

/// <summary>Why a denunciation is not settled (the grassroots handbook on Quy định 22-QĐ/TW and Hướng dẫn 02-HD/TW 2021).</summary>
public enum DenunciationRefusal
{
    /// <summary>Giấu tên: the denouncer is not named.</summary>
    Anonymous = 1,

    /// <summary>Mạo tên: written in another person's name.</summary>
    FalseName = 2,

    /// <summary>Không rõ địa chỉ.</summary>
    NoAddress = 3,

    /// <summary>Already concluded by the competent level; denounced again without new evidence.</summary>
    RepeatedWithoutNewEvidence = 4,

    /// <summary>Named, but the content is not specific enough to verify.</summary>
    NotSpecific = 5,

    /// <summary>The denouncer withdrew it (unless threatened, forced or bought).</summary>
    Withdrawn = 6,

    /// <summary>Not for this level: forwarded to the competent organisation.</summary>
    NotCompetent = 7,
}

/// <summary>The conclusion on a denunciation.</summary>
public enum DenunciationResult
{
    /// <summary>Tố cáo đúng.</summary>
    WellFounded = 1,

    /// <summary>Tố cáo đúng một phần.</summary>
    PartlyFounded = 2,

    /// <summary>Tố cáo sai.</summary>
    Unfounded = 3,
}

/// <summary>Labels of the denunciation codes.</summary>
public static class DenunciationLabels
{
    public static BilingualLabel Of(DenunciationStatus status) => status switch
    {
        DenunciationStatus.Received => new("Đã tiếp nhận", "Received"),
        DenunciationStatus.Accepted => new("Đã thụ lý", "Accepted"),
        DenunciationStatus.Assigned => new("Đã phân công", "Assigned"),
        DenunciationStatus.Verified => new("Đã thẩm tra, xác minh", "Verified"),
        DenunciationStatus.Concluded => new("Đã kết luận", "Concluded"),
        _ => new("Không thụ lý", "Not accepted"),
    };

    public static BilingualLabel Of(DenunciationSettler settler) => settler switch
    {
        DenunciationSettler.Cell => new("Chi bộ", "Party cell"),
        _ => new("Ủy ban kiểm tra đảng ủy", "Inspection commission"),
    };

    public static BilingualLabel Of(DenunciationRefusal reason) => reason switch
    {
        DenunciationRefusal.Anonymous => new("Đơn giấu tên", "Anonymous"),
        DenunciationRefusal.FalseName => new("Đơn mạo tên", "Written in a false name"),
        DenunciationRefusal.NoAddress => new("Không rõ địa chỉ", "No address"),
        DenunciationRefusal.RepeatedWithoutNewEvidence => new("Đã được kết luận, tố cáo lại không có tài liệu, chứng cứ mới", "Already concluded; no new evidence"),
        DenunciationRefusal.NotSpecific => new("Nội dung không cụ thể, không có căn cứ thẩm tra, xác minh", "Not specific enough to verify"),
        DenunciationRefusal.Withdrawn => new("Người tố cáo rút đơn", "Withdrawn by the denouncer"),
        _ => new("Không thuộc thẩm quyền; chuyển cấp có thẩm quyền", "Not for this level; forwarded"),
    };

    public static BilingualLabel Of(DenunciationResult result) => result switch
    {
        DenunciationResult.WellFounded => new("Tố cáo đúng", "Well-founded"),
        DenunciationResult.PartlyFounded => new("Tố cáo đúng một phần", "Partly well-founded"),
        _ => new("Tố cáo sai", "Unfounded"),
    };
}
