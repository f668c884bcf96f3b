using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Api.Security;

public static class AuthenticationSetup
{
    /// <summary>
    /// JWT bearer tokens. Everything is bound from <c>Authentication:Schemes:Bearer</c>: in production an OIDC
    /// <c>Authority</c> with <c>ValidAudiences</c>; in development the signing keys that <c>dotnet user-jwts</c>
    /// writes to user secrets. Claims are read as they are in the token (<c>role</c>, <c>name</c>, <c>sub</c>, <c>org_id</c>).
    /// </summary>
    public static IServiceCollection AddApiSecurity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Common.Abstractions.ICurrentUser, HttpCurrentUser>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                options.TokenValidationParameters.NameClaimType = ClaimNames.Name;
            });

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
