using System.Globalization;
using System.Threading.RateLimiting;
using PartyCommittee.Api.Errors;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Api.Hosting;

/// <summary>Settings section <c>RateLimiting</c>.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may make per <see cref="WindowSeconds"/> (a token bucket refilled each window).</summary>
    public int PermitLimit { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}

public static class RateLimitingSetup
{
    /// <summary>
    /// One token bucket per client: the token's <c>client_id</c> (machine clients such as province systems), else its
    /// subject, else the remote address. Health probes are never limited. Rejections are 429 problems with Retry-After.
    /// </summary>
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!options.Enabled || context.Request.Path.StartsWithSegments("/health"))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                return RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.PermitLimit,
                    TokensPerPeriod = options.PermitLimit,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : options.WindowSeconds;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(ProblemFactory.Create(context.HttpContext, StatusCodes.Status429TooManyRequests, "rate_limit.exceeded", null, [retryAfter]));
            };
        });
        return services;
    }

    private static string ClientKey(HttpContext context)
    {
        var user = context.User;
        var client = user.FindFirst(ClaimNames.ClientId)?.Value ?? user.FindFirst("azp")?.Value;
        if (client is not null)
        {
            return "client:" + client;
        }

        var subject = user.FindFirst(ClaimNames.Subject)?.Value;
        return subject is not null ? "user:" + subject : "ip:" + context.Connection.RemoteIpAddress;
    }
}
