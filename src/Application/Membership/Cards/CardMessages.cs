using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Cards;

/// <summary>Messages of party cards and badges (code → Vietnamese, English).</summary>
internal sealed class CardMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["card.before_full_membership"] = ("Thẻ đảng viên chỉ phát sau khi được công nhận đảng viên chính thức (ngày {0}) (Hướng dẫn 01-HD/TW 2021, 7.1).", "A party card is issued after recognition as a full member (on {0}) (Guidance 01-HD/TW 2021, 7.1)."),
        ["card.already_issued"] = ("Đảng viên đang có thẻ số {0}: thẻ bị mất hoặc hỏng thì cấp lại, đổi lại.", "The member holds valid card {0}; a lost or damaged card is reissued."),
        ["card.reissue_reason_invalid"] = ("Chỉ cấp lại thẻ bị mất hoặc đổi lại thẻ bị hỏng ({0}).", "A card is reissued only when lost or damaged ({0})."),
        ["card.none_valid"] = ("Đảng viên không có thẻ đang sử dụng.", "The member holds no valid card."),
        ["card.date_before_issue"] = ("Ngày không được trước ngày phát thẻ đang sử dụng ({0}).", "The date is before the card in force was issued ({0})."),
        ["card.withdraw_reason_invalid"] = ("Chỉ thu hồi thẻ khi khai trừ hoặc xóa tên ({0}).", "A card is withdrawn only on expulsion or name removal ({0})."),
        ["card.number_not_editable"] = ("Số thẻ đảng viên lấy từ sổ thẻ (hiện tại {0}); thay đổi thẻ bằng thủ tục cấp lại, đổi lại thẻ.", "The party card number comes from the card register (now {0}); a card changes by a reissue."),
        ["card.probationary_member"] = ("Không phát thẻ đảng viên cho đảng viên dự bị: thẻ chỉ phát khi đã được công nhận chính thức.", "A party card is never given to a probationary member, only after recognition as a full member."),
        ["card.member_not_active"] = ("Đảng viên đã ra khỏi tổ chức đảng ({0}).", "The member has left the party organisation ({0})."),
        ["card.number_taken"] = ("Số thẻ {0} đã thuộc về đảng viên khác.", "Card number {0} belongs to another member."),
        ["card.issued"] = ("Phát thẻ đảng viên", "Party card issued"),
        ["card.void"] = ("Thẻ đảng viên hết giá trị", "Party card void"),
        ["card.withdrawn"] = ("Thu hồi thẻ đảng viên", "Party card withdrawn"),
        ["badge.awarded"] = ("Tặng Huy hiệu Đảng", "Party badge awarded"),
        ["card.timeline.issued"] = ("{0}: số {1}", "{0}: number {1}"),
        ["card.timeline.ended"] = ("Thẻ đảng viên số {0}: {1}", "Party card {0}: {1}"),
        ["badge.level_invalid"] = ("Không có Huy hiệu {0} năm tuổi Đảng (các mức: {1}).", "There is no {0}-year badge (levels: {1})."),
        ["badge.already_awarded"] = ("Đảng viên đã được tặng Huy hiệu {0} năm tuổi Đảng.", "The member already has the {0}-year badge."),
        ["badge.decision_after_round"] = ("Quyết định tặng Huy hiệu phải có trước đợt trao tặng.", "The decision comes before the round in which the badge is presented."),
        ["badge.round_date_invalid"] = ("Huy hiệu Đảng được trao vào các đợt {0} ({1}).", "Badges are awarded in the rounds of {0} ({1})."),
        ["badge.posthumous_needs_deceased"] = ("Chỉ truy tặng Huy hiệu Đảng cho đảng viên đã từ trần.", "A badge is awarded posthumously only to a deceased member."),
        ["badge.posthumous_before_death"] = ("Đợt truy tặng phải sau ngày đảng viên từ trần.", "A posthumous award comes after the member's death."),
        ["badge.member_deceased"] = ("Đảng viên đã từ trần: xét truy tặng Huy hiệu Đảng.", "The member has died: the badge is awarded posthumously."),
        ["badge.member_not_eligible"] = ("Chỉ đảng viên chính thức (kể cả miễn sinh hoạt) được xét tặng Huy hiệu Đảng (hiện tại: {0}).", "Only a full member in good standing receives a badge (now: {0})."),
        ["badge.seniority_not_reached"] = ("Chưa đủ {0} năm tuổi Đảng vào đợt xét tặng (có {1} năm).", "The seniority does not reach {0} years in that round ({1} years)."),
        ["badge.not_found"] = ("Không tìm thấy quyết định tặng Huy hiệu '{0}'.", "Badge award '{0}' was not found."),
        ["badge.timeline.awarded"] = ("Huy hiệu {0} năm tuổi Đảng ({1})", "{0}-year party badge ({1})"),
        ["badge.agenda.due"] = ("Huy hiệu {0} năm tuổi Đảng", "{0}-year party badge"),
    };
}
