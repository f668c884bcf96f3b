using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using PartyCommittee.Api.Errors;
using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Api.Security;

/// <summary>401 and 403 from the authorisation middleware as RFC 9457 problems with a stable code.</summary>
public sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            await context.ChallengeAsync();
            var reason = context.Items[TokenFailure.ItemKey] as string
                ?? (context.Request.Headers.Authorization.Count == 0 ? TokenFailure.Missing : TokenFailure.Malformed);
            var problem = ProblemFactory.Create(context, StatusCodes.Status401Unauthorized, "auth.unauthenticated");
            problem.ProblemDetails.Detail = Messages.FormatOr("auth.token." + reason.ToLowerInvariant(), problem.ProblemDetails.Detail);
            problem.ProblemDetails.Extensions["reason"] = reason;
            await problems.WriteAsync(problem);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(ProblemFactory.Create(context, StatusCodes.Status403Forbidden, "auth.forbidden"));
            return;
        }

        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
