using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Errors;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Idempotency;

namespace PartyCommittee.Api.Common;

/// <summary>Marks an endpoint whose requests may carry an <c>Idempotency-Key</c>.</summary>
public sealed class IdempotentMetadata;

/// <summary>
/// Safe retries for machine clients (the IETF Idempotency-Key draft, as payment APIs use it): the first response to a
/// key is stored in the database (any instance answers the replay), a replay with the same request gets it back without
/// running the endpoint again, the same key with a different request is refused, and a second request while the first
/// still runs is told to retry. A failed first attempt (5xx, or an exception) frees the key.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Accepts <c>Idempotency-Key</c> on this endpoint.</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotentMetadata()).AddEndpointFilter<IdempotencyFilter>();

    /// <summary>Lets the filter hash a request body that the endpoint reads too.</summary>
    public static IApplicationBuilder UseIdempotencyBuffering(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Headers.ContainsKey(Header) && context.GetEndpoint()?.Metadata.GetMetadata<IdempotentMetadata>() is not null)
        {
            context.Request.EnableBuffering();
        }

        return next(context);
    });

    internal static bool IsValidKey(string key) => key.Length is >= 1 and <= 128 && key.All(c => c is >= '!' and <= '~');
}

internal sealed class IdempotencyFilter(IServiceScopeFactory scopes, ICurrentUser user, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        if (!http.Request.Headers.TryGetValue(Idempotency.Header, out var values))
        {
            return await next(invocation);
        }

        var key = values.ToString();
        if (values.Count != 1 || !Idempotency.IsValidKey(key))
        {
            return Problem(http, StatusCodes.Status400BadRequest, "idempotency.key_invalid");
        }

        var owner = user.ClientId ?? user.UserId ?? "anonymous";
        var hash = await HashAsync(http.Request, http.RequestAborted);
        var now = time.GetUtcNow().UtcDateTime;

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var records = db.Set<IdempotencyRecord>();
            var existing = await records.FirstOrDefaultAsync(r => r.Owner == owner && r.Key == key, http.RequestAborted);
            if (existing is not null && existing.ExpiresAt <= now)
            {
                records.Remove(existing);
                await db.SaveChangesAsync(http.RequestAborted);
                existing = null;
            }

            if (existing is not null)
            {
                if (!string.Equals(existing.RequestHash, hash, StringComparison.Ordinal))
                {
                    return Problem(http, StatusCodes.Status422UnprocessableEntity, "idempotency.key_reused");
                }

                if (existing.StatusCode is not { } status)
                {
                    http.Response.Headers.RetryAfter = "1";
                    return Problem(http, StatusCodes.Status409Conflict, "idempotency.in_progress");
                }

                return new Replay(status, existing.ContentType, existing.Body ?? [], existing.Location);
            }

            records.Add(new IdempotencyRecord { Owner = owner, Key = key, RequestHash = hash, CreatedAt = now, ExpiresAt = now + Idempotency.Lifetime });
            try
            {
                await db.SaveChangesAsync(http.RequestAborted);
            }
            catch (DbUpdateException)
            {
                // Another request with the key got there first.
                http.Response.Headers.RetryAfter = "1";
                return Problem(http, StatusCodes.Status409Conflict, "idempotency.in_progress");
            }
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            var result = await next(invocation);
            switch (result)
            {
                case IResult executable:
                    await executable.ExecuteAsync(http);
                    break;
                case not null:
                    await Results.Json(result).ExecuteAsync(http);
                    break;
            }
        }
        catch
        {
            http.Response.Body = original;
            await ForgetAsync(owner, key);
            throw;
        }

        http.Response.Body = original;
        var body = buffer.ToArray();
        if (http.Response.StatusCode >= 500)
        {
            await ForgetAsync(owner, key);
        }
        else
        {
            await RememberAsync(owner, key, http.Response.StatusCode, http.Response.ContentType, body, http.Response.Headers.Location.ToString());
        }

        await original.WriteAsync(body, http.RequestAborted);
        return Results.Empty;
    }

    private static async Task<string> HashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}\n{request.QueryString}\n{request.ContentType}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                sha.AppendData(chunk, 0, read);
            }

            request.Body.Position = 0;
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private async Task RememberAsync(string owner, string key, int status, string? contentType, byte[] body, string? location)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var record = await db.Set<IdempotencyRecord>().FirstAsync(r => r.Owner == owner && r.Key == key);
        record.StatusCode = status;
        record.ContentType = contentType;
        record.Body = body;
        record.Location = string.IsNullOrEmpty(location) ? null : location;
        await db.SaveChangesAsync();
    }

    private async Task ForgetAsync(string owner, string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        await db.Set<IdempotencyRecord>().Where(r => r.Owner == owner && r.Key == key && r.StatusCode == null).ExecuteDeleteAsync();
    }

    private static ProblemResult Problem(HttpContext http, int status, string code) => new(ProblemFactory.Create(http, status, code));

    /// <summary>Writes a problem through the problem service (type, title, traceId as everywhere).</summary>
    private sealed class ProblemResult(ProblemDetailsContext problem) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext) =>
            await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(problem);
    }

    /// <summary>The first response, again.</summary>
    private sealed class Replay(int status, string? contentType, byte[] body, string? location) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.Headers[Idempotency.ReplayedHeader] = "true";
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }

            if (contentType is not null)
            {
                httpContext.Response.ContentType = contentType;
            }

            await httpContext.Response.Body.WriteAsync(body);
        }
    }
}
