using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Api.Security;

/// <summary>The caller as the validated bearer token describes it.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private System.Security.Claims.ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId =>
        Principal?.FindFirst(ClaimNames.Subject)?.Value
        ?? Principal?.FindFirst(ClaimNames.ClientId)?.Value
        ?? Principal?.FindFirst("azp")?.Value;

    public string? ClientId => Principal?.FindFirst(ClaimNames.ClientId)?.Value ?? Principal?.FindFirst("azp")?.Value;

    public string? UserName => Principal?.FindFirst(ClaimNames.Name)?.Value ?? Principal?.FindFirst("unique_name")?.Value ?? UserId;

    public Guid? OrganizationId =>
        Guid.TryParse(Principal?.FindFirst(ClaimNames.OrganizationId)?.Value, out var id) ? id : null;

    public Guid? MemberId =>
        Guid.TryParse(Principal?.FindFirst(ClaimNames.MemberId)?.Value, out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
