using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>Kinds of party document in the register (văn bản).</summary>
public enum DocumentKind
{
    /// <summary>Nghị quyết.</summary>
    Resolution = 1,

    /// <summary>Chỉ thị.</summary>
    Directive = 2,

    /// <summary>Quy định.</summary>
    Regulation = 3,

    /// <summary>Hướng dẫn.</summary>
    Instruction = 4,

    /// <summary>Kết luận.</summary>
    Conclusion = 5,

    /// <summary>Chương trình, kế hoạch.</summary>
    Programme = 6,

    /// <summary>Quy chế.</summary>
    WorkingRules = 7,

    /// <summary>Other documents (công văn, thông báo…).</summary>
    Other = 8,
}

/// <summary>Kinds of cell meeting.</summary>
public enum MeetingKind
{
    /// <summary>Sinh hoạt chi bộ thường kỳ — the monthly meeting (Điều lệ Đảng, Điều 24 khoản 2).</summary>
    Regular = 1,

    /// <summary>Sinh hoạt bất thường — an extraordinary meeting.</summary>
    Extraordinary = 2,

    /// <summary>Sinh hoạt chuyên đề — a thematic meeting.</summary>
    Thematic = 3,
}

/// <summary>
/// The four levels of party evaluation (members and organisations): used by monthly reviews now and by the annual
/// rating campaigns (Hướng dẫn 21-HD/BTCTW 2019, Quy định 124-QĐ/TW 2023, Quy định 366-QĐ/TW 2025).
/// </summary>
public enum EvaluationLevel
{
    /// <summary>Hoàn thành xuất sắc nhiệm vụ.</summary>
    Excellent = 1,

    /// <summary>Hoàn thành tốt nhiệm vụ.</summary>
    Good = 2,

    /// <summary>Hoàn thành nhiệm vụ.</summary>
    Completed = 3,

    /// <summary>Không hoàn thành nhiệm vụ.</summary>
    NotCompleted = 4,
}

/// <summary>Kinds of emulation model registered by cells.</summary>
public enum EmulationModelKind
{
    /// <summary>Mô hình "Dân vận khéo".</summary>
    SkilfulMassMobilisation = 1,

    /// <summary>Mô hình "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".</summary>
    HoChiMinhStudyAndFollowing = 2,

    /// <summary>Other models.</summary>
    Other = 3,
}

/// <summary>The level of the body that recognised a model.</summary>
public enum RecognitionLevel
{
    /// <summary>Cấp chi bộ.</summary>
    Cell = 1,

    /// <summary>Cấp cơ sở (Đảng ủy Sở).</summary>
    Grassroots = 2,

    /// <summary>Cấp trên cơ sở (Đảng ủy Khối).</summary>
    Superior = 3,

    /// <summary>Cấp tỉnh.</summary>
    Provincial = 4,

    /// <summary>Cấp Trung ương.</summary>
    National = 5,
}

/// <summary>Vietnamese and English labels of the evaluation codes.</summary>
public static class EvaluationLabels
{
    public static BilingualLabel Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Resolution => new("Nghị quyết", "Resolution"),
        DocumentKind.Directive => new("Chỉ thị", "Directive"),
        DocumentKind.Regulation => new("Quy định", "Regulation"),
        DocumentKind.Instruction => new("Hướng dẫn", "Instruction"),
        DocumentKind.Conclusion => new("Kết luận", "Conclusion"),
        DocumentKind.Programme => new("Chương trình, kế hoạch", "Programme or plan"),
        DocumentKind.WorkingRules => new("Quy chế", "Working rules"),
        _ => new("Văn bản khác", "Other document"),
    };

    public static BilingualLabel Of(MeetingKind kind) => kind switch
    {
        MeetingKind.Regular => new("Sinh hoạt chi bộ thường kỳ", "Regular monthly meeting"),
        MeetingKind.Extraordinary => new("Sinh hoạt chi bộ bất thường", "Extraordinary meeting"),
        _ => new("Sinh hoạt chi bộ chuyên đề", "Thematic meeting"),
    };

    public static BilingualLabel Of(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => new("Có mặt", "Present"),
        AttendanceStatus.Excused => new("Vắng có lý do", "Excused"),
        _ => new("Vắng không lý do", "Absent"),
    };

    public static BilingualLabel Of(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => new("Hoàn thành xuất sắc nhiệm vụ", "Excellent"),
        EvaluationLevel.Good => new("Hoàn thành tốt nhiệm vụ", "Good"),
        EvaluationLevel.Completed => new("Hoàn thành nhiệm vụ", "Completed"),
        _ => new("Không hoàn thành nhiệm vụ", "Not completed"),
    };

    public static BilingualLabel Of(EmulationModelKind kind) => kind switch
    {
        EmulationModelKind.SkilfulMassMobilisation => new("Mô hình \"Dân vận khéo\"", "\"Skilful mass mobilisation\" model"),
        EmulationModelKind.HoChiMinhStudyAndFollowing => new(
            "Mô hình \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\"",
            "\"Studying and following Ho Chi Minh's thought, morality and style\" model"),
        _ => new("Mô hình khác", "Other model"),
    };

    public static BilingualLabel Of(RecognitionLevel level) => level switch
    {
        RecognitionLevel.Cell => new("Cấp chi bộ", "Cell"),
        RecognitionLevel.Grassroots => new("Cấp cơ sở", "Grassroots committee"),
        RecognitionLevel.Superior => new("Cấp trên cơ sở", "Superior committee"),
        RecognitionLevel.Provincial => new("Cấp tỉnh", "Province"),
        _ => new("Cấp Trung ương", "Central"),
    };
}
