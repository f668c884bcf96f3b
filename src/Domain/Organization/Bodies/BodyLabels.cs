using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organization.Bodies;

/// <summary>Display labels of the body, role and mass-organisation codes, in Vietnamese and English.</summary>
public static class BodyLabels
{
    public static BilingualLabel Of(BodyKind kind) => kind switch
    {
        BodyKind.ExecutiveCommittee => new("Ban Chấp hành", "Executive committee"),
        BodyKind.StandingCommittee => new("Ban Thường vụ", "Standing committee"),
        BodyKind.InspectionCommission => new("Ủy ban Kiểm tra", "Inspection commission"),
        BodyKind.CellCommittee => new("Chi ủy", "Cell committee"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static BilingualLabel Of(BodyRole role) => role switch
    {
        BodyRole.Secretary => new("Bí thư", "Secretary"),
        BodyRole.DeputySecretary => new("Phó Bí thư", "Deputy secretary"),
        BodyRole.StandingMember => new("Ủy viên Ban Thường vụ", "Standing committee member"),
        BodyRole.InspectionChair => new("Chủ nhiệm Ủy ban Kiểm tra", "Inspection commission chair"),
        BodyRole.InspectionViceChair => new("Phó Chủ nhiệm Ủy ban Kiểm tra", "Inspection commission vice chair"),
        BodyRole.Member => new("Ủy viên", "Member"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static BilingualLabel Of(MassOrganizationKind kind) => kind switch
    {
        MassOrganizationKind.TradeUnion => new("Công đoàn cơ sở", "Grassroots trade union"),
        MassOrganizationKind.YouthUnionCell => new("Chi đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ho Chi Minh Communist Youth Union cell"),
        MassOrganizationKind.VeteransAssociation => new("Hội Cựu chiến binh", "Veterans association"),
        MassOrganizationKind.WomenUnion => new("Chi hội Phụ nữ / Ban Nữ công", "Women's union branch"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
