using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartyCommittee.Bench;

/// <summary>
/// Mints the token the load generator sends to the API (which trusts the same symmetric key): Admin by default, or
/// <c>--role R --org ID</c> for a role scoped to an organisation (e.g. the committee office of the register's root).
/// </summary>
internal static class Tokens
{
    public static int Print(Options options)
    {
        var key = Convert.FromBase64String(options.Get("key", string.Empty));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Get("issuer", "party-committee-bench"),
            Audience = options.Get("audience", "party-committee-api"),
            Subject = new ClaimsIdentity(Claims(options.Get("role", "Admin"), options.Get("org", string.Empty))),
            Expires = DateTime.UtcNow.AddHours(6),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
        Console.WriteLine(token);
        return 0;
    }

    private static IEnumerable<Claim> Claims(string role, string organizationId)
    {
        yield return new Claim("sub", "bench");
        yield return new Claim("role", role);
        yield return new Claim("client_id", "bench");
        if (organizationId.Length > 0)
        {
            yield return new Claim("org_id", organizationId);
        }
    }
}
