using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Organization.ElectedBodies;

/// <summary>Messages of the seat eligibility and composition rules of elected bodies (code → Vietnamese, English).</summary>
internal sealed class BodyCompositionMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["body.member_probationary"] = (
            "Đảng viên dự bị không có quyền ứng cử, không giữ chức vụ trong cấp ủy, chi ủy, ủy ban kiểm tra (ngày {0}); chỉ đảng viên chính thức.",
            "A probationary member cannot stand for election nor hold a seat in an elected body ({0}); only full members can."),
        ["body.member_suspended"] = (
            "Đảng viên đang bị đình chỉ sinh hoạt đảng không giữ chức vụ trong cơ quan lãnh đạo của Đảng (ngày {0}).",
            "A member whose party activity is suspended holds no seat in an elected body ({0})."),
        ["body.standing_requires_larger_executive"] = (
            "Chỉ bầu ban thường vụ khi ban chấp hành có từ {0} ủy viên trở lên; ban chấp hành hiện có {1} ủy viên ({2}).",
            "A standing committee is elected only where the executive committee has at least {0} members; it has {1} ({2})."),
        ["body.standing_too_large"] = (
            "Ban thường vụ không quá một phần ba số ủy viên ban chấp hành: tối đa {0} ủy viên khi ban chấp hành có {1} ủy viên ({2}).",
            "The standing committee has at most a third of the executive committee's members: at most {0} for an executive committee of {1} ({2})."),
        ["body.standing_leader_not_executive_leader"] = (
            "Bí thư, phó bí thư của ban thường vụ cũng là bí thư, phó bí thư của ban chấp hành ({0}; {1}).",
            "The secretary and deputy secretaries of the standing committee are those of the executive committee ({0}; {1})."),
        ["body.cell_committee_requires_more_full_members"] = (
            "Chi bộ có từ {0} đảng viên chính thức trở lên mới bầu chi ủy; chi bộ hiện có {1} đảng viên chính thức, chỉ bầu bí thư và, nếu cần, một phó bí thư ({2}).",
            "A cell elects a cell committee only with at least {0} full members; it has {1}, so it has a secretary and, if needed, one deputy ({2})."),
        ["body.cell_committee_too_large"] = (
            "Chi ủy không quá {0} chi ủy viên; hiện đã có {1} ({2}).",
            "A cell committee has at most {0} members; it already has {1} ({2})."),
        ["body.deputy_secretaries_exceeded"] = (
            "Số phó bí thư tối đa là {0}; hiện đã có {1} ({2}).",
            "At most {0} deputy secretaries; there are already {1} ({2})."),
        ["body.inspection_commission_too_large"] = (
            "Ủy ban kiểm tra không quá {0} ủy viên theo cấu hình; hiện đã có {1} ({2}).",
            "The inspection commission has at most {0} members under the settings; it already has {1} ({2})."),
    };
}
