namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>The caller of the current request, as the bearer token describes it.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The token subject (<c>sub</c>), or the client id of a machine client.</summary>
    string? UserId { get; }

    string? UserName { get; }

    /// <summary>The OAuth client the token was issued to (<c>client_id</c>, or <c>azp</c>): a machine client's identity.</summary>
    string? ClientId => null;

    /// <summary>The organisation the token is scoped to (claim <c>org_id</c>); the caller acts only in its subtree.</summary>
    Guid? OrganizationId { get; }

    /// <summary>
    /// The party member the caller is (claim <c>member_id</c>), for the <c>Member</c> role's own records (e.g. his
    /// monthly reviews); null when the token does not say.
    /// </summary>
    Guid? MemberId { get; }

    bool IsInRole(string role);
}
