using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Api.Security;

/// <summary>Settings section <c>Authentication</c> beside the scheme's own section.</summary>
public sealed class TokenClaimOptions
{
    public const string SectionName = "Authentication";

    /// <summary>
    /// Where the roles are in the token: a claim name (<c>role</c>, the default; <c>roles</c> for Microsoft Entra ID) or a
    /// dotted path into a JSON object claim (<c>realm_access.roles</c> for Keycloak, <c>resource_access.party-committee-api.roles</c>).
    /// </summary>
    public string RoleClaim { get; set; } = ClaimNames.Role;
}

public static class AuthenticationSetup
{
    private const string BearerSection = "Authentication:Schemes:" + JwtBearerDefaults.AuthenticationScheme;

    /// <summary>
    /// JWT bearer tokens. Everything is bound from <c>Authentication:Schemes:Bearer</c>: in production an OIDC
    /// <c>Authority</c> with <c>ValidAudiences</c>; in development the signing keys that <c>dotnet user-jwts</c>
    /// writes to user secrets, re-read when they change (the first token minted after start-up works without a
    /// restart). Claims are read as they are in the token (<c>role</c> or the configured role claim, <c>name</c>,
    /// <c>sub</c>, <c>org_id</c>). Outside Development the host refuses to start without an authority or signing keys.
    /// </summary>
    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Common.Abstractions.ICurrentUser, HttpCurrentUser>();
        services.Configure<TokenClaimOptions>(configuration.GetSection(TokenClaimOptions.SectionName));

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters.RoleClaimType = RoleClaimTransformation.RoleClaimType(configuration[TokenClaimOptions.SectionName + ":" + nameof(TokenClaimOptions.RoleClaim)]);
                options.TokenValidationParameters.NameClaimType = ClaimNames.Name;

                // The library's error descriptions (which key, which check failed) stay out of the WWW-Authenticate
                // header outside development; the problem body says why in terms safe to show (TokenFailure).
                options.IncludeErrorDetails = environment.IsDevelopment();
                options.Events = new JwtBearerEvents
                {
                    // A token this instance validated moments ago is answered from the cache (ValidatedTokenCache).
                    OnMessageReceived = context =>
                    {
                        var tokens = context.HttpContext.RequestServices.GetRequiredService<ValidatedTokenCache>();
                        if (tokens.Enabled && ValidatedTokenCache.TokenOf(context.Request) is { } token
                            && tokens.TryGet(token, context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow, out var principal))
                        {
                            context.Principal = principal;
                            context.Success();
                        }

                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        if (context.SecurityToken is Microsoft.IdentityModel.JsonWebTokens.JsonWebToken token && context.Principal is { } principal)
                        {
                            context.HttpContext.RequestServices.GetRequiredService<ValidatedTokenCache>().Add(
                                token, principal, context.Options.TokenValidationParameters.ClockSkew, context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow);
                        }

                        return Task.CompletedTask;
                    },
                    OnAuthenticationFailed = context =>
                    {
                        context.HttpContext.Items[TokenFailure.ItemKey] = TokenFailure.Classify(context.Exception);
                        return Task.CompletedTask;
                    },
                };
            });

        // Signing keys written by `dotnet user-jwts` after start-up (user secrets reload on change) reach the handler:
        // the options monitor drops its cached options when the section changes.
        services.AddSingleton<IOptionsChangeTokenSource<JwtBearerOptions>>(
            new ConfigurationChangeTokenSource<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, configuration.GetSection(BearerSection)));
        services.AddTransient<IClaimsTransformation, RoleClaimTransformation>();
        services.Configure<TokenCacheOptions>(configuration.GetSection(TokenCacheOptions.SectionName));
        services.AddSingleton<ValidatedTokenCache>();

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .Validate(
                    o => !string.IsNullOrWhiteSpace(o.Authority) || o.TokenValidationParameters.IssuerSigningKeys?.Any() == true || o.TokenValidationParameters.IssuerSigningKey is not null,
                    $"No identity authority is configured: set {BearerSection}:Authority (the OIDC issuer URL) and {BearerSection}:ValidAudiences, or signing keys. Without them every call would be refused (401).")
                .ValidateOnStart();
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicies();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }

    private static AuthorizationBuilder AddPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (policy, roles) in Policies.RolesByPolicy)
        {
            builder.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        return builder;
    }
}

/// <summary>Why a bearer token was refused, in terms safe to tell the caller.</summary>
public static class TokenFailure
{
    public const string ItemKey = "auth.token_failure";

    public const string Missing = "TOKEN_MISSING";
    public const string Expired = "TOKEN_EXPIRED";
    public const string NotYetValid = "TOKEN_NOT_YET_VALID";
    public const string SignatureInvalid = "SIGNATURE_INVALID";
    public const string IssuerInvalid = "ISSUER_INVALID";
    public const string AudienceInvalid = "AUDIENCE_INVALID";
    public const string Malformed = "TOKEN_MALFORMED";
    public const string LifetimeInvalid = "LIFETIME_INVALID";
    public const string Invalid = "TOKEN_INVALID";

    public static string Classify(Exception exception) => exception switch
    {
        Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => Expired,
        Microsoft.IdentityModel.Tokens.SecurityTokenNotYetValidException => NotYetValid,
        Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException => IssuerInvalid,
        Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException => AudienceInvalid,
        Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException => SignatureInvalid,
        Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException => SignatureInvalid,
        Microsoft.IdentityModel.Tokens.SecurityTokenInvalidLifetimeException => LifetimeInvalid,
        Microsoft.IdentityModel.Tokens.SecurityTokenMalformedException => Malformed,
        ArgumentException => Malformed,
        _ => Invalid,
    };
}

/// <summary>
/// Reads the roles from where the identity provider puts them (<see cref="TokenClaimOptions.RoleClaim"/>). A plain claim
/// name becomes the identity's role claim type; a dotted path into a JSON object claim is copied into the internal
/// <see cref="PathRoleClaim"/> claims, which are then the only ones read as roles (a <c>role</c> claim in such a token
/// grants nothing).
/// </summary>
public sealed class RoleClaimTransformation(IOptionsMonitor<TokenClaimOptions> options) : IClaimsTransformation
{
    /// <summary>The claim type that carries roles read from a path (never taken from the token itself).</summary>
    public const string PathRoleClaim = "urn:party-committee:role";

    /// <summary>The identity's role claim type for the configured setting.</summary>
    public static string RoleClaimType(string? setting) =>
        string.IsNullOrWhiteSpace(setting) ? ClaimNames.Role : setting.Contains('.', StringComparison.Ordinal) ? PathRoleClaim : setting;

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var path = options.CurrentValue.RoleClaim;
        if (RoleClaimType(path) != PathRoleClaim || principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return Task.FromResult(principal);
        }

        // Transformations may run more than once per request: rebuild the path roles on a copy each time.
        var copy = principal.Clone();
        var target = (ClaimsIdentity)copy.Identity!;
        foreach (var forged in target.FindAll(PathRoleClaim).ToList())
        {
            target.RemoveClaim(forged);
        }

        target.AddClaims(RolesAt(identity, path).Distinct(StringComparer.Ordinal).Select(r => new Claim(PathRoleClaim, r)));
        return Task.FromResult(copy);
    }

    /// <summary>The string values at <paramref name="path"/>: a plain claim (one claim per value), or a dotted path into a JSON object claim.</summary>
    public static IEnumerable<string> RolesAt(ClaimsIdentity identity, string path)
    {
        var direct = identity.FindAll(path).Select(c => c.Value).ToList();
        if (direct.Count > 0 || !path.Contains('.', StringComparison.Ordinal))
        {
            return direct;
        }

        // The claim's own name may contain dots: try the longest claim name first.
        var segments = path.Split('.');
        for (var split = segments.Length - 1; split >= 1; split--)
        {
            var claimName = string.Join('.', segments[..split]);
            var claim = identity.FindFirst(claimName);
            if (claim is null)
            {
                continue;
            }

            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(claim.Value);
                var node = document.RootElement;
                foreach (var segment in segments[split..])
                {
                    if (node.ValueKind != System.Text.Json.JsonValueKind.Object || !node.TryGetProperty(segment, out node))
                    {
                        return [];
                    }
                }

                return node.ValueKind switch
                {
                    System.Text.Json.JsonValueKind.Array => [.. node.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.String).Select(e => e.GetString()!)],
                    System.Text.Json.JsonValueKind.String => [node.GetString()!],
                    _ => [],
                };
            }
            catch (System.Text.Json.JsonException)
            {
                return [];
            }
        }

        return [];
    }
}
