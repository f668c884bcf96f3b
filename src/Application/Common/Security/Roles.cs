namespace PartyCommittee.Application.Common.Security;

/// <summary>The roles a token can carry (claim <c>role</c>).</summary>
public static class Roles
{
    /// <summary>System administrator: every organisation, every operation.</summary>
    public const string Admin = "Admin";

    /// <summary>Văn phòng Đảng ủy — organisation and membership work in its scope.</summary>
    public const string CommitteeOffice = "CommitteeOffice";

    /// <summary>Ủy ban Kiểm tra — inspection, supervision, discipline, dues.</summary>
    public const string InspectionCommission = "InspectionCommission";

    /// <summary>Bí thư chi bộ — a cell's secretary.</summary>
    public const string CellSecretary = "CellSecretary";

    /// <summary>A party member using the self-service app.</summary>
    public const string Member = "Member";

    /// <summary>A province system that reports indicators over HTTP (machine client).</summary>
    public const string IndicatorReporter = "IndicatorReporter";

    /// <summary>Read-only access in scope.</summary>
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All =
        [Admin, CommitteeOffice, InspectionCommission, CellSecretary, Member, IndicatorReporter, Viewer];

    /// <summary>Roles whose work needs personal data unmasked.</summary>
    public static readonly IReadOnlyList<string> PersonalDataReaders = [Admin, CommitteeOffice, InspectionCommission];
}

/// <summary>Claim types the API reads from a token.</summary>
public static class ClaimNames
{
    public const string Role = "role";
    public const string Name = "name";
    public const string Subject = "sub";
    public const string OrganizationId = "org_id";
    public const string ClientId = "client_id";

    /// <summary>The party member a <c>Member</c> token belongs to (the member's id in this API).</summary>
    public const string MemberId = "member_id";
}
