using Microsoft.Extensions.Options;

namespace PartyCommittee.Api.OpenApi;

/// <summary>
/// Settings section <c>Swagger</c>: whether the OpenAPI document and Swagger UI are served, and to whom. Both default
/// to on in Development (and the test host) and off elsewhere: production serves no document unless told to, and then
/// only to authenticated callers unless <see cref="AllowAnonymous"/> says otherwise. Either way the document and the UI
/// go through the rate limiter like every other request.
/// </summary>
public sealed class SwaggerSettings
{
    public const string SectionName = "Swagger";

    /// <summary>Serve <c>/swagger/v1/swagger.json</c> and Swagger UI at <c>/swagger</c>.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Serve them without a token (the UI fetches the document without one).</summary>
    public bool? AllowAnonymous { get; set; }

    public void ApplyDefaults(IHostEnvironment environment)
    {
        var open = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        Enabled ??= open;
        AllowAnonymous ??= open;
    }
}

public static class SwaggerExposure
{
    /// <summary>
    /// Maps the document as an endpoint (so authorisation and rate limiting apply) and the UI, when enabled. Called after the
    /// rate limiter and before the authorisation middleware (whose fallback policy would otherwise refuse the UI's static files).
    /// </summary>
    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<SwaggerSettings>>().Value;
        if (settings.Enabled != true)
        {
            return app;
        }

        var document = app.MapSwagger("/swagger/{documentName}/swagger.json", o => o.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1)
            .ExcludeFromDescription();
        if (settings.AllowAnonymous != true)
        {
            document.RequireAuthorization(Security.Policies.ReferenceRead);
        }
        else
        {
            document.AllowAnonymous();

            // The UI is static content that fetches the document without a token: serve it only where the document is public.
            app.UseSwaggerUI(o =>
            {
                o.SwaggerEndpoint(OpenApiSetup.DocumentPath, "Party Committee API v1");
                o.RoutePrefix = "swagger";
                o.DocumentTitle = "Party Committee API";
                o.EnablePersistAuthorization();
                o.DisplayOperationId();
            });
        }

        return app;
    }

}
