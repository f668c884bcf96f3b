namespace PartyCommittee.Api.Hosting;

/// <summary>Response headers that keep browsers from misusing API responses.</summary>
/// <remarks>
/// Every <c>/api</c> response is <c>Cache-Control: no-store</c> (with <c>Pragma: no-cache</c> for HTTP/1.0 caches):
/// nearly all of them carry personal data of party members and candidates (records, exports, timelines, names in
/// lists, even problems naming an identifier), so neither the browser nor a proxy may keep a copy. Revalidation
/// still works for clients that keep the data themselves (ETag, If-None-Match → 304). The header is overwritten, not
/// merely defaulted: the exception handler writes its own <c>no-cache</c> on problem responses. No /api response is
/// meant to be cached today; one that is would be exempted here, by path, explicitly.
/// </remarks>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
                ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"
                : "default-src 'none'; frame-ancestors 'none'";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
