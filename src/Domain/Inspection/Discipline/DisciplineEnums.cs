using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Discipline;

/// <summary>Who a disciplinary action is against.</summary>
public enum DisciplineSubjectKind
{
    /// <summary>A party member (full or probationary).</summary>
    Member = 1,

    /// <summary>A party organisation (a cell, a committee).</summary>
    Organization = 2,
}

/// <summary>The subject as the statute distinguishes it when it lists the forms (Điều lệ Đảng Điều 35; QĐ 22-QĐ/TW 2021 Điều 10).</summary>
public enum DisciplineSubjectCategory
{
    /// <summary>Tổ chức đảng.</summary>
    Organization = 1,

    /// <summary>Đảng viên chính thức.</summary>
    FullMember = 2,

    /// <summary>Đảng viên dự bị.</summary>
    ProbationaryMember = 3,
}

/// <summary>Forms of party discipline (hình thức kỷ luật).</summary>
public enum DisciplineForm
{
    /// <summary>Khiển trách.</summary>
    Reprimand = 1,

    /// <summary>Cảnh cáo.</summary>
    Warning = 2,

    /// <summary>Cách chức (from the posts held in elected party bodies).</summary>
    DismissalFromPost = 3,

    /// <summary>Khai trừ (members only).</summary>
    Expulsion = 4,

    /// <summary>Giải tán (organisations only).</summary>
    Dissolution = 5,
}

/// <summary>The body that decides a disciplinary action.</summary>
public enum DecidingBody
{
    /// <summary>Chi bộ: the member's cell.</summary>
    Cell = 1,

    /// <summary>Đảng ủy cơ sở (or its standing committee): the committee of the department.</summary>
    Committee = 2,

    /// <summary>Cấp ủy cấp trên: a committee above the department's committee (its decision is recorded here).</summary>
    SuperiorCommittee = 3,
}

/// <summary>Where an action stands.</summary>
public enum DisciplineStatus
{
    /// <summary>Proposed (by the inspection commission), not yet decided.</summary>
    Proposed = 1,

    /// <summary>Decided by the competent body; its effects have been applied.</summary>
    Decided = 2,

    /// <summary>Withdrawn (annulled) by a competent decision, e.g. settling a complaint; its effects undone.</summary>
    Withdrawn = 3,
}

/// <summary>Labels of the discipline codes.</summary>
public static class DisciplineLabels
{
    public static BilingualLabel Of(DisciplineForm form) => form switch
    {
        DisciplineForm.Reprimand => new("Khiển trách", "Reprimand"),
        DisciplineForm.Warning => new("Cảnh cáo", "Warning"),
        DisciplineForm.DismissalFromPost => new("Cách chức", "Dismissal from post"),
        DisciplineForm.Expulsion => new("Khai trừ", "Expulsion"),
        _ => new("Giải tán", "Dissolution"),
    };

    public static BilingualLabel Of(DecidingBody body) => body switch
    {
        DecidingBody.Cell => new("Chi bộ", "Party cell"),
        DecidingBody.Committee => new("Đảng ủy", "Party committee"),
        _ => new("Cấp ủy cấp trên", "Superior committee"),
    };

    public static BilingualLabel Of(DisciplineStatus status) => status switch
    {
        DisciplineStatus.Proposed => new("Đề nghị", "Proposed"),
        DisciplineStatus.Withdrawn => new("Đã xóa quyết định kỷ luật", "Withdrawn"),
        _ => new("Đã quyết định", "Decided"),
    };

    public static BilingualLabel Of(DisciplineSubjectKind kind) => kind switch
    {
        DisciplineSubjectKind.Member => new("Đảng viên", "Party member"),
        _ => new("Tổ chức đảng", "Party organisation"),
    };
}
