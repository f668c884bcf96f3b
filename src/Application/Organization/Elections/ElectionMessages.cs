using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Organization.Elections;

/// <summary>Messages of the election records (code → Vietnamese, English).</summary>
internal sealed class ElectionMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["election.not_found"] = ("Không tìm thấy cuộc bầu cử '{0}'.", "Election '{0}' was not found."),
        ["election.organization_not_found"] = ("Không tìm thấy tổ chức đảng '{0}'.", "The party organisation '{0}' was not found."),
        ["election.term_not_found"] = ("Không tìm thấy nhiệm kỳ '{0}'.", "The term '{0}' was not found."),
        ["election.member_not_found"] = ("Không tìm thấy đảng viên '{0}'.", "The party member '{0}' was not found."),
        ["election.term_not_of_organization"] = ("Nhiệm kỳ {0} không phải của tổ chức đảng này.", "Term {0} is not a term of that organisation."),
        ["election.body_not_allowed"] = ("Loại tổ chức này không bầu {0}; chỉ bầu: {1}.", "This kind of organisation does not elect {0}; it elects: {1}."),
        ["election.office_not_allowed"] = ("Cơ quan này không có chức danh {0}; các chức danh: {1}.", "This body has no office {0}; its offices: {1}."),
        ["election.outside_term"] = ("Cuộc bầu cử phải diễn ra trong nhiệm kỳ {0} ({1}).", "The election is held within term {0} ({1})."),
        ["election.single_seat_office"] = ("Chức danh {0} chỉ bầu một người.", "The office {0} has one holder: one seat is elected."),
        ["election.closed"] = ("Cuộc bầu cử đã kết thúc ({0}); không sửa được nữa.", "The election is closed ({0}); its record no longer changes."),
        ["election.duplicate_member"] = ("Đảng viên '{0}' có tên hai lần trong danh sách.", "Member '{0}' appears twice in the list."),
        ["election.voter_not_in_organization"] = (
            "'{0}' không phải là đảng viên của tổ chức đảng vào ngày bầu cử {1}; không được triệu tập bầu cử ({2}).",
            "'{0}' is not a party member of the organisation on the election date {1}, so does not vote ({2})."),
        ["election.voter_probationary"] = (
            "Đảng viên dự bị '{0}' dự đại hội nhưng không có quyền biểu quyết, bầu cử (ngày {1}; {2}).",
            "Probationary member '{0}' attends without a vote; only full members elect ({1}; {2})."),
        ["election.voter_suspended"] = (
            "Đảng viên '{0}' đang bị đình chỉ sinh hoạt đảng, không tham gia bầu cử (ngày {1}; {2}).",
            "Member '{0}' is suspended from party activity and does not vote ({1}; {2})."),
        ["election.voter_not_executive_member"] = (
            "'{0}' không phải ủy viên ban chấp hành vào ngày {1}; cuộc bầu cử này do hội nghị ban chấp hành tiến hành ({2}).",
            "'{0}' is not a member of the executive committee on {1}; this election is held by its conference ({2})."),
        ["election.candidate_not_in_organization"] = (
            "'{0}' không phải là đảng viên của tổ chức đảng vào ngày bầu cử {1}; không được ứng cử ({2}).",
            "'{0}' is not a party member of the organisation on the election date {1}, so cannot stand ({2})."),
        ["election.candidate_probationary"] = (
            "Đảng viên dự bị '{0}' không có quyền ứng cử (ngày {1}; {2}).",
            "Probationary member '{0}' cannot stand; only full members do ({1}; {2})."),
        ["election.candidate_suspended"] = (
            "Đảng viên '{0}' đang bị đình chỉ sinh hoạt đảng, không được ứng cử (ngày {1}; {2}).",
            "Member '{0}' is suspended from party activity and cannot stand ({1}; {2})."),
        ["election.candidate_not_executive_member"] = (
            "'{0}' không phải ủy viên ban chấp hành vào ngày {1}; chỉ ủy viên ban chấp hành được bầu vào chức danh này ({2}).",
            "'{0}' is not a member of the executive committee on {1}; only its members are elected to this office ({2})."),
        ["election.no_candidates"] = ("Danh sách bầu cử phải có ít nhất một người.", "The list has at least one candidate."),
        ["election.lists_missing"] = ("Phải ghi danh sách triệu tập và danh sách bầu cử trước khi ghi kết quả kiểm phiếu.", "Record the electorate and the candidates before the count."),
        ["election.ballots_exceed_present"] = ("Số phiếu phát ra ({0}) nhiều hơn số người có mặt ({1}).", "More ballots issued ({0}) than voters present ({1})."),
        ["election.valid_exceed_issued"] = ("Số phiếu hợp lệ ({0}) nhiều hơn số phiếu phát ra ({1}).", "More valid ballots ({0}) than issued ({1})."),
        ["election.unknown_candidate"] = ("'{0}' không có tên trong danh sách bầu cử.", "'{0}' is not on the list of candidates."),
        ["election.votes_missing"] = ("Chưa ghi số phiếu của '{0}'.", "The votes of '{0}' are not recorded."),
        ["election.votes_exceed_valid"] = ("Số phiếu bầu ({0}) nhiều hơn số phiếu hợp lệ ({1}).", "More votes ({0}) than valid ballots ({1})."),
        ["election.count_missing"] = ("Phải ghi kết quả kiểm phiếu trước khi kết thúc cuộc bầu cử.", "Record the count before closing the election."),
        ["election.closed_before_held"] = ("Cuộc bầu cử kết thúc vào hoặc sau ngày bầu ({0}).", "An election closes on or after the day it is held ({0})."),
    };
}
