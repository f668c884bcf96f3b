using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Errors;
using PartyCommittee.Api.OpenApi;
using PartyCommittee.Api.Security;
using PartyCommittee.Application;
using PartyCommittee.Application.Common.Behaviors;
using PartyCommittee.Infrastructure;
using PartyCommittee.Infrastructure.Jobs;
using PartyCommittee.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartyCommittee.Api.Hosting;

public static class ApiHost
{
    public static readonly CultureInfo[] SupportedCultures = [new("vi"), new("en")];

    /// <summary>The composition root: every service the API needs.</summary>
    public static WebApplicationBuilder AddPartyCommitteeApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        WatchUserSecrets(builder);

        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        // The database is migrated by the first hosted service to start: hosted services start in the order they are
        // registered, and the infrastructure's (the data-protection key ring read from the database, the read-audit
        // flusher) must find the schema (on a fresh clone the SQLite file does not exist yet).
        services.AddHostedService<DatabaseStartup>();
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
        });

        // Background work (Quartz.NET, clustered ADO store) starts after the database is migrated; a background job's
        // scope acts as the caller who submitted it (BackgroundCaller), any other scope as the request's bearer.
        services.AddBackgroundJobs(configuration);

        services.ConfigureHttpJsonOptions(o =>
        {
            ConfigureJson(o.SerializerOptions);

            // A property the request type does not have is refused (400 naming it), so a typo is never dropped silently.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => ConfigureJson(o.JsonSerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemFactory.Complete);
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddApiSecurity(configuration, builder.Environment);
        services.Replace(ServiceDescriptor.Scoped<Application.Common.Abstractions.ICurrentUser>(sp =>
            sp.GetRequiredService<Application.Common.Abstractions.BackgroundCaller>().User
            ?? ActivatorUtilities.CreateInstance<HttpCurrentUser>(sp)));
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.Configure<SwaggerSettings>(configuration.GetSection(SwaggerSettings.SectionName));
        services.PostConfigure<SwaggerSettings>(s => s.ApplyDefaults(builder.Environment));
        services.AddClientRateLimiting(configuration);
        services.AddCors(o => o.AddDefaultPolicy(policy => policy
            .WithOrigins(configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
            .AllowAnyHeader()
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithExposedHeaders("ETag", "Location", "Retry-After")));

        services.AddApiDocumentation();
        services.AddTelemetry(configuration);
        return builder;
    }

    /// <summary>The request pipeline and the endpoints.</summary>
    public static WebApplication UsePartyCommitteeApi(this WebApplication app)
    {
        // Localisation first, so that problems written by the outer middleware speak the caller's language too.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("vi"),
            SupportedCultures = SupportedCultures,
            SupportedUICultures = SupportedCultures,
            ApplyCurrentCultureToResponseHeaders = true,
            RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()],
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseRequestLimits();

        app.UseCors();
        app.UseOneConnectionPerRequest();
        app.UseAuthentication();
        app.UsePersonalDataScope();
        app.UseRateLimiter();
        app.UseApiDocumentation();
        app.UseAuthorization();
        app.UseIdempotencyBuffering();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous();

        app.MapGroup("/api/v1").MapEndpointGroups();
        return app;
    }

    /// <summary>
    /// In development `dotnet user-jwts create` writes the signing key to user secrets. Their folder may not exist when
    /// the API starts (a new machine), and a file in a folder that does not exist is not watched: create the folder and
    /// add the source again, so that the first token minted after start-up is trusted without a restart.
    /// </summary>
    private static void WatchUserSecrets(WebApplicationBuilder builder)
    {
        var id = typeof(ApiHost).Assembly.GetCustomAttributes(typeof(Microsoft.Extensions.Configuration.UserSecrets.UserSecretsIdAttribute), false)
            .OfType<Microsoft.Extensions.Configuration.UserSecrets.UserSecretsIdAttribute>().FirstOrDefault()?.UserSecretsId;
        if (!builder.Environment.IsDevelopment() || id is null)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Microsoft.Extensions.Configuration.UserSecrets.PathHelper.GetSecretsPathFromSecretsId(id));
        if (folder is not null && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            builder.Configuration.AddUserSecrets(typeof(ApiHost).Assembly, optional: true, reloadOnChange: true);
        }
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(PersonalDataMasking.Apply);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new EnumCodeConverterFactory());
    }

    private static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlpEndpoint = configuration["OpenTelemetry:OtlpEndpoint"];
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OpenTelemetry:ServiceName"] ?? "party-committee-api"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(ApplicationTelemetry.SourceName);
                if (!string.IsNullOrWhiteSpace(otlpEndpoint))
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlpEndpoint));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                if (!string.IsNullOrWhiteSpace(otlpEndpoint))
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlpEndpoint));
                }
            });
        return services;
    }
}
