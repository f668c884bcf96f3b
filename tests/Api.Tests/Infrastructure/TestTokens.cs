using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>Mints bearer tokens the way an OIDC authority would, signed with the key the test host trusts.</summary>
public static class TestTokens
{
    public const string Issuer = "party-committee-tests";
    public const string Audience = "party-committee-api-tests";

    // 256-bit HMAC key, base64 (the form `dotnet user-jwts` writes to user secrets).
    public static readonly string SigningKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("test-signing-key-0123456789abcdef-party"));

    public static string Create(
        string subject, IEnumerable<string> roles, Guid? organizationId = null, string? clientId = null, TimeSpan? lifetime = null, IEnumerable<Claim>? extraClaims = null)
    {
        var claims = new List<Claim> { new("sub", subject), new("name", subject) };
        claims.AddRange(extraClaims ?? []);
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        if (organizationId is { } org)
        {
            claims.Add(new Claim("org_id", org.ToString()));
        }

        if (clientId is not null)
        {
            claims.Add(new Claim("client_id", clientId));
        }

        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(1)),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
