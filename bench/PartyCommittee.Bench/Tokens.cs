using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartyCommittee.Bench;

/// <summary>Mints the Admin token the load generator sends to the API (which trusts the same symmetric key).</summary>
internal static class Tokens
{
    public static int Print(Options options)
    {
        var key = Convert.FromBase64String(options.Get("key", string.Empty));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Get("issuer", "party-committee-bench"),
            Audience = options.Get("audience", "party-committee-api"),
            Subject = new ClaimsIdentity([new Claim("sub", "bench"), new Claim("role", "Admin"), new Claim("client_id", "bench")]),
            Expires = DateTime.UtcNow.AddHours(6),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
        Console.WriteLine(token);
        return 0;
    }
}
