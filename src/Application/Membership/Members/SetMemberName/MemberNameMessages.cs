using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Members.SetMemberName;

/// <summary>Messages of the member's name by parts (code → Vietnamese, English).</summary>
internal sealed class MemberNameMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["member.name_too_long"] = ("Họ và tên ghép từ các phần dài quá {0} ký tự.", "The full name made of the parts is longer than {0} characters."),
    };
}
