using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Dues;

/// <summary>A Member token naming the party member it belongs to (claim <c>member_id</c>), as an identity provider would issue it.</summary>
public static class MemberTokenClient
{
    public static HttpClient ClientAsMember(this ApiFactory factory, Guid memberId, Guid organizationId)
    {
        var claims = new List<Claim>
        {
            new("sub", $"member-{memberId:N}"),
            new("role", "Member"),
            new("org_id", organizationId.ToString()),
            new("member_id", memberId.ToString()),
        };
        var now = DateTime.UtcNow;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = TestTokens.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(TestTokens.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
